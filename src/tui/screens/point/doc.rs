//! A point laid out as one scrollable document of pre-wrapped lines, with
//! where each section starts and where each related link is. The view draws
//! it; update scrolls through it.

use ratatui::text::{Line, Span};

use crate::content::{Phase, Point};
use crate::document::{Block, PointDoc};
use crate::i18n::{Section, colon, section_tab};
use crate::textwrap_cjk::{wrap, wrap_hanging};
use crate::tui::app::App;
use crate::tui::view::text::truncate;

pub struct Doc<'a> {
    pub lines: Vec<Line<'a>>,
    /// Each section and the line it starts on.
    pub sections: Vec<(Section, usize)>,
    /// Lines that are related-point links: (line, index into `related`).
    pub links: Vec<(usize, usize)>,
    /// Lines that open a drill rehearsing the point: (line, index into the guide's drills).
    pub drills: Vec<(usize, usize)>,
}

pub fn point_doc<'a>(app: &'a App<'_>, point: &'a Point, width: usize) -> Doc<'a> {
    let theme = &app.config.theme;
    let locale = app.session.locale;
    let c = colon(locale);
    let mut doc = Doc {
        lines: Vec::new(),
        sections: Vec::new(),
        links: Vec::new(),
        drills: Vec::new(),
    };
    let plain = |doc: &mut Doc<'a>, lines: Vec<String>, style| {
        doc.lines.extend(lines.into_iter().map(|l| Line::styled(l, style)));
    };
    for block in PointDoc::new(app.config.guide, point, locale).blocks {
        match block {
            Block::Summary(summary) => {
                doc.sections.push((Section::Summary, doc.lines.len()));
                plain(&mut doc, wrap(summary, width), theme.title);
            }
            Block::Place { category, hazard, .. } => {
                plain(&mut doc, wrap(&format!("{category} · {hazard}"), width), theme.dim);
            }
            // A drill that rehearses this point is offered at once, under the summary.
            Block::Drills(drills) => {
                let word = crate::i18n::drills(locale).drill;
                let d_key = app
                    .config
                    .keymap
                    .label(crate::tui::keymap::Context::Point, crate::tui::action::Action::Drill);
                let first = format!("[{d_key}]");
                let rest = " ".repeat(crate::textwrap_cjk::width(&first));
                for (n, d) in drills.iter().enumerate() {
                    let key = if n == 0 { &first } else { &rest };
                    let label = format!("{key} {word}{c}{}", d.title);
                    doc.drills.push((doc.lines.len(), d.drill));
                    doc.lines.push(Line::styled(truncate(&label, width), theme.link));
                }
            }
            Block::Warnings {
                heading: title,
                warnings,
            } => {
                heading(&mut doc, Section::Warnings, title, theme.heading);
                for w in warnings {
                    let badge = format!(" {} ", w.name);
                    let lead = format!("{badge} ");
                    let lines = wrap_hanging(&lead, w.meaning, width);
                    for (i, line) in lines.into_iter().enumerate() {
                        if i == 0 {
                            let rest = line.get(lead.len()..).unwrap_or("").to_string();
                            doc.lines.push(Line::from(vec![
                                Span::styled(badge.clone(), theme.level(w.level)),
                                Span::raw(format!(" {rest}")),
                            ]));
                        } else {
                            doc.lines.push(Line::raw(line));
                        }
                    }
                    plain(&mut doc, wrap_hanging("  → ", w.action, width), theme.base);
                }
            }
            Block::Steps {
                phase,
                heading: title,
                steps,
            } => {
                let style = if phase == Phase::Never { theme.never } else { theme.base };
                heading(&mut doc, Section::Phase(phase), title, theme.heading);
                for step in steps {
                    let marker = if phase == Phase::Never {
                        "✗ ".to_string()
                    } else {
                        format!("{}. ", step.number)
                    };
                    plain(&mut doc, wrap_hanging(&marker, step.text, width), style);
                }
            }
            Block::Note { label, text } => {
                doc.lines.push(Line::raw(""));
                plain(&mut doc, wrap_hanging(&format!("{label}{c}"), text, width), theme.dim);
            }
            Block::Related { heading: title, links } => {
                heading(&mut doc, Section::Related, title, theme.heading);
                for (i, link) in links.iter().enumerate() {
                    doc.links.push((doc.lines.len(), i));
                    let label = format!("[{}] {}", i + 1, link.title);
                    doc.lines.push(Line::styled(truncate(&label, width), theme.link));
                }
            }
            Block::Sources {
                heading: title,
                sources,
                reviewed_label,
                reviewed,
            } => {
                heading(&mut doc, Section::Sources, title, theme.heading);
                for src in sources {
                    let url = src.url.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
                    plain(
                        &mut doc,
                        wrap_hanging("- ", &format!("{}: {}{url}", src.org, src.title), width),
                        theme.dim,
                    );
                }
                plain(&mut doc, vec![format!("{reviewed_label}{c}{reviewed}")], theme.dim);
            }
        }
    }
    doc
}

fn heading<'a>(doc: &mut Doc<'a>, section: Section, title: &'static str, style: ratatui::style::Style) {
    doc.lines.push(Line::raw(""));
    doc.sections.push((section, doc.lines.len()));
    doc.lines.push(Line::styled(title, style));
}

/// The tab label of a section, for the tab bar.
pub fn tab(app: &App<'_>, section: Section) -> &'static str {
    section_tab(app.session.locale, section)
}

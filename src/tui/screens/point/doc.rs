//! A point laid out as one scrollable document of pre-wrapped lines, with
//! where each section starts and where each related link is. The view draws
//! it; update scrolls through it.

use ratatui::text::{Line, Span};

use crate::content::{Phase, Point};
use crate::i18n::{Section, colon, section_tab, strings};
use crate::textwrap_cjk::{wrap, wrap_hanging};
use crate::tui::app::App;

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
    let s = strings(locale);
    let mut doc = Doc {
        lines: Vec::new(),
        sections: Vec::new(),
        links: Vec::new(),
        drills: Vec::new(),
    };
    let plain = |doc: &mut Doc<'a>, lines: Vec<String>, style| {
        doc.lines.extend(lines.into_iter().map(|l| Line::styled(l, style)));
    };
    doc.sections.push((Section::Summary, 0));
    plain(&mut doc, wrap(point.summary.text(locale), width), theme.title);
    let category = app
        .config
        .guide
        .category(&point.category)
        .map_or("", |c| c.title.text(locale));
    let hazard = app
        .config
        .guide
        .hazard(&point.hazard)
        .map_or("", |h| h.title.text(locale));
    plain(&mut doc, wrap(&format!("{category} · {hazard}"), width), theme.dim);
    // A drill that rehearses this point is offered at once, under the summary.
    let words = crate::i18n::drills(locale);
    for (n, (i, drill)) in app
        .config
        .guide
        .drills
        .iter()
        .enumerate()
        .filter(|(_, d)| d.rehearses.contains(&point.id))
        .enumerate()
    {
        let key = if n == 0 { "[d]" } else { "   " };
        let label = format!("{key} {}{}{}", words.drill, colon(locale), drill.title.text(locale));
        doc.drills.push((doc.lines.len(), i));
        doc.lines.push(Line::styled(
            crate::tui::view::text::truncate(&label, width),
            theme.link,
        ));
    }
    if !point.warnings.is_empty() {
        heading(&mut doc, Section::Warnings, s.warnings, theme.heading);
        for w in &point.warnings {
            let badge = format!(" {} ", s.level(w.level));
            let lead = format!("{badge} ");
            let lines = wrap_hanging(&lead, w.meaning.text(locale), width);
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
            plain(&mut doc, wrap_hanging("  → ", w.action.text(locale), width), theme.base);
        }
    }
    for phase in Phase::ALL {
        let style = if phase == Phase::Never { theme.never } else { theme.base };
        heading(&mut doc, Section::Phase(phase), s.phase(phase), theme.heading);
        for (i, step) in point.steps(phase).list(locale).iter().enumerate() {
            let marker = if phase == Phase::Never {
                "✗ ".to_string()
            } else {
                format!("{}. ", i + 1)
            };
            plain(&mut doc, wrap_hanging(&marker, step, width), style);
        }
    }
    if let Some(note) = &point.note {
        doc.lines.push(Line::raw(""));
        plain(
            &mut doc,
            wrap_hanging(&format!("{}{}", s.note, colon(locale)), note.text(locale), width),
            theme.dim,
        );
    }
    let related: Vec<_> = point
        .related
        .iter()
        .filter_map(|id| app.config.guide.point(id))
        .collect();
    if !related.is_empty() {
        heading(&mut doc, Section::Related, s.related, theme.heading);
        for (i, p) in related.iter().enumerate() {
            doc.links.push((doc.lines.len(), i));
            let label = format!("[{}] {}", i + 1, p.title.text(locale));
            doc.lines.push(Line::styled(
                crate::tui::view::text::truncate(&label, width),
                theme.link,
            ));
        }
    }
    heading(&mut doc, Section::Sources, s.sources, theme.heading);
    for src in &point.sources {
        let url = src.url.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
        plain(
            &mut doc,
            wrap_hanging("- ", &format!("{}: {}{url}", src.org, src.title), width),
            theme.dim,
        );
    }
    plain(
        &mut doc,
        vec![format!("{}{}{}", s.reviewed, colon(locale), point.reviewed)],
        theme.dim,
    );
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

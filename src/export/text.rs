//! A point as plain text, wrapped to a width by display cells.

use crate::content::{Guide, Locale, Phase, Point};
use crate::document::{Block, PointDoc};
use crate::i18n::colon;
use crate::textwrap_cjk::{width as display_width, wrap, wrap_hanging};

pub fn point(guide: &Guide, point: &Point, locale: Locale, width: usize) -> String {
    let doc = PointDoc::new(guide, point, locale);
    let c = colon(locale);
    let width = width.max(20);
    let mut out: Vec<String> = Vec::new();
    out.extend(wrap(doc.title, width));
    out.push("=".repeat(display_width(doc.title).min(width)));
    for block in &doc.blocks {
        match block {
            Block::Summary(summary) => out.extend(wrap(summary, width)),
            Block::Place {
                category_label,
                category,
                hazard_label,
                hazard,
            } => out.extend(wrap(
                &format!("[{category_label}{c}{category} · {hazard_label}{c}{hazard}]"),
                width,
            )),
            // Drills are played, not printed.
            Block::Drills(_) => {}
            Block::Warnings { heading, warnings } => {
                out.push(String::new());
                out.push(heading.to_string());
                for w in warnings {
                    out.extend(wrap_hanging(&format!("  {}{c}", w.name), w.meaning, width));
                    out.extend(wrap_hanging("    → ", w.action, width));
                }
            }
            Block::Steps { phase, heading, steps } => {
                out.push(String::new());
                out.push(heading.to_string());
                for step in steps {
                    let marker = if *phase == Phase::Never {
                        "  ✗ ".to_string()
                    } else {
                        format!("  {}. ", step.number)
                    };
                    out.extend(wrap_hanging(&marker, step.text, width));
                }
            }
            Block::Note { label, text } => {
                out.push(String::new());
                out.push(label.to_string());
                out.extend(wrap_hanging("  ", text, width));
            }
            Block::Related { heading, links } => {
                out.push(String::new());
                let list: Vec<String> = links.iter().map(|l| format!("{} ({})", l.title, l.id)).collect();
                out.extend(wrap_hanging(&format!("{heading}{c}"), &list.join(", "), width));
            }
            Block::Sources {
                heading,
                sources,
                reviewed_label,
                reviewed,
            } => {
                out.push(String::new());
                out.push(format!("{heading}{}", c.trim_end()));
                for source in *sources {
                    let url = source.url.as_deref().map(|u| format!(" <{u}>")).unwrap_or_default();
                    out.extend(wrap_hanging(
                        "  - ",
                        &format!("{}: {}{url}", source.org, source.title),
                        width,
                    ));
                }
                out.push(format!("{reviewed_label}{c}{reviewed}"));
            }
        }
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

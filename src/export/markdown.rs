//! The whole guide as Markdown, for print and for review by content editors.

use std::fmt::Write as _;

use crate::content::{Checklist, Guide, Locale};
use crate::document::{Block, PointDoc};
use crate::i18n::{practise, strings};

pub fn guide(guide: &Guide, locale: Locale) -> String {
    let s = strings(locale);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\n_{}_\n",
        esc(guide.title.text(locale)),
        esc(guide.edition.text(locale))
    );
    let _ = writeln!(out, "## {}\n", s.emergency_numbers);
    for n in &guide.numbers {
        let _ = writeln!(
            out,
            "- **{}** {}: {}",
            n.number,
            esc(n.name.text(locale)),
            esc(n.use_for.text(locale))
        );
    }
    for category in &guide.categories {
        let _ = writeln!(
            out,
            "\n## {}\n\n{}\n",
            esc(category.title.text(locale)),
            esc(category.summary.text(locale))
        );
        for point in guide.points_in(category) {
            write_point(&mut out, &PointDoc::new(guide, point, locale));
        }
    }
    out
}

fn write_point(out: &mut String, doc: &PointDoc<'_>) {
    let _ = writeln!(out, "### {} {{#{}}}\n", esc(doc.title), doc.id);
    for block in &doc.blocks {
        match block {
            Block::Summary(summary) => {
                let _ = writeln!(out, "**{}**\n", esc(summary));
            }
            // The heading's place in the page already says where it sits,
            // and print cannot play a drill.
            Block::Place { .. } | Block::Drills(_) => {}
            Block::Warnings { heading, warnings } => {
                let _ = writeln!(out, "#### {heading}\n");
                for w in warnings {
                    let _ = writeln!(out, "- **{}**: {} {}", w.name, esc(w.meaning), esc(w.action));
                }
                out.push('\n');
            }
            // Numbered in every phase, mistakes too: Markdown has no cross marker.
            Block::Steps { heading, steps, .. } => {
                let _ = writeln!(out, "#### {heading}\n");
                for step in steps {
                    let _ = writeln!(out, "{}. {}", step.number, esc(step.text));
                }
                out.push('\n');
            }
            Block::Note { label, text } => {
                let _ = writeln!(out, "> **{label}:** {}\n", esc(text));
            }
            Block::Related { heading, links } => {
                let links: Vec<String> = links.iter().map(|l| format!("[{}](#{})", esc(l.title), l.id)).collect();
                let _ = writeln!(out, "{heading}: {}\n", links.join(", "));
            }
            Block::Sources {
                heading,
                sources,
                reviewed_label,
                reviewed,
            } => {
                let _ = writeln!(out, "{heading}:\n");
                for source in *sources {
                    match &source.url {
                        Some(url) => {
                            let _ = writeln!(out, "- {}: [{}]({url})", esc(&source.org), esc(&source.title));
                        }
                        None => {
                            let _ = writeln!(out, "- {}: {}", esc(&source.org), esc(&source.title));
                        }
                    }
                }
                let _ = writeln!(out, "\n_{reviewed_label}: {reviewed}_\n");
            }
        }
    }
}

/// One checklist to print and tick by hand: boxes, quantities for the
/// household, and why, where and when to check each item.
pub fn checklist(list: &Checklist, household: u32, locale: Locale) -> String {
    let p = practise(locale);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}

{}
",
        esc(list.title.text(locale)),
        esc(list.summary.text(locale))
    );
    if list
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .any(|i| i.quantity.is_some())
    {
        let _ = writeln!(
            out,
            "{}: {household} {}
",
            p.household,
            p.people_unit(household)
        );
    }
    for section in &list.sections {
        let _ = writeln!(
            out,
            "## {}
",
            esc(section.title.text(locale))
        );
        for item in &section.items {
            let _ = write!(out, "- [ ] **{}**", esc(item.text.text(locale)));
            if let Some(a) = crate::i18n::checklist::item_amount(item, household, locale) {
                let _ = write!(out, " — {}", esc(&a));
            }
            out.push('\n');
            let notes = [
                (p.why, Some(&item.why)),
                (p.where_kept, item.where_kept.as_ref()),
                (p.check, item.check.as_ref()),
            ];
            for (label, text) in notes {
                if let Some(text) = text {
                    let _ = writeln!(out, "  - {label}: {}", esc(text.text(locale)));
                }
            }
        }
        out.push('\n');
    }
    out
}

/// Keeps content text from being read as Markdown markup.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

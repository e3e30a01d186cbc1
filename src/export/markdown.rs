//! The whole guide as Markdown, for print and for review by content editors.

use std::fmt::Write as _;

use crate::content::{Checklist, Guide, Locale, Phase};
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
            let _ = writeln!(out, "### {} {{#{}}}\n", esc(point.title.text(locale)), point.id);
            let _ = writeln!(out, "**{}**\n", esc(point.summary.text(locale)));
            if !point.warnings.is_empty() {
                let _ = writeln!(out, "#### {}\n", s.warnings);
                for w in &point.warnings {
                    let _ = writeln!(
                        out,
                        "- **{}**: {} {}",
                        s.level(w.level),
                        esc(w.meaning.text(locale)),
                        esc(w.action.text(locale))
                    );
                }
                out.push('\n');
            }
            for phase in Phase::ALL {
                let _ = writeln!(out, "#### {}\n", s.phase(phase));
                for (i, step) in point.steps(phase).list(locale).iter().enumerate() {
                    let _ = writeln!(out, "{}. {}", i + 1, esc(step));
                }
                out.push('\n');
            }
            if let Some(note) = &point.note {
                let _ = writeln!(out, "> **{}:** {}\n", s.note, esc(note.text(locale)));
            }
            let related = super::related(guide, point, locale);
            if !related.is_empty() {
                let links: Vec<String> = related.iter().map(|(id, t)| format!("[{}](#{id})", esc(t))).collect();
                let _ = writeln!(out, "{}: {}\n", s.related, links.join(", "));
            }
            let _ = writeln!(out, "{}:\n", s.sources);
            for source in &point.sources {
                match &source.url {
                    Some(url) => {
                        let _ = writeln!(out, "- {}: [{}]({url})", esc(&source.org), esc(&source.title));
                    }
                    None => {
                        let _ = writeln!(out, "- {}: {}", esc(&source.org), esc(&source.title));
                    }
                }
            }
            let _ = writeln!(out, "\n_{}: {}_\n", s.reviewed, point.reviewed);
        }
    }
    out
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

//! The whole guide as Markdown, for print and for review by content editors.

use std::fmt::Write as _;

use crate::content::{Guide, Locale, Phase};
use crate::i18n::strings;

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

/// Keeps content text from being read as Markdown markup.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

//! A point as plain text, wrapped to a width by display cells.

use crate::content::{Guide, Locale, Phase, Point};
use crate::i18n::{colon, strings};
use crate::textwrap_cjk::{width as display_width, wrap, wrap_hanging};

pub fn point(guide: &Guide, point: &Point, locale: Locale, width: usize) -> String {
    let s = strings(locale);
    let width = width.max(20);
    let mut out: Vec<String> = Vec::new();
    let title = point.title.text(locale);
    out.extend(wrap(title, width));
    out.push("=".repeat(display_width(title).min(width)));
    out.extend(wrap(point.summary.text(locale), width));
    let category = guide.category(&point.category).map_or("", |c| c.title.text(locale));
    let hazard = guide.hazard(&point.hazard).map_or("", |h| h.title.text(locale));
    out.extend(wrap(
        &format!(
            "[{}{c}{category} · {}{c}{hazard}]",
            s.category,
            s.hazard,
            c = colon(locale)
        ),
        width,
    ));
    if !point.warnings.is_empty() {
        out.push(String::new());
        out.push(s.warnings.to_string());
        for w in &point.warnings {
            let head = format!("  {}{}", s.level(w.level), colon(locale));
            out.extend(wrap_hanging(&head, w.meaning.text(locale), width));
            out.extend(wrap_hanging("    → ", w.action.text(locale), width));
        }
    }
    for phase in Phase::ALL {
        out.push(String::new());
        out.push(s.phase(phase).to_string());
        for (i, step) in point.steps(phase).list(locale).iter().enumerate() {
            let marker = if phase == Phase::Never {
                "  ✗ ".to_string()
            } else {
                format!("  {}. ", i + 1)
            };
            out.extend(wrap_hanging(&marker, step, width));
        }
    }
    if let Some(note) = &point.note {
        out.push(String::new());
        out.push(s.note.to_string());
        out.extend(wrap_hanging("  ", note.text(locale), width));
    }
    let related = super::related(guide, point, locale);
    if !related.is_empty() {
        out.push(String::new());
        let list: Vec<String> = related.iter().map(|(id, t)| format!("{t} ({id})")).collect();
        out.extend(wrap_hanging(
            &format!("{}{}", s.related, colon(locale)),
            &list.join(", "),
            width,
        ));
    }
    out.push(String::new());
    out.push(format!("{}{}", s.sources, colon(locale).trim_end()));
    for source in &point.sources {
        let url = source.url.as_deref().map(|u| format!(" <{u}>")).unwrap_or_default();
        out.extend(wrap_hanging(
            "  - ",
            &format!("{}: {}{url}", source.org, source.title),
            width,
        ));
    }
    out.push(format!("{}{}{}", s.reviewed, colon(locale), point.reviewed));
    let mut text = out.join("\n");
    text.push('\n');
    text
}

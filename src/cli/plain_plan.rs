//! The family plan's details in `ready checklist --plain family-plan`, for
//! screen readers and scripts: `p` lists them, `p 3 138 0000 0000` fills
//! one in, `p 3 -` empties it.

use std::io::{self, Write};

use crate::content::Locale;
use crate::progress::Progress;
use crate::upkeep::plan::{Field, clean};

/// Handles a line if it is a plan command; returns None if it is not, or
/// whether progress changed.
pub fn handle(progress: &mut Progress, text: &str, locale: Locale, out: &mut dyn Write) -> io::Result<Option<bool>> {
    let text = text.trim();
    let Some(rest) = text.strip_prefix(['p', 'P']) else {
        return Ok(None);
    };
    if !rest.is_empty() && !rest.starts_with(' ') {
        return Ok(None);
    }
    let fields = Field::all();
    let rest = rest.trim();
    if rest.is_empty() {
        for (i, field) in fields.iter().enumerate() {
            writeln!(out, "  {}", line(progress, *field, i + 1, locale))?;
        }
        return Ok(Some(false));
    }
    let (n, value) = rest.split_once(' ').unwrap_or((rest, ""));
    let Some(field) = n
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| fields.get(i))
    else {
        let retry = crate::i18n::cli::Retry::PlanField(fields.len());
        writeln!(out, "{}", crate::i18n::cli::retry(locale, retry))?;
        return Ok(Some(false));
    };
    let index = fields.iter().position(|f| f == field).unwrap_or(0) + 1;
    let value = if value.trim() == "-" { "" } else { value };
    match clean(*field, value) {
        Ok(v) if v.is_empty() => {
            progress.plan.remove(&field.key());
        }
        Ok(v) => {
            progress.plan.insert(field.key(), v);
        }
        Err(why) => {
            writeln!(out, "  ! {}", crate::i18n::plan::invalid(locale, why))?;
            return Ok(Some(false));
        }
    }
    writeln!(out, "  {}", line(progress, *field, index, locale))?;
    Ok(Some(true))
}

fn line(progress: &Progress, field: Field, n: usize, locale: Locale) -> String {
    let value = progress.plan.get(&field.key()).map_or("—", String::as_str);
    // The labels have colons of their own; a dash sets the value apart.
    let dash = if locale == Locale::ZhHans { "——" } else { " — " };
    format!("p{n}. {}{dash}{value}", crate::i18n::plan::field(locale, field))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(progress: &mut Progress, text: &str) -> (Option<bool>, String) {
        let mut out = Vec::new();
        let r = handle(progress, text, Locale::En, &mut out).unwrap();
        (r, String::from_utf8(out).unwrap())
    }

    #[test]
    fn p_lists_fills_and_empties_the_plan_s_details() {
        let mut p = Progress::new();
        assert_eq!(run(&mut p, "3 2027-01-01").0, None, "not a plan command");
        assert_eq!(run(&mut p, "pets").0, None);
        let (r, out) = run(&mut p, "p 2 +86 138 0000 0000");
        assert_eq!(r, Some(true));
        assert_eq!(p.plan["contact-1-phone"], "+86 138 0000 0000");
        assert!(out.contains("p2. Contact 1: phone — +86 138 0000 0000"), "{out}");
        let (r, out) = run(&mut p, "p 2 mum");
        assert_eq!(r, Some(false));
        assert!(out.contains("a phone number"), "{out}");
        let (_, out) = run(&mut p, "p");
        assert_eq!(out.lines().count(), Field::all().len());
        assert!(out.contains("p15. Medical needs — —"), "{out}");
        assert_eq!(run(&mut p, "p 2 -").0, Some(true));
        assert!(p.plan.is_empty());
        assert!(run(&mut p, "p 99 x").1.contains("from 1 to 15"));
    }
}

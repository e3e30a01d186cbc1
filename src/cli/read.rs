//! The commands that read the guide: `list`, `show`, `search`, `check`,
//! `export`.

use std::path::Path;
use std::process::ExitCode;

use super::{FAILURE, Format, emit, emit_to, output_width, prefixed, unknown};
use crate::content::sanitize::clean;
use crate::content::{Guide, Locale};
use crate::i18n::messages::{self, Kind};
use crate::i18n::strings;
use crate::{export, search};

/// A quiz-bank warning, worded for the editor who must fix it.
fn drift_text(drift: &crate::quiz_balance::Drift, ui: Locale) -> String {
    use crate::quiz_balance::{Drift, MAX_LONGEST_RIGHT_PERCENT, TRUE_PERCENT};
    let (low, high) = (TRUE_PERCENT.start(), TRUE_PERCENT.end());
    match (drift.clone(), ui) {
        (Drift::LongestRight { locale, count, of }, Locale::En) => format!(
            "in {}, the right option is the longest in {count} of {of} single-answer questions ({}%): \
             a guesser who picks the longest option does well; keep it at or under {MAX_LONGEST_RIGHT_PERCENT}% \
             by making wrong options as specific as the right one",
            locale.tag(),
            count * 100 / of.max(1)
        ),
        (Drift::LongestRight { locale, count, of }, Locale::ZhHans) => format!(
            "{} 文本中，{of} 道单选题里有 {count} 道（{}%）正确选项是最长的一项：只挑最长选项的人也能答对不少；\
             请让错误选项写得和正确选项一样具体，把比例控制在 {MAX_LONGEST_RIGHT_PERCENT}% 以内",
            locale.tag(),
            count * 100 / of.max(1)
        ),
        (Drift::TrueShare { count, of }, Locale::En) => format!(
            "{count} of {of} true/false statements are true ({}%): keep it between {low}% and {high}% so that \
             neither answer is a safe guess",
            count * 100 / of.max(1),
        ),
        (Drift::TrueShare { count, of }, Locale::ZhHans) => format!(
            "{of} 道判断题中有 {count} 道答案为“对”（{}%）：请保持在 {low}% 到 {high}% 之间，免得哪一个答案都能蒙对",
            count * 100 / of.max(1),
        ),
    }
}

pub fn check(dir: Option<&Path>, locale: Locale) -> ExitCode {
    let loaded = match dir {
        Some(dir) => crate::content::check_dir(dir),
        None => crate::content::embedded(),
    };
    match super::reported(loaded, dir, locale) {
        Ok(guide) => {
            for drift in crate::quiz_balance::balance(&guide).drifts() {
                eprintln!("{}{}", messages::warning(locale), drift_text(&drift, locale));
            }
            let tally = messages::Tally {
                categories: guide.categories.len(),
                points: guide.points.len(),
                questions: guide.points.iter().map(|p| p.quiz.len()).sum(),
                checklists: guide.checklists.len(),
                drills: guide.drills.len(),
                readiness: guide.readiness.is_some(),
            };
            emit(&format!("{}\n", messages::check_ok(locale, &tally)))
        }
        Err(code) => code,
    }
}

pub fn list(guide: &Guide, locale: Locale) -> String {
    let mut out = String::new();
    for category in &guide.categories {
        out.push_str(&format!(
            "{} ({} {})\n",
            category.title.text(locale),
            category.points.len(),
            strings(locale).points
        ));
        let width = category.points.iter().map(|id| id.len()).max().unwrap_or(0);
        for point in guide.points_in(category) {
            out.push_str(&format!("  {:width$}  {}\n", point.id, point.title.text(locale)));
        }
    }
    out
}

pub fn list_json(guide: &Guide) -> String {
    let categories: Vec<_> = guide
        .categories
        .iter()
        .map(|c| {
            let points: Vec<_> = guide
                .points_in(c)
                .map(|p| serde_json::json!({ "id": p.id, "hazard": p.hazard, "title": p.title }))
                .collect();
            serde_json::json!({ "id": c.id, "title": c.title, "points": points })
        })
        .collect();
    let drills: Vec<_> = guide
        .drills
        .iter()
        .map(|d| serde_json::json!({ "id": d.id, "title": d.title, "summary": d.summary, "rehearses": d.rehearses }))
        .collect();
    let value = serde_json::json!({ "categories": categories, "drills": drills });
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

pub fn show(guide: &Guide, id: &str, locale: Locale) -> ExitCode {
    match guide.point(id) {
        Some(point) => emit(&export::text::point(guide, point, locale, output_width())),
        None => unknown(locale, Kind::Point, id, guide.points.iter().map(|p| p.id.as_str())),
    }
}

pub fn search(guide: &Guide, query: &str, locale: Locale) -> ExitCode {
    if search::query_terms(query).is_empty() {
        eprintln!("{}", prefixed(locale, messages::empty_search(locale)));
        return ExitCode::from(super::USAGE);
    }
    let hits = search::Index::new(guide).search(query);
    if hits.is_empty() {
        eprintln!("{}", prefixed(locale, &messages::no_match(locale, &clean(query, true))));
        return ExitCode::from(FAILURE);
    }
    emit(&search_lines(guide, &hits, locale, output_width()))
}

/// One hit a line, `id  title — summary`, wrapped to `width` with the text
/// lined up after the ids, as `show` wraps.
fn search_lines(guide: &Guide, hits: &[search::Hit], locale: Locale, width: usize) -> String {
    let points: Vec<_> = hits.iter().filter_map(|h| guide.points.get(h.point)).collect();
    let id_width = points.iter().map(|p| p.id.len()).max().unwrap_or(0);
    // Ids longer than half the line would leave no room: indent less then.
    let indent = (id_width + 2).min(width / 2);
    let separator = if locale == Locale::ZhHans { "：" } else { " — " };
    let mut out = String::new();
    for p in points {
        let head = format!("{:id_width$}  ", p.id);
        // An id too long for the indent gets a line of its own.
        let own_line = head.len() > indent;
        if own_line {
            out.push_str(p.id.as_str());
            out.push('\n');
        }
        let text = format!("{}{separator}{}", p.title.text(locale), p.summary.text(locale));
        let lines = crate::textwrap_cjk::wrap(&text, width.saturating_sub(indent).max(10));
        for (i, line) in lines.iter().enumerate() {
            if i == 0 && !own_line {
                out.push_str(&head);
            } else {
                out.push_str(&" ".repeat(indent));
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

pub fn export(guide: &Guide, format: Format, output: Option<&Path>, locale: Locale) -> ExitCode {
    let text = match format {
        Format::Md => export::markdown::guide(guide, locale),
        Format::Html => export::html::guide(guide, locale),
        Format::Json => export::json::guide(guide),
    };
    emit_to(&text, output)
}

//! `ready stats FILE...`: the kiosks' statistics, summarised for the office
//! that runs them, in its language, or as JSON for its scripts.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;

use super::{FAILURE, emit};
use crate::content::sanitize::clean;
use crate::content::{Guide, Locale};
use crate::i18n::stats;
use crate::stats::{Summary, summarise};

pub fn run(guide: &Guide, files: &[PathBuf], as_json: bool, locale: Locale) -> ExitCode {
    let mut texts = Vec::new();
    let mut unreadable = 0;
    for path in files {
        match std::fs::read(path) {
            // A kiosk's file may end mid-character where a copy was taken
            // mid-write: that line is skipped, the rest still count.
            Ok(bytes) => texts.push(String::from_utf8_lossy(&bytes).into_owned()),
            Err(e) => {
                unreadable += 1;
                let shown = path.display().to_string();
                let name = clean(&shown, true);
                let message = crate::i18n::cli::cannot_read(locale, &name, &e.to_string());
                eprintln!("{}", super::prefixed(locale, &message));
            }
        }
    }
    let summary = summarise(guide, texts.iter().map(String::as_str));
    let out = if as_json {
        json_text(guide, &summary)
    } else {
        text(guide, &summary, locale)
    };
    let code = emit(&out);
    if unreadable == files.len() {
        ExitCode::from(FAILURE)
    } else {
        code
    }
}

fn json_text(guide: &Guide, s: &Summary) -> String {
    let missed: Vec<_> = s
        .most_missed
        .iter()
        .map(|m| {
            let q = &guide.points[m.point].quiz[m.index];
            json!({
                "question": m.question,
                "text": q.question,
                "wrong": m.wrong,
                "answers": m.answers,
                "share_wrong": m.wrong as f64 / m.answers.max(1) as f64,
            })
        })
        .collect();
    let read: Vec<_> = s
        .most_read
        .iter()
        .map(|r| json!({"point": guide.points[r.point].id, "title": guide.points[r.point].title, "opens": r.opens}))
        .collect();
    let first: Vec<_> = s
        .wrong_first_moves
        .iter()
        .map(|m| {
            let d = &guide.drills[m.drill];
            let step = &d.steps[d.start];
            let c = &step.choices[m.choice];
            json!({
                "drill": d.id,
                "step": step.id,
                "choice": c.id,
                "text": c.text,
                "count": m.count,
                "first_moves": m.first_moves,
            })
        })
        .collect();
    let value = json!({
        "visits": s.visits,
        "visits_per_day": s.visits_per_day,
        "median_visit_seconds": s.median_visit_seconds,
        "idle_resets": s.idle_resets,
        "quizzes": s.quizzes,
        "average_score_percent": s.average_score_percent,
        "readiness_levels": s.readiness_levels,
        "most_missed": missed,
        "most_read": read,
        "wrong_first_moves": first,
        "skipped_lines": s.skipped_lines,
        "unknown_ids": s.unknown_ids,
    });
    format!("{}\n", serde_json::to_string_pretty(&value).unwrap_or_default())
}

fn text(guide: &Guide, s: &Summary, locale: Locale) -> String {
    let w = stats::words(locale);
    let zh = locale == Locale::ZhHans;
    let (colon, comma) = if zh { ("：", "，") } else { (": ", ", ") };
    let mut out = String::new();
    let _ = writeln!(out, "{}\n\n{}", w.title, w.per_day);
    if s.visits_per_day.is_empty() {
        let _ = writeln!(out, "  {}", w.none);
    }
    for (day, n) in &s.visits_per_day {
        let _ = writeln!(out, "  {day}  {n:>6}");
    }
    let median = s
        .median_visit_seconds
        .map_or(w.none.to_string(), |m| stats::duration(m, locale));
    let _ = writeln!(out, "\n{}{colon}{median}", w.median);
    let _ = writeln!(out, "{}{colon}{}", w.resets, s.idle_resets);
    let average = s
        .average_score_percent
        .map_or(String::new(), |a| format!("{comma}{} {a}%", w.average));
    let _ = writeln!(out, "{}{colon}{}{average}", w.quizzes, s.quizzes);
    let levels: Vec<String> = s.readiness_levels.iter().map(|(l, n)| format!("{l} {n}")).collect();
    let levels = if levels.is_empty() {
        w.none.to_string()
    } else {
        levels.join(comma)
    };
    let _ = writeln!(out, "{}{colon}{levels}", w.levels);
    let _ = writeln!(out, "\n{}", w.missed);
    if s.most_missed.is_empty() {
        let _ = writeln!(out, "  {}", w.none);
    }
    for (i, m) in s.most_missed.iter().enumerate() {
        let q = &guide.points[m.point].quiz[m.index];
        let share = m.wrong * 100 / m.answers.max(1);
        let _ = writeln!(
            out,
            "{:>3}. {}  {}",
            i + 1,
            (w.missed_line)(share, m.wrong, m.answers),
            m.question
        );
        let _ = writeln!(out, "     {}", clean(q.question.text(locale), true));
    }
    let _ = writeln!(out, "\n{}", w.read);
    if s.most_read.is_empty() {
        let _ = writeln!(out, "  {}", w.none);
    }
    for (i, r) in s.most_read.iter().enumerate() {
        let p = &guide.points[r.point];
        let (open, close) = if zh { ("（", "）") } else { (" (", ")") };
        let title = p.title.text(locale);
        let _ = writeln!(
            out,
            "{:>3}. {}  {title}{open}{}{close}",
            i + 1,
            (w.opens)(r.opens),
            p.id
        );
    }
    let _ = writeln!(out, "\n{}", w.first);
    if s.wrong_first_moves.is_empty() {
        let _ = writeln!(out, "  {}", w.none);
    }
    for (i, m) in s.wrong_first_moves.iter().enumerate() {
        let d = &guide.drills[m.drill];
        let choice = &d.steps[d.start].choices[m.choice];
        let (open, close) = if zh { ("（", "）") } else { (" (", ")") };
        let _ = writeln!(out, "{:>3}. {}{open}{}{close}", i + 1, d.title.text(locale), d.id);
        let share = m.count * 100 / m.first_moves.max(1);
        let said = (w.first_line)(m.count, m.first_moves, share);
        let text = clean(choice.text.text(locale), true);
        if zh {
            let _ = writeln!(out, "     {said}“{text}”");
        } else {
            let _ = writeln!(out, "     {said}: {text}");
        }
    }
    if s.skipped_lines + s.unknown_ids > 0 {
        let _ = writeln!(out, "\n{}", (w.skipped)(s.skipped_lines, s.unknown_ids));
    }
    out
}

//! `ready drill --plain ID`: a drill as numbered lines, for screen readers
//! and scripts. Reads one choice a line; stops cleanly at end of input.

use std::io::{self, BufRead, Write};

use super::plain_input::{Line, number, read_line};
use crate::content::{Drill, Guide, Locale};
use crate::drill::Walk;
use crate::i18n::{self, colon, drills};

pub fn run(
    guide: &Guide,
    drill: &Drill,
    locale: Locale,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> io::Result<Walk> {
    let words = drills(locale);
    let mut walk = Walk::new(drill);
    writeln!(out, "{}{}{}", words.drill, colon(locale), drill.title.text(locale))?;
    writeln!(out, "{}", drill.summary.text(locale))?;
    while let Some(step) = walk.step(drill) {
        writeln!(out)?;
        let n = walk.moves().len() + 1;
        writeln!(out, "{}", words.step_of.replace("{n}", &n.to_string()))?;
        for line in step.situation.list(locale) {
            writeln!(out, "{line}")?;
        }
        for (i, choice) in step.choices.iter().enumerate() {
            writeln!(out, "  {}. {}", i + 1, choice.text.text(locale))?;
        }
        let count = step.choices.len();
        let index = loop {
            write!(out, "{}", words.prompt)?;
            out.flush()?;
            let line = match read_line(input)? {
                Line::Text(line) => line,
                Line::End => {
                    writeln!(out)?;
                    return Ok(walk);
                }
                Line::NotUtf8 => {
                    writeln!(out)?;
                    writeln!(out, "{}", crate::i18n::messages::line_not_utf8(locale))?;
                    return Ok(walk);
                }
            };
            match number(&line, count) {
                Some(index) => break index,
                None => writeln!(out, "{}", words.invalid.replace("{n}", &count.to_string()))?,
            }
        };
        if let Some(choice) = walk.choose(drill, index) {
            writeln!(
                out,
                "{}",
                i18n::verdict(locale, choice.good, choice.feedback.text(locale))
            )?;
        }
    }
    ending(guide, drill, &walk, locale, out)?;
    Ok(walk)
}

fn ending(guide: &Guide, drill: &Drill, walk: &Walk, locale: Locale, out: &mut dyn Write) -> io::Result<()> {
    let Some(ending) = walk.ending(drill) else {
        return Ok(());
    };
    let words = drills(locale);
    writeln!(out)?;
    writeln!(
        out,
        "{}{}{} {}",
        words.outcome,
        colon(locale),
        i18n::outcome_mark(ending.outcome),
        i18n::outcome(locale, ending.outcome)
    )?;
    for line in ending.text.list(locale) {
        writeln!(out, "{line}")?;
    }
    writeln!(out)?;
    writeln!(out, "{}{}", words.your_path, colon(locale).trim_end())?;
    for (_, choice) in walk.path(drill) {
        let mark = if choice.good { "✓" } else { "✗" };
        writeln!(out, "  {mark} {}", choice.text.text(locale))?;
    }
    let (good, total) = walk.score(drill);
    writeln!(out, "{}{}{good}/{total}", words.good_moves, colon(locale))?;
    writeln!(out)?;
    writeln!(out, "{}{}", words.read_points, colon(locale).trim_end())?;
    for id in &ending.points {
        let title = guide.point(id).map_or("", |p| p.title.text(locale));
        writeln!(out, "  ready show {id}    {title}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_with(locale: Locale, input: &str) -> (String, Walk) {
        let Ok(guide) = crate::content::embedded() else {
            unreachable!("the shipped guide loads")
        };
        let Some(drill) = guide.drill("choking") else {
            unreachable!("choking drill")
        };
        let mut out = Vec::new();
        let walk = run(&guide, drill, locale, &mut input.as_bytes(), &mut out).unwrap_or_else(|_| Walk::new(drill));
        (String::from_utf8_lossy(&out).into_owned(), walk)
    }

    #[test]
    fn a_bad_number_is_asked_again_and_end_of_input_stops_without_an_ending() {
        let (out, walk) = run_with(Locale::En, "7\nx\n2\n");
        assert_eq!(
            out.matches("Please answer with a number from 1 to 4.").count(),
            2,
            "{out}"
        );
        assert!(out.contains("✗ Poor move. Water can't get past"), "{out}");
        assert!(!walk.finished());
        assert!(!out.contains("Outcome"), "{out}");
    }

    #[test]
    fn chinese_uses_full_width_punctuation() {
        let (out, walk) = run_with(Locale::ZhHans, "1\n1\n1\n1\n");
        assert!(walk.finished());
        assert!(out.contains("结果：✓ 安全脱险"), "{out}");
        assert!(out.contains("做对的步骤：4/4"), "{out}");
    }

    #[test]
    fn full_width_choices_are_accepted_and_input_that_is_not_utf8_stops_with_a_message() {
        let (wide, _) = run_with(Locale::ZhHans, "１\n１\n１\n１\n");
        let (ascii, _) = run_with(Locale::ZhHans, "1\n1\n1\n1\n");
        assert_eq!(wide, ascii);
        let Ok(guide) = crate::content::embedded() else {
            unreachable!("the shipped guide loads")
        };
        let Some(drill) = guide.drill("choking") else {
            unreachable!("choking drill")
        };
        let mut out = Vec::new();
        let mut input: &[u8] = b"\xc7\xeb\n1\n";
        let walk = run(&guide, drill, Locale::ZhHans, &mut input, &mut out).unwrap_or_else(|_| Walk::new(drill));
        let out = String::from_utf8_lossy(&out);
        assert!(out.contains("这行输入不是 UTF-8 文本"), "{out}");
        assert!(walk.moves().is_empty(), "nothing after the bad line is read");
    }
}

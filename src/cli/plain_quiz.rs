//! `ready quiz --plain`: the quiz as numbered lines, for screen readers and
//! scripts. Reads answers line by line; stops cleanly at end of input.

use std::io::{self, BufRead, Write};

use super::plain_input::{Line, numbers, read_line};
use crate::content::{Guide, Locale, QuestionKind};
use crate::i18n::cli;
use crate::quiz::Session;
use crate::textwrap_cjk::{wrap, wrap_hanging};

/// What a plain quiz ended with.
pub struct Outcome {
    /// Every question was answered (so the result is worth keeping).
    pub finished: bool,
    /// It stopped at a line that was not UTF-8.
    pub not_utf8: bool,
}

/// Asks every question of `session`, wrapping text to `width` cells as
/// `ready show` does.
pub fn run(
    guide: &Guide,
    session: &mut Session,
    locale: Locale,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    width: usize,
) -> io::Result<Outcome> {
    let say = |out: &mut dyn Write, text: &str| -> io::Result<()> {
        for line in wrap(text, width) {
            writeln!(out, "{line}")?;
        }
        Ok(())
    };
    let total = session.items.len();
    let mut answered = 0;
    for i in 0..total {
        let Some(question) = session.question(guide, i) else {
            continue;
        };
        let item = session.items[i].clone();
        let point = &guide.points[item.point];
        writeln!(out)?;
        let heading = cli::question_heading(locale, i + 1, total, point.title.text(locale));
        say(out, &heading)?;
        say(out, question.question.text(locale))?;
        for (shown, &original) in item.order.iter().enumerate() {
            let number = format!("  {}. ", shown + 1);
            for line in wrap_hanging(&number, question.options[original].text(locale), width) {
                writeln!(out, "{line}")?;
            }
        }
        let multiple = question.kind == QuestionKind::Multiple;
        let prompt = cli::answer_prompt(locale, multiple);
        let answer = loop {
            write!(out, "{prompt}")?;
            out.flush()?;
            let line = match read_line(input)? {
                Line::Text(line) => line,
                Line::End => {
                    writeln!(out)?;
                    return finish(session, answered, false, locale, out);
                }
                Line::NotUtf8 => {
                    writeln!(out)?;
                    say(out, crate::i18n::messages::input_not_utf8(locale))?;
                    let outcome = finish(session, answered, false, locale, out)?;
                    return Ok(Outcome {
                        not_utf8: true,
                        ..outcome
                    });
                }
            };
            let picked = numbers(&line, item.order.len());
            if let Some(answer) = picked.and_then(|p| session.answer(guide, i, &p)) {
                break answer;
            }
            writeln!(out, "{}", cli::answer_again(locale, item.order.len(), multiple))?;
        };
        answered += 1;
        let right: Vec<String> = session
            .shown_answer(guide, i)
            .iter()
            .map(|s| (s + 1).to_string())
            .collect();
        let verdict = cli::verdict(locale, answer.correct, &right);
        say(out, &format!("{verdict}{}", question.explanation.text(locale)))?;
        writeln!(out, "  ready show {}", point.id)?;
    }
    finish(session, answered, true, locale, out)
}

fn finish(
    session: &Session,
    answered: usize,
    finished: bool,
    locale: Locale,
    out: &mut dyn Write,
) -> io::Result<Outcome> {
    let right = session.score().right;
    writeln!(out)?;
    writeln!(out, "{}", cli::score(locale, right, answered))?;
    Ok(Outcome {
        finished,
        not_utf8: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::Scope;

    fn run_with(input: &str) -> (String, Outcome) {
        run_in(input.as_bytes(), Locale::En, 80)
    }

    fn run_in(input: &[u8], locale: Locale, width: usize) -> (String, Outcome) {
        let guide = crate::content::embedded().unwrap();
        let mut session = Session::new(&guide, &Scope::Point("choking".into()), 4);
        let mut out = Vec::new();
        let outcome = run(&guide, &mut session, locale, &mut &input[..], &mut out, width).unwrap();
        (String::from_utf8(out).unwrap(), outcome)
    }

    #[test]
    fn an_invalid_answer_is_asked_again_and_end_of_input_stops_cleanly() {
        let (out, outcome) = run_with("banana\n9\n");
        assert_eq!(out.matches("Please answer with").count(), 2, "{out}");
        assert!(!outcome.finished);
        assert!(out.trim_end().ends_with("Score: 0/0"), "{out}");
    }

    #[test]
    fn full_width_answers_are_accepted() {
        let (out, outcome) = run_in("１\n".repeat(7).as_bytes(), Locale::En, 80);
        assert!(!out.contains("Please answer with"), "{out}");
        assert!(outcome.finished, "{out}");
    }

    #[test]
    fn input_that_is_not_utf8_stops_with_a_message_and_the_score() {
        let (out, outcome) = run_in(b"1\n\xc7\xeb\n", Locale::ZhHans, 80);
        assert!(outcome.not_utf8 && !outcome.finished);
        assert!(out.contains("这行回答不是 UTF-8 文本"), "{out}");
        assert!(
            out.trim_end().ends_with("得分：0/1") || out.trim_end().ends_with("得分：1/1"),
            "{out}"
        );
        let (out, _) = run_in(b"\xff\n", Locale::En, 80);
        assert!(out.contains("That answer is not UTF-8 text"), "{out}");
        assert!(out.trim_end().ends_with("Score: 0/0"), "{out}");
    }

    #[test]
    fn questions_and_explanations_wrap_to_the_width() {
        for locale in [Locale::En, Locale::ZhHans] {
            let (out, _) = run_in(b"1\n1\n1\n1\n1\n", locale, 40);
            // No input is echoed, so the verdict follows the prompt here.
            for line in out.lines() {
                let line = line.rsplit(['：', ':']).next().unwrap_or(line).trim_start();
                assert!(crate::textwrap_cjk::width(line) <= 40, "{line:?} in\n{out}");
            }
        }
    }

    #[test]
    fn a_chinese_verdict_runs_on_into_its_explanation_without_a_space() {
        let (out, _) = run_in("1\n".as_bytes(), Locale::ZhHans, 200);
        let verdict = out
            .lines()
            .find(|l| l.contains("答对了") || l.contains("答错了"))
            .unwrap_or("");
        assert!(!verdict.contains("。 "), "{verdict}");
    }
}

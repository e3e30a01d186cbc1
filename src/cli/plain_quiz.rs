//! `ready quiz --plain`: the quiz as numbered lines, for screen readers and
//! scripts. Reads answers line by line; stops cleanly at end of input.

use std::io::{self, BufRead, Write};

use crate::content::{Guide, Locale, QuestionKind};
use crate::quiz::Session;

/// What a plain quiz ended with.
pub struct Outcome {
    /// Every question was answered (so the result is worth keeping).
    pub finished: bool,
}

pub fn run(
    guide: &Guide,
    session: &mut Session,
    locale: Locale,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> io::Result<Outcome> {
    let zh = locale == Locale::ZhHans;
    let total = session.items.len();
    let mut answered = 0;
    for i in 0..total {
        let Some(question) = session.question(guide, i) else {
            continue;
        };
        let item = session.items[i].clone();
        let point = &guide.points[item.point];
        writeln!(out)?;
        if zh {
            writeln!(out, "第{}/{}题（{}）", i + 1, total, point.title.text(locale))?;
        } else {
            writeln!(out, "Question {}/{} ({})", i + 1, total, point.title.text(locale))?;
        }
        writeln!(out, "{}", question.question.text(locale))?;
        for (shown, &original) in item.order.iter().enumerate() {
            writeln!(out, "  {}. {}", shown + 1, question.options[original].text(locale))?;
        }
        let multiple = question.kind == QuestionKind::Multiple;
        let prompt = match (multiple, zh) {
            (true, false) => "Answer (all that apply, e.g. 1,3): ",
            (true, true) => "请作答（多选，如 1,3）：",
            (false, false) => "Answer (a number): ",
            (false, true) => "请作答（填编号）：",
        };
        let answer = loop {
            write!(out, "{prompt}")?;
            out.flush()?;
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 {
                writeln!(out)?;
                return finish(session, answered, false, zh, out);
            }
            let picked = parse_numbers(&line, item.order.len());
            if let Some(answer) = picked.and_then(|p| session.answer(guide, i, &p)) {
                break answer;
            }
            let n = item.order.len();
            if zh {
                writeln!(
                    out,
                    "请输入 1 到 {n} 之间的编号{}。",
                    if multiple { "，多个用逗号分开" } else { "" }
                )?;
            } else {
                writeln!(
                    out,
                    "Please answer with {} from 1 to {n}.",
                    if multiple { "numbers" } else { "a number" }
                )?;
            }
        };
        answered += 1;
        let right: Vec<String> = session
            .shown_answer(guide, i)
            .iter()
            .map(|s| (s + 1).to_string())
            .collect();
        let verdict = match (answer.correct, zh) {
            (true, false) => "Right.".to_string(),
            (true, true) => "答对了。".to_string(),
            (false, false) => format!("Wrong. The answer: {}.", right.join(", ")),
            (false, true) => format!("答错了。正确答案：{}。", right.join("、")),
        };
        writeln!(out, "{verdict} {}", question.explanation.text(locale))?;
        writeln!(out, "  ready show {}", point.id)?;
    }
    finish(session, answered, true, zh, out)
}

fn finish(session: &Session, answered: usize, finished: bool, zh: bool, out: &mut dyn Write) -> io::Result<Outcome> {
    let right = session.score().right;
    writeln!(out)?;
    if zh {
        writeln!(out, "得分：{right}/{answered}")?;
    } else {
        writeln!(out, "Score: {right}/{answered}")?;
    }
    Ok(Outcome { finished })
}

/// `2` or `1, 3` as zero-based positions, if all are numbers in range.
fn parse_numbers(line: &str, options: usize) -> Option<Vec<usize>> {
    let parts: Vec<&str> = line
        .split([',', '，', ' ', '、'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if parts.is_empty() {
        return None;
    }
    parts
        .iter()
        .map(|p| {
            p.parse::<usize>()
                .ok()
                .filter(|n| (1..=options).contains(n))
                .map(|n| n - 1)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::Scope;

    fn run_with(input: &str) -> (String, Outcome) {
        let guide = crate::content::embedded().unwrap();
        let mut session = Session::new(&guide, &Scope::Point("choking".into()), 4);
        let mut out = Vec::new();
        let outcome = run(&guide, &mut session, Locale::En, &mut input.as_bytes(), &mut out).unwrap();
        (String::from_utf8(out).unwrap(), outcome)
    }

    #[test]
    fn numbers_parse_in_either_script_and_out_of_range_is_rejected() {
        assert_eq!(parse_numbers("2\n", 4), Some(vec![1]));
        assert_eq!(parse_numbers("1，3", 4), Some(vec![0, 2]));
        assert_eq!(parse_numbers("5", 4), None);
        assert_eq!(parse_numbers("x", 4), None);
        assert_eq!(parse_numbers("\n", 4), None);
    }

    #[test]
    fn an_invalid_answer_is_asked_again_and_end_of_input_stops_cleanly() {
        let (out, outcome) = run_with("banana\n9\n");
        assert_eq!(out.matches("Please answer with").count(), 2, "{out}");
        assert!(!outcome.finished);
        assert!(out.trim_end().ends_with("Score: 0/0"), "{out}");
    }
}

//! The words around drills, in both languages.

use crate::content::{Locale, Outcome};

pub struct Drills {
    /// Home's entry and the list's heading.
    pub heading: &'static str,
    /// Before a drill's title, in plain mode and on the point screen.
    pub drill: &'static str,
    /// `ready list`'s heading.
    pub plural: &'static str,
    pub step_of: &'static str,
    pub prompt: &'static str,
    pub invalid: &'static str,
    pub good: &'static str,
    pub poor: &'static str,
    pub outcome: &'static str,
    pub your_path: &'static str,
    pub good_moves: &'static str,
    pub read_points: &'static str,
    pub again: &'static str,
    pub left: &'static str,
}

pub static EN: Drills = Drills {
    heading: "Drills: what would you do?",
    drill: "Drill",
    plural: "Drills",
    step_of: "Decision {n}",
    prompt: "Your move (a number): ",
    invalid: "Please answer with a number from 1 to {n}.",
    good: "✓",
    poor: "✗ Poor move.",
    outcome: "Outcome",
    your_path: "Your path",
    good_moves: "Good moves",
    read_points: "Learn the right moves",
    again: "Try again",
    left: "Drill left before its end; nothing saved",
};

pub static ZH: Drills = Drills {
    heading: "情景演练：你会怎么做？",
    drill: "演练",
    plural: "情景演练",
    step_of: "第{n}步",
    prompt: "你的选择（填编号）：",
    invalid: "请输入 1 到 {n} 之间的编号。",
    good: "✓",
    poor: "✗ 这样不妥。",
    outcome: "结果",
    your_path: "你的选择",
    good_moves: "做对的步骤",
    read_points: "学习正确做法",
    again: "再练一次",
    left: "演练未完成，未保存",
};

pub fn drills(locale: Locale) -> &'static Drills {
    match locale {
        Locale::En => &EN,
        Locale::ZhHans => &ZH,
    }
}

/// How a drill ended, said plainly.
pub fn outcome(locale: Locale, outcome: Outcome) -> &'static str {
    match (locale, outcome) {
        (Locale::En, Outcome::Safe) => "Safe",
        (Locale::En, Outcome::Hurt) => "Hurt",
        (Locale::En, Outcome::Worse) => "Worse",
        (Locale::ZhHans, Outcome::Safe) => "安全脱险",
        (Locale::ZhHans, Outcome::Hurt) => "受了伤",
        (Locale::ZhHans, Outcome::Worse) => "后果严重",
    }
}

/// A verdict and its reason, marked so it reads without colour. A good
/// move's feedback says so itself ("Right: …", as the format asks), so it
/// gets only the mark; a poor one is named. Chinese puts no space after
/// its full stop.
pub fn verdict(locale: Locale, good: bool, feedback: &str) -> String {
    let t = drills(locale);
    match (good, locale) {
        (true, _) => format!("{} {feedback}", t.good),
        (false, Locale::En) => format!("{} {feedback}", t.poor),
        (false, Locale::ZhHans) => format!("{}{feedback}", t.poor),
    }
}

/// A mark for an outcome that reads without colour.
pub fn outcome_mark(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Safe => "✓",
        Outcome::Hurt => "!",
        Outcome::Worse => "✗",
    }
}

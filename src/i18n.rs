//! Every interface string, in both languages. Content text comes from the
//! content set; these are the words around it. The core returns data (a
//! content `Problem`, a progress `Notice`, a checklist `Amount`, a due date)
//! and the faces word it here. Each table is a struct with one static per
//! language, or a function with an exhaustive match on the language and
//! the data, so a missing translation does not compile. By area:
//! `content` (diagnostics), `progress` (notices), `messages` (the command
//! line), `tui`, `practise`, `point`, `checklist`, `due`, `upkeep`, `drills`.

pub mod checklist;
pub mod cli;
pub mod content;
pub mod due;
pub mod kiosk;
pub mod kiosk_screen;
pub mod messages;
pub mod plan;
pub mod progress;
pub mod stats;
pub mod tui;

use crate::content::{Locale, Phase, WarningLevel};

mod upkeep;
pub use upkeep::*;

pub struct Strings {
    pub before: &'static str,
    pub during: &'static str,
    pub after: &'static str,
    pub never: &'static str,
    pub warnings: &'static str,
    pub note: &'static str,
    pub related: &'static str,
    pub sources: &'static str,
    pub reviewed: &'static str,
    pub hazard: &'static str,
    pub category: &'static str,
    pub emergency_numbers: &'static str,
    pub quiz: &'static str,
    pub answer: &'static str,
    pub blue: &'static str,
    pub yellow: &'static str,
    pub orange: &'static str,
    pub red: &'static str,
    pub no_results: &'static str,
    pub unknown_point: &'static str,
    pub did_you_mean: &'static str,
    pub points: &'static str,
    pub contents: &'static str,
}

pub static EN: Strings = Strings {
    before: "Before: prepare now",
    during: "During: what to do",
    after: "After: recover safely",
    never: "Never do this",
    warnings: "Warning signals",
    note: "Note",
    related: "Related",
    sources: "Sources",
    reviewed: "Reviewed",
    hazard: "Hazard class",
    category: "Category",
    emergency_numbers: "Emergency numbers",
    quiz: "Check yourself",
    answer: "Answer",
    blue: "Blue",
    yellow: "Yellow",
    orange: "Orange",
    red: "Red",
    no_results: "No point matches",
    unknown_point: "No point has the id",
    did_you_mean: "Did you mean",
    points: "points",
    contents: "Contents",
};

pub static ZH: Strings = Strings {
    before: "事前：提前准备",
    during: "事中：如何应对",
    after: "事后：安全恢复",
    never: "切勿这样做",
    warnings: "预警信号",
    note: "说明",
    related: "相关要点",
    sources: "依据",
    reviewed: "审校日期",
    hazard: "突发事件类别",
    category: "类别",
    emergency_numbers: "紧急电话",
    quiz: "自测题",
    answer: "答案",
    blue: "蓝色",
    yellow: "黄色",
    orange: "橙色",
    red: "红色",
    no_results: "没有找到相关要点",
    unknown_point: "没有这个编号的要点",
    did_you_mean: "你要找的是不是",
    points: "个要点",
    contents: "目录",
};

pub fn strings(locale: Locale) -> &'static Strings {
    match locale {
        Locale::En => &EN,
        Locale::ZhHans => &ZH,
    }
}

impl Strings {
    pub fn phase(&self, phase: Phase) -> &'static str {
        match phase {
            Phase::Before => self.before,
            Phase::During => self.during,
            Phase::After => self.after,
            Phase::Never => self.never,
        }
    }

    pub fn level(&self, level: WarningLevel) -> &'static str {
        match level {
            WarningLevel::Blue => self.blue,
            WarningLevel::Yellow => self.yellow,
            WarningLevel::Orange => self.orange,
            WarningLevel::Red => self.red,
        }
    }
}

/// The messages' language from `LC_ALL`, then `LC_MESSAGES`, then `LANG`,
/// as POSIX orders them.
pub fn locale_from_env() -> Locale {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .map_or(Locale::En, |v| Locale::from_env_value(&v))
}

/// The colon after a label: full-width in Chinese.
pub fn colon(locale: Locale) -> &'static str {
    match locale {
        Locale::En => ": ",
        Locale::ZhHans => "：",
    }
}

mod drills;
mod point;
mod practise;
pub use drills::{Drills, drills, outcome, outcome_mark, verdict};
pub use point::{Section, section_tab};
pub use practise::*;

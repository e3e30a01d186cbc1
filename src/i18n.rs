//! Every interface string, in one place and both languages. Content text
//! comes from the content set; these are the words around it.

pub mod checklist;
pub mod content;
pub mod due;
pub mod messages;
pub mod progress;
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

/// The parts of a point, as the reader jumps between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Summary,
    Warnings,
    Phase(Phase),
    Related,
    Sources,
}

/// Short names for the section tabs of a point.
pub fn section_tab(locale: Locale, section: Section) -> &'static str {
    let zh = locale == Locale::ZhHans;
    match section {
        Section::Summary => {
            if zh {
                "概要"
            } else {
                "Summary"
            }
        }
        Section::Warnings => {
            if zh {
                "预警"
            } else {
                "Warnings"
            }
        }
        Section::Phase(Phase::Before) => {
            if zh {
                "事前"
            } else {
                "Before"
            }
        }
        Section::Phase(Phase::During) => {
            if zh {
                "事中"
            } else {
                "During"
            }
        }
        Section::Phase(Phase::After) => {
            if zh {
                "事后"
            } else {
                "After"
            }
        }
        Section::Phase(Phase::Never) => {
            if zh {
                "切勿"
            } else {
                "Never"
            }
        }
        Section::Related => {
            if zh {
                "相关"
            } else {
                "Related"
            }
        }
        Section::Sources => {
            if zh {
                "依据"
            } else {
                "Sources"
            }
        }
    }
}

/// Words of the practise screens.
pub struct Practise {
    pub heading: &'static str,
    pub self_check: &'static str,
    pub mistakes: &'static str,
    pub readiness: &'static str,
    pub question_of: &'static str,
    pub select_all: &'static str,
    pub right: &'static str,
    pub wrong: &'static str,
    pub the_answer: &'static str,
    pub read_point: &'static str,
    pub next: &'static str,
    pub results: &'static str,
    pub score: &'static str,
    pub by_category: &'static str,
    pub missed: &'static str,
    pub all_right: &'static str,
    pub retry: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub level: &'static str,
    pub to_do: &'static str,
    pub nothing_to_do: &'static str,
    pub household: &'static str,
    pub people: &'static str,
    /// The unit for a household of one: "1 people" reads wrong.
    pub person: &'static str,
    pub why: &'static str,
    pub where_kept: &'static str,
    pub check: &'static str,
    pub ticked: &'static str,
    pub no_mistakes: &'static str,
}

pub static PRACTISE_EN: Practise = Practise {
    heading: "Practise and prepare",
    self_check: "Self-check: 10 questions",
    mistakes: "Review my mistakes",
    readiness: "How ready is your household?",
    question_of: "Question {n} of {total}",
    select_all: "Select all that apply, then press Enter.",
    right: "✓ Right.",
    wrong: "✗ Not quite.",
    the_answer: "The answer:",
    read_point: "Read the point",
    next: "Next ▶",
    results: "Your results",
    score: "Score",
    by_category: "By category",
    missed: "Missed questions",
    all_right: "All right. Well done!",
    retry: "Retry the missed ones",
    yes: "Yes",
    no: "No",
    level: "Level",
    to_do: "To do",
    nothing_to_do: "Nothing to fix: keep it up and check again in six months.",
    household: "People at home",
    people: "people",
    person: "person",
    why: "Why",
    where_kept: "Where",
    check: "Check",
    ticked: "done",
    no_mistakes: "no mistakes saved",
};

pub static PRACTISE_ZH: Practise = Practise {
    heading: "自测与准备",
    self_check: "随机自测（10题）",
    mistakes: "复习错题",
    readiness: "家庭应急准备自查",
    question_of: "第{n}题，共{total}题",
    select_all: "多选题：选出所有正确答案，再按 Enter。",
    right: "✓ 答对了。",
    wrong: "✗ 答错了。",
    the_answer: "正确答案：",
    read_point: "查看要点",
    next: "下一题 ▶",
    results: "测验结果",
    score: "得分",
    by_category: "分类得分",
    missed: "答错的题",
    all_right: "全部答对，真棒！",
    retry: "重做错题",
    yes: "是",
    no: "否",
    level: "等级",
    to_do: "待改进",
    nothing_to_do: "没有需要改进的地方，请保持，半年后再自查一次。",
    household: "家庭人数",
    people: "人",
    person: "人",
    why: "用途",
    where_kept: "存放",
    check: "检查",
    ticked: "已完成",
    no_mistakes: "暂无错题",
};

impl Practise {
    /// "people" or "person", as the number of people at home needs.
    pub fn people_unit(&self, n: u32) -> &'static str {
        if n == 1 { self.person } else { self.people }
    }
}

pub fn practise(locale: Locale) -> &'static Practise {
    match locale {
        Locale::En => &PRACTISE_EN,
        Locale::ZhHans => &PRACTISE_ZH,
    }
}

/// The colon after a label: full-width in Chinese.
pub fn colon(locale: Locale) -> &'static str {
    match locale {
        Locale::En => ": ",
        Locale::ZhHans => "：",
    }
}

/// Said when a quiz is left before its end: nothing answered was lost.
pub fn left_quiz(locale: Locale, answered: usize) -> String {
    match locale {
        Locale::En if answered == 1 => "1 question answered; mistakes saved, no score for an unfinished quiz".into(),
        Locale::En => format!("{answered} questions answered; mistakes saved, no score for an unfinished quiz"),
        Locale::ZhHans => format!("已答 {answered} 题，错题已保存；未做完的测验不计分"),
    }
}

/// The marks on a select-all question once it is answered.
pub fn select_all_marks(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "[✓] you ticked it, right   [✗] you ticked it, wrong   [!] you missed it",
        Locale::ZhHans => "[✓] 选对了   [✗] 选错了   [!] 漏选了",
    }
}

/// The button that submits the ticked options of a select-all question.
pub fn submit(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "Submit",
        Locale::ZhHans => "提交",
    }
}

/// Under a readiness question already answered: the answer kept.
pub fn readiness_saved(locale: Locale, answer: &str) -> String {
    match locale {
        Locale::En => format!("Your answer last time: {answer}"),
        Locale::ZhHans => format!("上次的回答：{answer}"),
    }
}

mod drills;
pub use drills::{Drills, drills, outcome, outcome_mark, verdict};

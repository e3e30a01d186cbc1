//! Words of the practise screens: quizzes, mistakes, the readiness check
//! and the household size.

use crate::content::Locale;

/// Words of the practise screens.
pub struct Practise {
    pub heading: &'static str,
    pub self_check: &'static str,
    pub mistakes: &'static str,
    pub readiness: &'static str,
    pub question_of: &'static str,
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

/// Said when a quiz is left before its end: nothing answered was lost.
pub fn left_quiz(locale: Locale, answered: usize) -> String {
    match locale {
        Locale::En if answered == 1 => "1 question answered; mistakes saved, no score for an unfinished quiz".into(),
        Locale::En => format!("{answered} questions answered; mistakes saved, no score for an unfinished quiz"),
        Locale::ZhHans => format!("已答 {answered} 题，错题已保存；未做完的测验不计分"),
    }
}

/// How to answer a select-all question; `key` submits it.
pub fn select_all(locale: Locale, key: &str) -> String {
    match locale {
        Locale::En => format!("Select all that apply, then press {key}."),
        Locale::ZhHans => format!("多选题：选出所有正确答案，再按 {key}。"),
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

/// Right or wrong, then the right answers: "Wrong. The answer: 1. …; 3. …".
/// Chinese puts no space after full-width punctuation (。：).
pub fn answer_line(locale: Locale, verdict: &str, answers: &[String]) -> String {
    let t = practise(locale);
    match locale {
        Locale::En => format!("{verdict} {} {}", t.the_answer, answers.join("; ")),
        Locale::ZhHans => format!("{verdict}{}{}", t.the_answer, answers.join("；")),
    }
}

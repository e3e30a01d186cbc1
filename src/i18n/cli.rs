//! The plain-text faces' own words (`--plain` quiz, checklist and plan,
//! `ready due`, `ready practise`): what they ask and answer on the command
//! line. Each is an exhaustive match on the language.

use crate::content::Locale;

/// "Question 2/10 (Flood)".
pub fn question_heading(locale: Locale, n: usize, total: usize, point: &str) -> String {
    match locale {
        Locale::En => format!("Question {n}/{total} ({point})"),
        Locale::ZhHans => format!("第{n}/{total}题（{point}）"),
    }
}

/// The prompt for an answer: one number, or all that apply.
pub fn answer_prompt(locale: Locale, multiple: bool) -> &'static str {
    match (locale, multiple) {
        (Locale::En, true) => "Answer (all that apply, e.g. 1,3): ",
        (Locale::ZhHans, true) => "请作答（多选，如 1,3）：",
        (Locale::En, false) => "Answer (a number): ",
        (Locale::ZhHans, false) => "请作答（填编号）：",
    }
}

/// After an answer that names no option.
pub fn answer_again(locale: Locale, options: usize, multiple: bool) -> String {
    match locale {
        Locale::En => format!(
            "Please answer with {} from 1 to {options}.",
            if multiple { "numbers" } else { "a number" }
        ),
        Locale::ZhHans => format!(
            "请输入 1 到 {options} 之间的编号{}。",
            if multiple { "，多个用逗号分开" } else { "" }
        ),
    }
}

/// Right, or wrong with the right answers' numbers; the explanation follows.
pub fn verdict(locale: Locale, correct: bool, right: &[String]) -> String {
    match (locale, correct) {
        (Locale::En, true) => "Right. ".to_string(),
        (Locale::ZhHans, true) => "答对了。".to_string(),
        (Locale::En, false) => format!("Wrong. The answer: {}. ", right.join(", ")),
        (Locale::ZhHans, false) => format!("答错了。正确答案：{}。", right.join("、")),
    }
}

pub fn score(locale: Locale, right: usize, answered: usize) -> String {
    match locale {
        Locale::En => format!("Score: {right}/{answered}"),
        Locale::ZhHans => format!("得分：{right}/{answered}"),
    }
}

/// Ticked items of a checklist, after the plain checklist.
pub fn done(locale: Locale, done: usize, total: usize) -> String {
    match locale {
        Locale::En => format!("Done: {done}/{total}"),
        Locale::ZhHans => format!("已完成：{done}/{total}"),
    }
}

/// What the plain checklist says to a line it cannot use.
pub enum Retry {
    NoDate,
    BadDate,
    /// Not an item's number: from 1 to this.
    Unknown(usize),
    /// Not a plan field's number (after `p`): from 1 to this.
    PlanField(usize),
}

pub fn retry(locale: Locale, why: Retry) -> String {
    match (locale, why) {
        (Locale::En, Retry::NoDate) => "That item does not take a date.".to_string(),
        (Locale::ZhHans, Retry::NoDate) => "这一项不需要记日期。".to_string(),
        (Locale::En, Retry::BadDate) => "Please write a real date as year-month-day, e.g. 2027-05-01.".to_string(),
        (Locale::ZhHans, Retry::BadDate) => "日期请写成 年-月-日，如 2027-05-01，且须是真实存在的日期。".to_string(),
        (Locale::En, Retry::Unknown(n)) => format!("Please type a number from 1 to {n}."),
        (Locale::ZhHans, Retry::Unknown(n)) => format!("请输入 1 到 {n} 之间的编号。"),
        (Locale::En, Retry::PlanField(n)) => format!("Please type p and a number from 1 to {n}."),
        (Locale::ZhHans, Retry::PlanField(n)) => format!("请输入 p 和 1 到 {n} 之间的编号。"),
    }
}

/// " — use by 2 Dec 2026 (in 3 days)" after an item, or that none is set.
pub fn date_note(locale: Locale, dated: Option<(&str, &str)>) -> String {
    match (locale, dated) {
        (Locale::En, Some((label, when))) => format!(" — {label} ({when})"),
        (Locale::ZhHans, Some((label, when))) => format!("——{label}（{when}）"),
        (Locale::En, None) => " — no date set".to_string(),
        (Locale::ZhHans, None) => "——尚未设置日期".to_string(),
    }
}

/// The extra hint for the family plan.
pub fn plan_hint(locale: Locale) -> &'static str {
    match locale {
        Locale::En => {
            "Your plan's own details: p lists them, p 3 138 0000 0000 fills one in, p 3 - empties it \
             (kept only on this computer)."
        }
        Locale::ZhHans => "预案信息：输入 p 查看，p 3 138 0000 0000 填写一项，p 3 - 清空（只保存在本机）。",
    }
}

/// `ready due`'s heading, or that nothing is due.
pub fn due_heading(locale: Locale, days: u32, anything: bool) -> String {
    match (locale, anything) {
        (Locale::En, true) => format!("Due in the next {days} days:"),
        (Locale::ZhHans, true) => format!("未来{days}天内到期："),
        (Locale::En, false) => format!("Nothing due in the next {days} days."),
        (Locale::ZhHans, false) => format!("未来{days}天内没有到期的物品或检查。"),
    }
}

/// `ready practise --mistakes` with none saved.
pub fn no_mistakes(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "No questions to ask: no mistakes are saved yet.",
        Locale::ZhHans => "没有可做的题：还没有保存的错题。",
    }
}

/// `export --plan --format json`: the plan is a page, not data.
pub fn plan_is_a_page(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "the family plan is exported as a page to print: use --format md or --format html",
        Locale::ZhHans => "家庭预案导出为可打印的一页：请用 --format md 或 --format html",
    }
}

/// After `ready:` when a file given on the command line cannot be read.
pub fn cannot_read(locale: Locale, name: &str, why: &str) -> String {
    match locale {
        Locale::En => format!("cannot read {name}: {why}"),
        Locale::ZhHans => format!("无法读取 {name}：{why}"),
    }
}

/// How to use the plain checklist; with dates when the list has any.
pub fn checklist_hint(locale: Locale, dated: bool) -> &'static str {
    match (locale, dated) {
        (Locale::En, false) => "Type a number to tick or untick it; an empty line or end of input finishes.",
        (Locale::En, true) => {
            "Type a number to tick or untick it, a number and a date (3 2027-05-01) to set its \
                               date, or a number and done (3 done) if you checked it today; an empty line or end \
                               of input finishes."
        }
        (Locale::ZhHans, false) => "输入编号勾选或取消勾选；直接回车或输入结束即退出。",
        (Locale::ZhHans, true) => {
            "输入编号勾选或取消勾选；输入编号和日期（如 3 2027-05-01）设置日期；\
                                   今天检查过的，输入编号和“完成”（如 3 完成）；直接回车或输入结束即退出。"
        }
    }
}

/// After `ready:` when `ready man` cannot render the page.
pub fn cannot_render_man(locale: Locale, why: &str) -> String {
    match locale {
        Locale::En => format!("cannot render the man page: {why}"),
        Locale::ZhHans => format!("无法生成手册页：{why}"),
    }
}

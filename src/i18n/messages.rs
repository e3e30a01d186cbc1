//! The command line's own sentences: errors, notices and the headings of
//! `ready check`, in both languages. Counts agree with their nouns ("1
//! point", "2 points"); Chinese uses measure words and full-width marks.

use crate::content::Locale;

/// What an unknown id was meant to name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Point,
    Category,
    Checklist,
    Drill,
}

/// "1 point", "3 points"; Chinese has no plural, only a measure word.
fn count(locale: Locale, n: usize, one: &str, many: &str, zh: &str) -> String {
    match locale {
        Locale::En if n == 1 => format!("1 {one}"),
        Locale::En => format!("{n} {many}"),
        Locale::ZhHans => format!("{n} {zh}"),
    }
}

/// "no point `x`; did you mean `a` or `b`?", the one form every command uses
/// for an id it does not know. With nothing close, a short list of what
/// exists, or where to find it when the list is long.
pub fn unknown_id(locale: Locale, kind: Kind, id: &str, near: &[&str], known: &[&str]) -> String {
    let zh = locale == Locale::ZhHans;
    let what = match (kind, zh) {
        (Kind::Point, false) => "point",
        (Kind::Category, false) => "category",
        (Kind::Checklist, false) => "checklist",
        (Kind::Drill, false) => "drill",
        (Kind::Point, true) => "要点",
        (Kind::Category, true) => "类别",
        (Kind::Checklist, true) => "清单",
        (Kind::Drill, true) => "情景演练",
    };
    let head = if zh {
        format!("没有编号为 `{id}` 的{what}")
    } else {
        format!("no {what} has the id `{id}`")
    };
    let hint = if !near.is_empty() {
        did_you_mean(locale, near)
    } else if known.len() <= 12 {
        let list = quoted(known, if zh { "、" } else { ", " });
        if zh {
            format!("；可用的编号：{list}")
        } else {
            format!("; the ids are {list}")
        }
    } else if zh {
        "；`ready list` 列出所有编号".to_string()
    } else {
        "; `ready list` shows every id".to_string()
    };
    format!("{head}{hint}")
}

/// "; did you mean `a`, `b` or `c`?", appended to a message that names
/// something unknown (an id on the command line, a field in a file).
pub fn did_you_mean(locale: Locale, near: &[&str]) -> String {
    match locale {
        Locale::En => {
            let quoted: Vec<String> = near.iter().map(|n| format!("`{n}`")).collect();
            let list = match quoted.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
                _ => quoted.join(""),
            };
            format!("; did you mean {list}?")
        }
        Locale::ZhHans => format!("；你要找的是不是 {}？", quoted(near, "、")),
    }
}

fn quoted(ids: &[&str], separator: &str) -> String {
    ids.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(separator)
}

/// The name of a content set in messages: its directory, or the built-in one.
pub fn builtin_guide(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "the built-in guide",
        Locale::ZhHans => "内置指南",
    }
}

/// After the diagnostics of a set that does not load.
pub fn problems(locale: Locale, set: &str, n: usize, again: &str) -> String {
    match locale {
        Locale::En if n == 1 => format!("{set} has 1 problem; fix it, then `{again}` shows what is left"),
        Locale::En => format!("{set} has {n} problems; fix them, then `{again}` shows what is left"),
        Locale::ZhHans => format!("{set} 有 {n} 处问题；改正后运行 `{again}` 查看剩下的问题"),
    }
}

/// The line that stands for the diagnostics not printed.
pub fn and_more(locale: Locale, n: usize) -> String {
    match locale {
        Locale::En => format!("… and {n} more"),
        Locale::ZhHans => format!("……另有 {n} 处问题未列出"),
    }
}

/// What a set that checks clean holds.
pub struct Tally {
    pub categories: usize,
    pub points: usize,
    pub questions: usize,
    pub checklists: usize,
    pub drills: usize,
    pub readiness: bool,
}

/// `ready check`'s verdict on a valid set.
pub fn check_ok(locale: Locale, t: &Tally) -> String {
    let zh = locale == Locale::ZhHans;
    let parts = [
        count(locale, t.categories, "category", "categories", "个类别"),
        count(locale, t.points, "point", "points", "个要点"),
        count(locale, t.questions, "quiz question", "quiz questions", "道自测题"),
        count(locale, t.checklists, "checklist", "checklists", "份清单"),
        count(locale, t.drills, "drill", "drills", "个演练"),
        match (t.readiness, zh) {
            (true, false) => "a readiness check".to_string(),
            (false, false) => "no readiness check (readiness.toml)".to_string(),
            (true, true) => "含家庭应急准备自查".to_string(),
            (false, true) => "没有家庭应急准备自查（readiness.toml）".to_string(),
        },
    ];
    if zh {
        format!("通过：{}", parts.join("，"))
    } else {
        format!("ok: {}", parts.join(", "))
    }
}

/// Before a warning that does not stop the set from loading.
pub fn warning(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "warning: ",
        Locale::ZhHans => "警告：",
    }
}

/// After `ready:` when progress could not be written.
pub fn cannot_save(locale: Locale, why: &str) -> String {
    match locale {
        Locale::En => format!("cannot save progress: {why}"),
        Locale::ZhHans => format!("无法保存进度：{why}"),
    }
}

pub fn cannot_write(locale: Locale, path: &str, why: &str) -> String {
    match locale {
        Locale::En => format!("cannot write {path}: {why}"),
        Locale::ZhHans => format!("无法写入 {path}：{why}"),
    }
}

pub fn cannot_write_output(locale: Locale, why: &str) -> String {
    match locale {
        Locale::En => format!("cannot write output: {why}"),
        Locale::ZhHans => format!("无法输出：{why}"),
    }
}

/// `ready search` with nothing to look for: a usage error, not "no match".
pub fn empty_search(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "search needs a word to look for, e.g. `ready search earthquake` or `ready search 地震`",
        Locale::ZhHans => "请给出要搜索的词，例如 `ready search 地震` 或 `ready search dizhen`",
    }
}

/// `ready search` found nothing.
pub fn no_match(locale: Locale, query: &str) -> String {
    match locale {
        Locale::En => format!("no point matches “{query}”"),
        Locale::ZhHans => format!("没有找到与“{query}”相关的要点"),
    }
}

/// `TERM=dumb` or no `TERM`: the full-screen guide would be escape codes.
pub fn dumb_terminal(locale: Locale, term: &str) -> String {
    match locale {
        Locale::En => format!(
            "this terminal (TERM={term}) cannot show the full-screen guide; use `ready list`, `ready show ID`, \
             `ready quiz --plain`, `ready checklist --plain ID` or `ready drill --plain ID`"
        ),
        Locale::ZhHans => format!(
            "这个终端（TERM={term}）无法显示全屏指南；请改用 `ready list`、`ready show 编号`、\
             `ready quiz --plain`、`ready checklist --plain 编号` 或 `ready drill --plain 编号`"
        ),
    }
}

pub fn needs_terminal(locale: Locale) -> &'static str {
    match locale {
        Locale::En => {
            "the interactive guide needs a terminal; try `ready list`, `ready show ID`, `--plain` or `ready --help`"
        }
        Locale::ZhHans => {
            "交互式指南需要在终端中运行；可以试试 `ready list`、`ready show 编号`、`--plain` 或 `ready --help`"
        }
    }
}

pub fn terminal_error(locale: Locale, why: &str) -> String {
    match locale {
        Locale::En => format!("terminal error: {why}"),
        Locale::ZhHans => format!("终端出错：{why}"),
    }
}

/// `export --checklist` in a format other than Markdown.
pub fn checklist_markdown_only(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "a checklist is exported as Markdown: use --format md",
        Locale::ZhHans => "清单只能导出为 Markdown：请用 --format md",
    }
}

/// A plain quiz's input line was not UTF-8: said, with the score so far,
/// instead of an I/O error.
pub fn input_not_utf8(locale: Locale) -> &'static str {
    match locale {
        Locale::En => {
            "That answer is not UTF-8 text, so it cannot be read; the quiz stops here. \
             Set the terminal (or the input file) to UTF-8, e.g. LANG=en_US.UTF-8."
        }
        Locale::ZhHans => {
            "这行回答不是 UTF-8 文本，无法读取，测验到此结束。请把终端（或输入文件）设为 UTF-8，例如 LANG=zh_CN.UTF-8。"
        }
    }
}

/// The same, for a plain checklist: the ticks so far are kept.
pub fn input_not_utf8_checklist(locale: Locale) -> &'static str {
    match locale {
        Locale::En => {
            "That line is not UTF-8 text, so it cannot be read; stopping here, your ticks are kept. \
             Set the terminal (or the input file) to UTF-8, e.g. LANG=en_US.UTF-8."
        }
        Locale::ZhHans => {
            "这行输入不是 UTF-8 文本，无法读取，到此结束，已勾选的都已保存。请把终端（或输入文件）设为 UTF-8，例如 LANG=zh_CN.UTF-8。"
        }
    }
}

/// The same, for a plain drill.
pub fn line_not_utf8(locale: Locale) -> &'static str {
    match locale {
        Locale::En => {
            "That line is not UTF-8 text, so it cannot be read; stopping here. \
             Set the terminal (or the input file) to UTF-8, e.g. LANG=en_US.UTF-8."
        }
        Locale::ZhHans => {
            "这行输入不是 UTF-8 文本，无法读取，到此结束。请把终端（或输入文件）设为 UTF-8，例如 LANG=zh_CN.UTF-8。"
        }
    }
}

#[cfg(test)]
#[path = "messages_tests.rs"]
mod tests;

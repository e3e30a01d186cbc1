//! `ready stats`' report of what kiosk visitors read and missed.

use crate::content::Locale;

/// The words of the report, per language.
pub struct Words {
    pub title: &'static str,
    pub per_day: &'static str,
    pub median: &'static str,
    pub resets: &'static str,
    pub quizzes: &'static str,
    pub average: &'static str,
    pub levels: &'static str,
    pub missed: &'static str,
    pub missed_line: fn(usize, usize, usize) -> String,
    pub read: &'static str,
    pub opens: fn(usize) -> String,
    pub first: &'static str,
    pub first_line: fn(usize, usize, usize) -> String,
    pub skipped: fn(usize, usize) -> String,
    pub none: &'static str,
}

pub static EN: Words = Words {
    title: "Kiosk statistics",
    per_day: "Visits per day",
    median: "Median visit",
    resets: "Idle resets",
    quizzes: "Quizzes finished",
    average: "average score",
    levels: "Readiness levels reached",
    missed: "Most-missed questions",
    missed_line: |p, w, n| format!("{p}% missed ({w} of {n})"),
    read: "Most-read points",
    opens: |n| format!("{n} open{}", if n == 1 { "" } else { "s" }),
    first: "Most common wrong first move, per drill",
    first_line: |c, n, p| format!("{c} of {n} first moves ({p}%)"),
    skipped: |lines, ids| {
        let s = |n: usize| if n == 1 { "" } else { "s" };
        format!(
            "Skipped: {lines} line{} that were not kiosk events, {ids} event{} naming an id this guide lacks",
            s(lines),
            s(ids)
        )
    },
    none: "none yet",
};

pub static ZH: Words = Words {
    title: "自助终端使用统计",
    per_day: "每日访问次数",
    median: "访问时长中位数",
    resets: "闲置重置次数",
    quizzes: "完成测验",
    average: "平均得分",
    levels: "达到的准备程度",
    missed: "答错最多的题目",
    missed_line: |p, w, n| format!("答错率 {p}%（{n} 次作答中错 {w} 次）"),
    read: "阅读最多的要点",
    opens: |n| format!("打开 {n} 次"),
    first: "各演练最常见的错误第一步",
    first_line: |c, n, p| format!("第一步共 {n} 次，其中 {c} 次（{p}%）选了"),
    skipped: |lines, ids| format!("已跳过：{lines} 行不是终端事件，{ids} 个事件引用了本指南没有的编号"),
    none: "暂无",
};

pub fn duration(seconds: u64, locale: Locale) -> String {
    let (m, s) = (seconds / 60, seconds % 60);
    match locale {
        Locale::ZhHans if m > 0 => format!("{m} 分 {s} 秒"),
        Locale::ZhHans => format!("{s} 秒"),
        Locale::En if m > 0 => format!("{m} min {s} s"),
        Locale::En => format!("{s} s"),
    }
}

pub fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::En => &EN,
        Locale::ZhHans => &ZH,
    }
}

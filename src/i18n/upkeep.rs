//! The words around dates, the due list and the family plan's details.

use crate::content::Locale;

pub struct UpkeepWords {
    pub due_title: &'static str,
    pub due_empty: &'static str,
    pub plan_title: &'static str,
    pub plan_intro: &'static str,
    pub plan_export: &'static str,
    pub plan_open: &'static str,
    pub date_title_item: &'static str,
    pub date_title_recurring: &'static str,
    pub day: &'static str,
    pub month: &'static str,
    pub year: &'static str,
    pub not_a_date: &'static str,
    pub no_date_yet: &'static str,
    pub overdue: &'static str,
    pub empty_field: &'static str,
}

static EN: UpkeepWords = UpkeepWords {
    due_title: "Due this month",
    due_empty: "Nothing is due this month.",
    plan_title: "Your family plan's details",
    plan_intro: "Kept only on this computer, in your progress file.",
    plan_export: "To print on one page: ready export --plan --format html",
    plan_open: "Your plan's details",
    date_title_item: "Date",
    date_title_recurring: "Next",
    day: "Day",
    month: "Month",
    year: "Year",
    not_a_date: "not a real date",
    no_date_yet: "no date yet",
    overdue: "OVERDUE",
    empty_field: "—",
};

static ZH: UpkeepWords = UpkeepWords {
    due_title: "本月到期",
    due_empty: "本月没有到期的物品或检查。",
    plan_title: "家庭应急预案信息",
    plan_intro: "只保存在本机的进度文件里。",
    plan_export: "打印成一页：ready export --plan --format html",
    plan_open: "填写预案信息",
    date_title_item: "日期",
    date_title_recurring: "下次",
    day: "日",
    month: "月",
    year: "年",
    not_a_date: "日期不存在",
    no_date_yet: "尚未设置日期",
    overdue: "已逾期",
    empty_field: "—",
};

pub fn upkeep_words(locale: Locale) -> &'static UpkeepWords {
    match locale {
        Locale::En => &EN,
        Locale::ZhHans => &ZH,
    }
}

/// `d` or `c` on an item that takes no date.
pub fn no_date(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "This item takes no date.",
        Locale::ZhHans => "这一项不需要记日期。",
    }
}

/// The key that acts on a line, after it: " (r)", "（r）". Empty when no
/// key does (the keymap has locked it).
pub fn key_after(locale: Locale, key: &str) -> String {
    match (key, locale) {
        ("", _) => String::new(),
        (_, Locale::ZhHans) => format!("（{key}）"),
        (_, Locale::En) => format!(" ({key})"),
    }
}

//! Dates and how far off they are, in the reader's language: the words
//! around `upkeep::due`'s data (what is due, when, and of what kind).

use jiff::civil::Date;

use crate::content::{Guide, Locale};
use crate::upkeep::due::{Dated, Kind};

/// A date for people: "2 Dec 2026", "2026年12月2日".
pub fn show(date: Date, locale: Locale) -> String {
    match locale {
        Locale::En => date.strftime("%-d %b %Y").to_string(),
        Locale::ZhHans => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
    }
}

/// What a date means, in words: "use by 2 Dec 2026".
pub fn label(kind: Kind, date: Date, locale: Locale) -> String {
    let day = show(date, locale);
    match (kind, locale) {
        (Kind::UseBy, Locale::En) => format!("use by {day}"),
        (Kind::Check, Locale::En) => format!("check by {day}"),
        (Kind::Recurring, Locale::En) => format!("next {day}"),
        (Kind::UseBy, Locale::ZhHans) => format!("{day}前用完"),
        (Kind::Check, Locale::ZhHans) => format!("{day}前检查"),
        (Kind::Recurring, Locale::ZhHans) => format!("下次{day}"),
    }
}

/// How far off a date is: "in 3 days", "today", "5 days overdue". The word
/// "overdue" carries the warning, so it survives a terminal without colour.
pub fn when(days: i64, locale: Locale) -> String {
    match (days, locale) {
        (0, Locale::En) => "today".to_string(),
        (1, Locale::En) => "tomorrow".to_string(),
        (-1, Locale::En) => "OVERDUE by 1 day".to_string(),
        (d, Locale::En) if d < 0 => format!("OVERDUE by {} days", -d),
        (d, Locale::En) => format!("in {d} days"),
        (0, Locale::ZhHans) => "就是今天".to_string(),
        (1, Locale::ZhHans) => "明天".to_string(),
        (d, Locale::ZhHans) if d < 0 => format!("已逾期{}天", -d),
        (d, Locale::ZhHans) => format!("还有{d}天"),
    }
}

/// One line of `ready due` and of the due list: what, its date, how far.
pub fn line(guide: &Guide, d: &Dated<'_>, today: Date, locale: Locale) -> String {
    let list = guide.checklists.get(d.checklist).map_or("", |c| c.title.text(locale));
    let (what, date, far) = (
        d.title.text(locale),
        label(d.kind, d.date, locale),
        when(d.days_left(today), locale),
    );
    match locale {
        Locale::En => format!("{what}: {date}, {far} ({list})"),
        Locale::ZhHans => format!("{what}：{date}，{far}（{list}）"),
    }
}

/// How many are due this month, for home: "3 items due this month".
pub fn count_line(count: usize, overdue: usize, locale: Locale) -> String {
    match locale {
        Locale::En => {
            let items = if count == 1 {
                "1 item"
            } else {
                &format!("{count} items")
            };
            if overdue > 0 {
                format!("{items} due this month, {overdue} overdue")
            } else {
                format!("{items} due this month")
            }
        }
        Locale::ZhHans if overdue > 0 => format!("本月有{count}项到期，{overdue}项已逾期"),
        Locale::ZhHans => format!("本月有{count}项到期"),
    }
}

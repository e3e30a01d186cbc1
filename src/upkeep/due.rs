//! What needs checking or replacing, and when: every saved date matched to
//! the content it belongs to, soonest first.

use jiff::civil::Date;
use serde::Serialize;

use super::{days_between, item_key, month_end, recurring_key};
use crate::content::{Checklist, Every, Guide, Locale, Text, UpkeepKind};
use crate::progress::Progress;

/// What a date means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A use-by date.
    UseBy,
    /// An item's next check.
    Check,
    /// A whole checklist's recurring check (the drill, the walk-round).
    Recurring,
}

/// One dated thing.
#[derive(Clone, Debug, PartialEq)]
pub struct Dated<'g> {
    /// `checklist/item` or, for a recurring check, `checklist`.
    pub key: String,
    /// Index into `Guide::checklists`.
    pub checklist: usize,
    /// Index of the item across the checklist's sections; none for a
    /// recurring check.
    pub item: Option<usize>,
    pub kind: Kind,
    pub title: &'g Text,
    pub every: Every,
    pub date: Date,
}

impl Dated<'_> {
    pub fn days_left(&self, today: Date) -> i64 {
        days_between(today, self.date)
    }

    pub fn overdue(&self, today: Date) -> bool {
        self.date < today
    }
}

/// Every date the reader has set that still matches the content, soonest
/// first (ties in content order). Dates for items the content no longer
/// has are left alone in the file, but not shown.
pub fn dated<'g>(guide: &'g Guide, progress: &Progress) -> Vec<Dated<'g>> {
    let mut out = Vec::new();
    for (c, list) in guide.checklists.iter().enumerate() {
        if let Some(recurring) = &list.recurring
            && let Some(&date) = progress.dates.get(&recurring_key(list))
        {
            out.push(Dated {
                key: recurring_key(list),
                checklist: c,
                item: None,
                kind: Kind::Recurring,
                title: &recurring.title,
                every: recurring.every,
                date,
            });
        }
        out.extend(items(list, c, progress));
    }
    out.sort_by_key(|d| d.date);
    out
}

fn items<'g>(list: &'g Checklist, c: usize, progress: &Progress) -> impl Iterator<Item = Dated<'g>> {
    crate::checklist::items(list).enumerate().filter_map(move |(i, item)| {
        let upkeep = item.upkeep?;
        let key = item_key(list, item);
        let date = *progress.dates.get(&key)?;
        Some(Dated {
            key,
            checklist: c,
            item: Some(i),
            kind: match upkeep.kind {
                UpkeepKind::ShelfLife => Kind::UseBy,
                UpkeepKind::Check => Kind::Check,
            },
            title: &item.text,
            every: upkeep.every,
            date,
        })
    })
}

/// What is due within `days` of `today`, overdue included.
pub fn within<'g>(guide: &'g Guide, progress: &Progress, today: Date, days: u32) -> Vec<Dated<'g>> {
    let last = today
        .checked_add(jiff::Span::new().days(i64::from(days)))
        .unwrap_or(Date::MAX);
    dated(guide, progress).into_iter().filter(|d| d.date <= last).collect()
}

/// What is due by the end of this month, overdue included: home's line.
pub fn this_month<'g>(guide: &'g Guide, progress: &Progress, today: Date) -> Vec<Dated<'g>> {
    let last = month_end(today);
    dated(guide, progress).into_iter().filter(|d| d.date <= last).collect()
}

/// `ready due --json`: one object per dated thing, in the reader's language.
#[derive(Serialize)]
pub struct JsonItem {
    pub key: String,
    pub checklist: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    pub kind: Kind,
    pub title: String,
    pub date: String,
    pub days_left: i64,
    pub overdue: bool,
    pub every: String,
}

pub fn json_item(guide: &Guide, d: &Dated<'_>, today: Date, locale: Locale) -> JsonItem {
    let list = guide.checklists.get(d.checklist);
    JsonItem {
        key: d.key.clone(),
        checklist: list.map(|c| c.id.clone()).unwrap_or_default().to_string(),
        item: d.key.split_once('/').map(|(_, item)| item.to_string()),
        kind: d.kind,
        title: d.title.text(locale).to_string(),
        date: d.date.to_string(),
        days_left: d.days_left(today),
        overdue: d.overdue(today),
        every: d.every.to_string(),
    }
}

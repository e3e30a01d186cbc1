//! Keeping the household ready over time: dates on supplies that go off or
//! need a look, checks of a whole checklist that come round again, and the
//! family plan's own details. Pure: "today" is always handed in, so every
//! rule can be tested on any date.

pub mod due;
pub mod ics;
pub mod plan;

use jiff::civil::Date;
use jiff::{Span, ToSpan};

use crate::checklist;
use crate::content::{Checklist, ChecklistItem, Every, EveryUnit};
use crate::progress::Progress;

/// Today in the local time zone, for the faces to hand to the core.
pub fn today() -> Date {
    jiff::Timestamp::now().to_zoned(local_zone()).date()
}

/// The machine's time zone. Asked for it by name, jiff first lists every
/// zone under /usr/share/zoneinfo: about 0.7 ms, a third of what the guide
/// takes to start. A date needs only the zone's rules, so its file is read
/// directly: `TZ` when it names a zone (`Asia/Shanghai`, `:/etc/localtime`),
/// or else /etc/localtime. A `TZ` rule such as `CST-8`, or a system without
/// those files, takes jiff's own way.
fn local_zone() -> jiff::tz::TimeZone {
    let file = match std::env::var("TZ") {
        Ok(tz) => zone_file(tz.strip_prefix(':').unwrap_or(&tz)),
        Err(std::env::VarError::NotPresent) => Some("/etc/localtime".into()),
        Err(std::env::VarError::NotUnicode(_)) => None,
    };
    if let Some(file) = file
        && let Ok(data) = std::fs::read(file)
        && let Ok(zone) = jiff::tz::TimeZone::tzif("local", &data)
    {
        return zone;
    }
    jiff::tz::TimeZone::system()
}

/// Where the rules for a `TZ` value are kept, if it names a zone file.
fn zone_file(tz: &str) -> Option<std::path::PathBuf> {
    let path = std::path::Path::new(tz);
    if path.is_absolute() {
        return Some(path.into());
    }
    let named = !tz.is_empty() && path.components().all(|c| matches!(c, std::path::Component::Normal(_)));
    let dir = std::env::var_os("TZDIR").unwrap_or_else(|| "/usr/share/zoneinfo".into());
    named.then(|| std::path::Path::new(&dir).join(path))
}

/// `date` moved on by `every`, as a calendar counts: 31 January plus a month
/// is the last day of February, 29 February plus a year is 28 February.
/// Saturates at the end of the calendar rather than failing.
pub fn after(date: Date, every: Every) -> Date {
    let count = i64::from(every.count);
    let span: Span = match every.unit {
        EveryUnit::Days => count.days(),
        EveryUnit::Weeks => count.weeks(),
        EveryUnit::Months => count.months(),
        EveryUnit::Years => count.years(),
    };
    date.checked_add(span).unwrap_or(Date::MAX)
}

/// Days from `today` to `date`: negative when it is past.
pub fn days_between(today: Date, date: Date) -> i64 {
    // Both are valid civil dates, so the difference always fits.
    date.since(today).map_or(0, |span| i64::from(span.get_days()))
}

/// The last day of `today`'s month.
pub fn month_end(today: Date) -> Date {
    today.last_of_month()
}

/// A date typed by a person: `2027-03-01`, `2027/3/1` or `2027.3.1`.
pub fn parse(text: &str) -> Option<Date> {
    let mut parts = text.trim().split(['-', '/', '.']);
    let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    let year: i16 = y.parse().ok()?;
    if !(1900..=2200).contains(&year) {
        return None;
    }
    Date::new(year, m.parse().ok()?, d.parse().ok()?).ok()
}

/// How an item's date is saved: the same key as its tick.
pub fn item_key(list: &Checklist, item: &ChecklistItem) -> String {
    checklist::key(list, item)
}

/// How a checklist's recurring check is saved: the checklist's own id
/// (an item's key always has a `/`, so the two never meet).
pub fn recurring_key(list: &Checklist) -> String {
    list.id.to_string()
}

/// Ticks or unticks an item. A dated item ticked with no date gets the
/// suggested one (today plus its shelf life or check interval); an item
/// unticked is no longer kept, so its date goes too. Returns whether it is
/// now ticked.
pub fn toggle(progress: &mut Progress, list: &Checklist, item: &ChecklistItem, today: Date) -> bool {
    let key = item_key(list, item);
    let ticked = checklist::toggle(&mut progress.ticks, list, item);
    if !ticked {
        progress.dates.remove(&key);
    } else if let Some(upkeep) = item.upkeep {
        progress.dates.entry(key).or_insert_with(|| after(today, upkeep.every));
    }
    ticked
}

/// Sets an item's date; a dated item is one the household has, so it is
/// ticked too.
pub fn set_item_date(progress: &mut Progress, list: &Checklist, item: &ChecklistItem, date: Date) {
    let key = item_key(list, item);
    progress.ticks.insert(key.clone());
    progress.dates.insert(key, date);
}

/// Done today: the item or check is next due one interval from now (an
/// item checked is an item the household has, so it is ticked too).
pub fn done_today(progress: &mut Progress, key: String, every: Every, today: Date) {
    if key.contains('/') {
        progress.ticks.insert(key.clone());
    }
    progress.dates.insert(key, after(today, every));
}

#[cfg(test)]
mod tests;

//! `ready due --ics FILE`: every date as an all-day event with a morning
//! reminder, importable into any phone or desktop calendar. Recurring
//! checks repeat in the calendar too.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, EventLike, Trigger};
use jiff::civil::Date;

use super::due::{Dated, Kind, dated};
use crate::content::{EveryUnit, Guide, Locale};
use crate::i18n::due::label;
use crate::i18n::plan;
use crate::progress::Progress;

/// The calendar of every dated thing. An overdue one is put on `today`, so
/// that its reminder still fires; its description keeps the real date.
pub fn calendar(guide: &Guide, progress: &Progress, today: Date, locale: Locale) -> Calendar {
    let mut cal = Calendar::new();
    cal.name(plan::calendar_name(locale));
    for d in dated(guide, progress) {
        cal.push(event(guide, &d, today, locale));
    }
    cal.done()
}

fn event(guide: &Guide, d: &Dated<'_>, today: Date, locale: Locale) -> icalendar::Event {
    let list = guide.checklists.get(d.checklist);
    let list_title = list.map_or("", |c| c.title.text(locale));
    let summary = plan::event_summary(locale, d.title.text(locale), &label(d.kind, d.date, locale));
    let check = list
        .and_then(|c| d.item.and_then(|i| crate::checklist::items(c).nth(i)))
        .and_then(|item| item.check.as_ref())
        .map(|t| t.text(locale));
    let description = match check {
        Some(check) => format!("{list_title}\n{check}"),
        None => list_title.to_string(),
    };
    let day = naive(d.date.max(today));
    let reminder = plan::reminder(locale, d.title.text(locale));
    let mut event = icalendar::Event::new();
    event
        .uid(&format!("{}@ready", d.key.replace('/', "-")))
        .timestamp(Utc.from_utc_datetime(&naive(today).and_hms_opt(0, 0, 0).unwrap_or_default()))
        .summary(&summary)
        .description(&description)
        .all_day(day)
        // DTEND is exclusive: a one-day event ends the next day (some
        // calendars drop an event that ends as it starts).
        .ends(day.succ_opt().unwrap_or(day))
        // Nine in the morning of the day: a reminder at midnight is missed.
        .alarm(Alarm::display(&reminder, Trigger::after_start(Duration::hours(9))));
    if d.kind == Kind::Recurring {
        let freq = match d.every.unit {
            EveryUnit::Days => "DAILY",
            EveryUnit::Weeks => "WEEKLY",
            EveryUnit::Months => "MONTHLY",
            EveryUnit::Years => "YEARLY",
        };
        event.add_property("RRULE", format!("FREQ={freq};INTERVAL={}", d.every.count));
    }
    event.done()
}

fn naive(date: Date) -> NaiveDate {
    NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::from(date.month().unsigned_abs()),
        u32::from(date.day().unsigned_abs()),
    )
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Progress;
    use icalendar::{CalendarComponent, DatePerhapsTime};
    use jiff::civil::date;

    #[test]
    fn the_written_file_parses_back_with_every_event_its_date_and_alarm() {
        let guide = crate::content::embedded().unwrap();
        let mut p = Progress::new();
        p.dates.insert("supplies/water".into(), date(2026, 11, 20));
        p.dates.insert("supplies/extinguisher".into(), date(2027, 1, 31));
        p.dates.insert("family-plan".into(), date(2027, 5, 12));
        let today = date(2026, 12, 2);
        let text = calendar(&guide, &p, today, Locale::ZhHans).to_string();
        let back: Calendar = text.parse().unwrap();
        let events: Vec<_> = back
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect();
        assert_eq!(events.len(), 3, "{text}");
        let start = |i: usize| match events[i].get_start() {
            Some(DatePerhapsTime::Date(d)) => d,
            other => panic!("not an all-day event: {other:?}"),
        };
        // Soonest first; the overdue water is put on today so its alarm fires.
        assert_eq!(start(0), NaiveDate::from_ymd_opt(2026, 12, 2).unwrap());
        assert!(events[0].get_summary().unwrap().starts_with("饮用水"), "{text}");
        assert!(
            events[0].get_description().unwrap().contains("2026年11月20日")
                || events[0].get_summary().unwrap().contains("2026年11月20日")
        );
        assert_eq!(start(1), NaiveDate::from_ymd_opt(2027, 1, 31).unwrap());
        assert_eq!(start(2), NaiveDate::from_ymd_opt(2027, 5, 12).unwrap());
        assert_eq!(events[2].property_value("RRULE"), Some("FREQ=MONTHLY;INTERVAL=6"));
        assert_eq!(
            events[1].property_value("RRULE"),
            None,
            "an item's date is not a series"
        );
        assert_eq!(
            events[1].get_end(),
            Some(DatePerhapsTime::Date(NaiveDate::from_ymd_opt(2027, 2, 1).unwrap())),
            "a whole day, ending (exclusively) the next"
        );
        for e in &events {
            assert!(e.get_uid().is_some_and(|u| u.ends_with("@ready")));
            assert_eq!(e.components().len(), 1, "one alarm each");
            assert_eq!(e.components()[0].property_value("ACTION"), Some("DISPLAY"));
        }
    }
}

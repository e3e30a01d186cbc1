use jiff::civil::date;

use super::due::{self, Kind};
use super::*;
use crate::content::{Guide, Locale};
use crate::i18n::due::show;

fn every(s: &str) -> Every {
    s.parse().unwrap()
}

fn guide() -> Guide {
    crate::content::embedded().unwrap()
}

#[test]
fn a_month_on_from_a_months_end_is_the_next_months_end() {
    assert_eq!(after(date(2027, 1, 31), every("1 month")), date(2027, 2, 28));
    assert_eq!(
        after(date(2028, 1, 31), every("1 month")),
        date(2028, 2, 29),
        "leap year"
    );
    assert_eq!(after(date(2026, 8, 31), every("6 months")), date(2027, 2, 28));
    assert_eq!(after(date(2026, 3, 31), every("3 months")), date(2026, 6, 30));
}

#[test]
fn leap_days_move_to_the_28th_in_ordinary_years() {
    assert_eq!(after(date(2028, 2, 29), every("1 year")), date(2029, 2, 28));
    assert_eq!(after(date(2028, 2, 29), every("4 years")), date(2032, 2, 29));
    assert_eq!(after(date(2027, 12, 31), every("60 days")), date(2028, 2, 29));
    assert_eq!(after(date(2026, 12, 30), every("1 week")), date(2027, 1, 6));
}

#[test]
fn the_end_of_the_calendar_saturates_instead_of_failing() {
    assert_eq!(after(date(9999, 6, 1), every("1 year")), jiff::civil::Date::MAX);
}

#[test]
fn periods_parse_in_the_content_s_words_and_odd_ones_are_refused() {
    assert_eq!(every("1 year").to_string(), "1 year");
    assert_eq!(every("6 months").to_string(), "6 months");
    for bad in [
        "",
        "6",
        "six months",
        "0 days",
        "11 years",
        "6 fortnights",
        "1 year ago",
    ] {
        assert!(bad.parse::<Every>().is_err(), "{bad}");
    }
}

#[test]
fn typed_dates_are_validated() {
    assert_eq!(parse("2027-03-01"), Some(date(2027, 3, 1)));
    assert_eq!(parse(" 2028/2/29 "), Some(date(2028, 2, 29)));
    assert_eq!(parse("2027.12.31"), Some(date(2027, 12, 31)));
    for bad in [
        "2027-02-29",
        "2027-13-01",
        "2027-00-10",
        "27-1-1",
        "1-2-2027",
        "tomorrow",
        "2027-1",
    ] {
        assert_eq!(parse(bad), None, "{bad}");
    }
}

#[test]
fn dates_read_naturally_in_each_language() {
    assert_eq!(show(date(2026, 12, 2), Locale::En), "2 Dec 2026");
    assert_eq!(show(date(2026, 12, 2), Locale::ZhHans), "2026年12月2日");
}

#[test]
fn ticking_a_dated_item_suggests_a_date_and_unticking_drops_it() {
    let guide = guide();
    let list = guide.checklist("supplies").unwrap();
    let water = crate::checklist::items(list).find(|i| i.id == "water").unwrap();
    let whistle = crate::checklist::items(list).find(|i| i.id == "whistle").unwrap();
    let mut p = Progress::new();
    let today = date(2026, 12, 2);
    assert!(toggle(&mut p, list, water, today));
    assert_eq!(
        p.dates["supplies/water"],
        date(2027, 12, 2),
        "its shelf life from today"
    );
    toggle(&mut p, list, whistle, today);
    assert!(
        !p.dates.contains_key("supplies/whistle"),
        "no date for what does not go off"
    );
    // A date the reader typed is kept if the tick is set again.
    set_item_date(&mut p, list, water, date(2027, 3, 1));
    assert!(p.ticks.contains("supplies/water"));
    assert!(!toggle(&mut p, list, water, today));
    assert!(!p.dates.contains_key("supplies/water"));
}

#[test]
fn an_overdue_check_counts_across_a_year_end() {
    let guide = guide();
    let mut p = Progress::new();
    p.dates.insert("supplies/extinguisher".into(), date(2026, 12, 31));
    p.dates.insert("supplies/water".into(), date(2027, 3, 1));
    let today = date(2027, 1, 3);
    let due = due::within(&guide, &p, today, 30);
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].key, "supplies/extinguisher");
    assert!(due[0].overdue(today));
    assert_eq!(due[0].days_left(today), -3);
    let line = crate::i18n::due::line(&guide, &due[0], today, Locale::En);
    assert!(line.contains("OVERDUE by 3 days"), "{line}");
    assert!(crate::i18n::due::line(&guide, &due[0], today, Locale::ZhHans).contains("已逾期3天"));
    // Done today: next due in a month, at the end of the short month.
    let mut done = p.clone();
    done_today(
        &mut done,
        "supplies/extinguisher".into(),
        every("1 month"),
        date(2027, 1, 31),
    );
    assert_eq!(done.dates["supplies/extinguisher"], date(2027, 2, 28));
    assert!(done.ticks.contains("supplies/extinguisher"));
}

#[test]
fn this_month_counts_to_the_months_last_day_soonest_first() {
    let guide = guide();
    let mut p = Progress::new();
    p.dates.insert("supplies/medicines".into(), date(2028, 2, 29));
    p.dates.insert("supplies/food".into(), date(2028, 2, 1));
    p.dates.insert("family-plan".into(), date(2028, 1, 10));
    p.dates.insert("supplies/water".into(), date(2028, 3, 1));
    p.dates.insert("supplies/gone-from-content".into(), date(2028, 2, 2));
    let due = due::this_month(&guide, &p, date(2028, 2, 10));
    let keys: Vec<&str> = due.iter().map(|d| d.key.as_str()).collect();
    assert_eq!(keys, ["family-plan", "supplies/food", "supplies/medicines"]);
    assert_eq!(due[0].kind, Kind::Recurring);
    assert_eq!(due[1].kind, Kind::UseBy);
    assert_eq!(due[2].kind, Kind::Check);
    assert_eq!(
        crate::i18n::due::count_line(3, 1, Locale::En),
        "3 items due this month, 1 overdue"
    );
    assert_eq!(crate::i18n::due::count_line(1, 0, Locale::En), "1 item due this month");
    assert_eq!(
        crate::i18n::due::count_line(3, 1, Locale::ZhHans),
        "本月有3项到期，1项已逾期"
    );
}

#[test]
fn recurring_checks_come_from_content_with_six_months_by_default() {
    let guide = guide();
    let plan = guide.checklist("family-plan").unwrap().recurring.as_ref().unwrap();
    assert_eq!(plan.every, every("6 months"));
    assert_eq!(Every::DEFAULT_RECURRING, every("6 months"));
    assert!(guide.checklist("home-safety").unwrap().recurring.is_some());
}

#[test]
fn the_shipped_supplies_date_what_goes_off_or_needs_a_look() {
    let guide = guide();
    let list = guide.checklist("supplies").unwrap();
    let upkeep = |id: &str| crate::checklist::items(list).find(|i| i.id == id).unwrap().upkeep;
    use crate::content::UpkeepKind::{Check, ShelfLife};
    for (id, kind) in [
        ("water", ShelfLife),
        ("food", ShelfLife),
        ("medicines", Check),
        ("torch-radio", Check),
        ("power-bank", Check),
        ("extinguisher", Check),
        ("gauze-bandages", Check),
        ("first-aid-extras", Check),
    ] {
        assert_eq!(upkeep(id).map(|u| u.kind), Some(kind), "{id}");
    }
    assert_eq!(upkeep("whistle"), None, "a whistle does not go off");
    assert_eq!(
        upkeep("extinguisher").unwrap().every,
        every("1 month"),
        "the gauge, monthly"
    );
}

/// The date read from the zone file directly is the one jiff finds its own
/// (slower) way; read around it, so a midnight in between cannot fail it.
#[test]
fn today_is_the_local_date() {
    let before = jiff::Zoned::now().date();
    let today = super::today();
    let after = jiff::Zoned::now().date();
    assert!(
        today == before || today == after,
        "{today} is neither {before} nor {after}"
    );
}

#[test]
fn tz_names_a_zone_file_only_inside_the_zone_directory() {
    let dir = std::path::PathBuf::from(std::env::var_os("TZDIR").unwrap_or_else(|| "/usr/share/zoneinfo".into()));
    assert_eq!(super::zone_file("Asia/Shanghai"), Some(dir.join("Asia/Shanghai")));
    assert_eq!(super::zone_file("/etc/localtime"), Some("/etc/localtime".into()));
    assert_eq!(super::zone_file("../../etc/passwd"), None);
    assert_eq!(super::zone_file("Asia/../../x"), None);
    assert_eq!(super::zone_file(""), None);
}

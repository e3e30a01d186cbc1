//! The plain checklist, driven through its input and output.

use super::*;
use jiff::civil::date;

fn session(id: &str, input: &str, locale: Locale) -> (Progress, String, usize) {
    let guide = crate::content::embedded().unwrap();
    let list = guide.checklist(id).unwrap();
    let mut progress = Progress::new();
    let mut saves = 0;
    let mut out = Vec::new();
    run(
        list,
        &mut progress,
        (locale, date(2026, 12, 2)),
        &mut input.as_bytes(),
        &mut out,
        &mut |_| saves += 1,
    )
    .unwrap();
    (progress, String::from_utf8(out).unwrap(), saves)
}

#[test]
fn numbers_tick_and_untick_and_every_change_is_saved() {
    let (progress, out, saves) = session("family-plan", "2\n３\n２\nnope\n\n", Locale::En);
    let guide = crate::content::embedded().unwrap();
    let list = guide.checklist("family-plan").unwrap();
    assert_eq!(saves, 3);
    assert_eq!(progress.ticks.len(), 1, "2 was ticked then unticked");
    assert!(out.contains("Please type a number"), "{out}");
    assert!(
        out.trim_end().ends_with(&format!("Done: 1/{}", items(list).count())),
        "{out}"
    );
}

#[test]
fn a_number_and_a_date_sets_it_and_done_means_checked_today() {
    // Item 1 is the water (a year's shelf life), 2 the food.
    let (p, out, saves) = session(
        "supplies",
        "1 2027-02-28\n２ done\n1 2027-02-30\n4 2027-01-01\n\n",
        Locale::En,
    );
    assert_eq!(saves, 2);
    assert_eq!(p.dates["supplies/water"], date(2027, 2, 28));
    assert!(p.ticks.contains("supplies/water"), "a dated item is one you have");
    assert_eq!(p.dates["supplies/food"], date(2027, 12, 2));
    assert!(out.contains("1. [x] Drinking water — 12 litres"), "{out}");
    assert!(out.contains("use by 28 Feb 2027 (in 88 days)"), "{out}");
    assert!(out.contains("Please write a real date"), "{out}");
    assert!(out.contains("does not take a date"), "{out}");
}

#[test]
fn zero_is_the_recurring_check_in_chinese_too() {
    let (p, out, _) = session("family-plan", "0 2026-11-01\n0 完成\n\n", Locale::ZhHans);
    assert_eq!(p.dates["family-plan"], date(2027, 6, 2), "six months from today");
    assert!(out.contains("0. 家庭演练——尚未设置日期"), "{out}");
    assert!(out.contains("0. 家庭演练——下次2026年11月1日（已逾期31天）"), "{out}");
    assert!(out.contains("0. 家庭演练——下次2027年6月2日（还有182天）"), "{out}");
}

#[test]
fn input_that_is_not_utf8_stops_with_a_message_and_the_tally() {
    let guide = crate::content::embedded().unwrap();
    let list = guide.checklist("family-plan").unwrap();
    let mut progress = Progress::new();
    let mut out = Vec::new();
    let mut input: &[u8] = b"1\n\xb6\xfe\n2\n";
    run(
        list,
        &mut progress,
        (Locale::ZhHans, date(2026, 12, 2)),
        &mut input,
        &mut out,
        &mut |_| {},
    )
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    assert_eq!(progress.ticks.len(), 1, "nothing after the bad line is read");
    assert!(out.contains("这行输入不是 UTF-8 文本"), "{out}");
    assert!(
        out.trim_end().ends_with(&format!("已完成：1/{}", items(list).count())),
        "{out}"
    );
}

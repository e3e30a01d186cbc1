//! Checklist state: what is ticked, and how much of each supply a household
//! of a given size needs.

use std::collections::BTreeSet;

use crate::content::{Checklist, ChecklistItem, Locale};

/// Households are counted from 1 to this; more is a shelter, not a home.
pub const MAX_HOUSEHOLD: u32 = 20;

/// How a tick is saved: `checklist-id/item-id`.
pub fn key(checklist: &Checklist, item: &ChecklistItem) -> String {
    format!("{}/{}", checklist.id, item.id)
}

pub fn items(checklist: &Checklist) -> impl Iterator<Item = &ChecklistItem> {
    checklist.sections.iter().flat_map(|s| s.items.iter())
}

/// Ticked and total items of a checklist.
pub fn tally(checklist: &Checklist, ticks: &BTreeSet<String>) -> (usize, usize) {
    let total = items(checklist).count();
    let ticked = items(checklist).filter(|i| ticks.contains(&key(checklist, i))).count();
    (ticked, total)
}

/// Ticks or unticks an item; returns whether it is now ticked.
pub fn toggle(ticks: &mut BTreeSet<String>, checklist: &Checklist, item: &ChecklistItem) -> bool {
    let k = key(checklist, item);
    if ticks.remove(&k) {
        false
    } else {
        ticks.insert(k);
        true
    }
}

/// "12 litres (4 per person per day × 3 days)" for a household, if the item
/// has a quantity.
pub fn amount(item: &ChecklistItem, household: u32, locale: Locale) -> Option<String> {
    let q = item.quantity.as_ref()?;
    let household = household.clamp(1, MAX_HOUSEHOLD);
    let total = q.per_person * f64::from(household) * f64::from(q.days);
    let unit = q.unit.text(locale);
    Some(match locale {
        Locale::En => format!(
            "{} {unit} ({} per person per day × {} {} × {household} {})",
            number(total),
            number(q.per_person),
            q.days,
            if q.days == 1 { "day" } else { "days" },
            if household == 1 { "person" } else { "people" }
        ),
        Locale::ZhHans => format!(
            "{}{unit}（每人每天{}{unit} × {}天 × {}人）",
            number(total),
            number(q.per_person),
            q.days,
            household
        ),
    })
}

/// A quantity without a pointless `.0`, and at most one decimal.
fn number(n: f64) -> String {
    let rounded = (n * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn supplies() -> Checklist {
        crate::content::embedded()
            .unwrap()
            .checklist("supplies")
            .unwrap()
            .clone()
    }

    #[test]
    fn water_scales_with_the_household() {
        let list = supplies();
        let water = items(&list).find(|i| i.id == "water").unwrap();
        let q = water.quantity.as_ref().unwrap();
        let three = amount(water, 3, Locale::En).unwrap();
        let expected = q.per_person * 3.0 * f64::from(q.days);
        assert!(three.starts_with(&format!("{} ", number(expected))), "{three}");
        assert!(amount(water, 1, Locale::ZhHans).unwrap().contains("每人每天"));
    }

    #[test]
    fn one_person_is_a_person_and_impossible_households_are_clamped() {
        let list = supplies();
        let water = items(&list).find(|i| i.id == "water").unwrap();
        assert!(amount(water, 1, Locale::En).unwrap().ends_with("× 1 person)"));
        assert_eq!(amount(water, 0, Locale::En), amount(water, 1, Locale::En));
        assert_eq!(
            amount(water, 100_000, Locale::En),
            amount(water, MAX_HOUSEHOLD, Locale::En)
        );
    }

    #[test]
    fn items_without_a_quantity_have_no_amount() {
        let list = supplies();
        assert!(items(&list).any(|i| amount(i, 2, Locale::En).is_none()));
    }

    #[test]
    fn ticking_twice_unticks_and_the_tally_follows() {
        let list = supplies();
        let mut ticks = BTreeSet::new();
        let first = items(&list).next().unwrap();
        assert!(toggle(&mut ticks, &list, first));
        assert_eq!(tally(&list, &ticks).0, 1);
        assert!(!toggle(&mut ticks, &list, first));
        assert_eq!(tally(&list, &ticks), (0, items(&list).count()));
    }

    #[test]
    fn numbers_drop_a_pointless_decimal() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(1.5), "1.5");
        assert_eq!(number(2.25), "2.3");
    }
}

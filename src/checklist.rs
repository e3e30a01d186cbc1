//! Checklist state: what is ticked, and how much of each supply a household
//! of a given size needs.

use std::collections::BTreeSet;

use crate::content::{Checklist, ChecklistItem, Text};

/// Households are counted from 1 to this; more is a shelter, not a home.
pub const MAX_HOUSEHOLD: u32 = 20;

/// How a tick is saved: `checklist-id/item-id`.
pub fn key(checklist: &Checklist, item: &ChecklistItem) -> String {
    let mut key = String::new();
    key_into(&mut key, checklist, item);
    key
}

fn key_into(key: &mut String, checklist: &Checklist, item: &ChecklistItem) {
    key.clear();
    key.push_str(&checklist.id);
    key.push('/');
    key.push_str(&item.id);
}

pub fn items(checklist: &Checklist) -> impl Iterator<Item = &ChecklistItem> {
    checklist.sections.iter().flat_map(|s| s.items.iter())
}

/// Whether an item is ticked. Screens ask for every item on every frame,
/// so the key is built in a buffer the caller keeps, not allocated each time.
pub fn is_ticked(ticks: &BTreeSet<String>, checklist: &Checklist, item: &ChecklistItem, key: &mut String) -> bool {
    key_into(key, checklist, item);
    ticks.contains(key.as_str())
}

/// Ticked and total items of a checklist.
pub fn tally(checklist: &Checklist, ticks: &BTreeSet<String>) -> (usize, usize) {
    let mut key = String::new();
    items(checklist).fold((0, 0), |(ticked, total), item| {
        (
            ticked + usize::from(is_ticked(ticks, checklist, item, &mut key)),
            total + 1,
        )
    })
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

/// How much of an item a household needs: `per_person` × `days` ×
/// `household`, in the item's unit. Data for the faces to word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount<'g> {
    pub total: f64,
    pub per_person: f64,
    pub days: u32,
    pub household: u32,
    pub unit: &'g Text,
}

/// The amount for a household (clamped to 1..=`MAX_HOUSEHOLD`), if the item
/// has a quantity.
pub fn amount(item: &ChecklistItem, household: u32) -> Option<Amount<'_>> {
    let q = item.quantity.as_ref()?;
    let household = household.clamp(1, MAX_HOUSEHOLD);
    Some(Amount {
        total: q.per_person * f64::from(household) * f64::from(q.days),
        per_person: q.per_person,
        days: q.days,
        household,
        unit: &q.unit,
    })
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
        let three = amount(water, 3).unwrap();
        assert_eq!(three.total, q.per_person * 3.0 * f64::from(q.days));
        assert_eq!((three.household, three.days), (3, q.days));
    }

    #[test]
    fn impossible_households_are_clamped() {
        let list = supplies();
        let water = items(&list).find(|i| i.id == "water").unwrap();
        assert_eq!(amount(water, 0), amount(water, 1));
        assert_eq!(amount(water, 100_000), amount(water, MAX_HOUSEHOLD));
    }

    #[test]
    fn items_without_a_quantity_have_no_amount() {
        let list = supplies();
        assert!(items(&list).any(|i| amount(i, 2).is_none()));
    }

    #[test]
    fn ticking_twice_unticks_and_the_tally_follows() {
        let list = supplies();
        let mut ticks = BTreeSet::new();
        let total = items(&list).count();
        let first = items(&list).next().unwrap();
        let last = items(&list).last().unwrap();
        assert!(toggle(&mut ticks, &list, first));
        assert_eq!(tally(&list, &ticks), (1, total));
        assert!(toggle(&mut ticks, &list, last));
        assert_eq!(tally(&list, &ticks), (2, total), "every item's key, not only the first");
        assert!(!toggle(&mut ticks, &list, first));
        assert!(!toggle(&mut ticks, &list, last));
        assert_eq!(tally(&list, &ticks), (0, total));
    }
}

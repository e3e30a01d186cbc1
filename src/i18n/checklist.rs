//! A supply's amount for a household, in the reader's language. The core
//! (`checklist::amount`) computes it; the words and number format are here.

use crate::checklist::Amount;
use crate::content::{ChecklistItem, Locale};

/// "12 litres (4 per person per day × 3 days × 1 person)";
/// "12升（每人每天4升 × 3天 × 1人）".
pub fn amount(locale: Locale, a: &Amount<'_>) -> String {
    let unit = a.unit.text(locale);
    let (total, per_person, days, household) = (number(a.total), number(a.per_person), a.days, a.household);
    match locale {
        Locale::En => format!(
            "{total} {unit} ({per_person} per person per day × {days} {} × {household} {})",
            if days == 1 { "day" } else { "days" },
            if household == 1 { "person" } else { "people" }
        ),
        Locale::ZhHans => format!("{total}{unit}（每人每天{per_person}{unit} × {days}天 × {household}人）"),
    }
}

/// The worded amount of `item` for a household, if it has a quantity.
pub fn item_amount(item: &ChecklistItem, household: u32, locale: Locale) -> Option<String> {
    crate::checklist::amount(item, household).map(|a| amount(locale, &a))
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
    use crate::content::Text;

    fn litres() -> Text {
        Text::from_pairs(&[(Locale::En, "litres"), (Locale::ZhHans, "升")])
    }

    fn water(household: u32, days: u32, unit: &Text) -> Amount<'_> {
        Amount {
            total: 4.0 * f64::from(household * days),
            per_person: 4.0,
            days,
            household,
            unit,
        }
    }

    #[test]
    fn one_person_and_one_day_are_singular_in_english() {
        let unit = litres();
        assert_eq!(
            amount(Locale::En, &water(1, 1, &unit)),
            "4 litres (4 per person per day × 1 day × 1 person)"
        );
        assert_eq!(
            amount(Locale::En, &water(3, 3, &unit)),
            "36 litres (4 per person per day × 3 days × 3 people)"
        );
    }

    #[test]
    fn chinese_has_no_spaces_between_numbers_and_units() {
        let unit = litres();
        assert_eq!(
            amount(Locale::ZhHans, &water(3, 3, &unit)),
            "36升（每人每天4升 × 3天 × 3人）"
        );
    }

    #[test]
    fn numbers_drop_a_pointless_decimal() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(1.5), "1.5");
        assert_eq!(number(2.25), "2.3");
    }
}

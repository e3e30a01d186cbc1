//! Whatever a person types into a date or a plan field, or a file holds:
//! no panic, and only valid values are kept.

#![allow(clippy::panic, clippy::unwrap_used)]

use jiff::civil::Date;
use proptest::prelude::*;
use ready::content::Locale;
use ready::tui::screens::checklist::date_field::{DateField, DateTarget};
use ready::upkeep::plan::{Field, MAX_CHARS, clean};

proptest! {
    #[test]
    fn any_typed_date_parses_to_a_real_date_or_to_nothing(text in "\\PC{0,16}") {
        if let Some(date) = ready::upkeep::parse(&text) {
            prop_assert_eq!(ready::upkeep::parse(&date.to_string()), Some(date));
        }
    }

    #[test]
    fn every_real_date_written_as_iso_parses_back(y in 1900i16..=2200, m in 1i8..=12, d in 1i8..=31) {
        if let Ok(date) = Date::new(y, m, d) {
            prop_assert_eq!(ready::upkeep::parse(&date.to_string()), Some(date));
        }
    }

    #[test]
    fn any_keys_in_a_date_field_leave_a_real_date_or_none(
        keys in prop::collection::vec(0u8..14, 0..40), zh in any::<bool>(),
    ) {
        let locale = if zh { Locale::ZhHans } else { Locale::En };
        let mut field = DateField::new(DateTarget::Recurring, jiff::civil::date(2026, 12, 2), locale);
        for k in keys {
            match k {
                0..=9 => field.digit(k, locale),
                10 => field.step(true),
                11 => field.step(false),
                12 => field.move_part(true, locale),
                _ => field.move_part(false, locale),
            }
            // A part may hold what was typed (00, 39), shown as typed and
            // refused on Enter; it never grows past its width.
            prop_assert!((0..=99).contains(&field.day) && (0..=99).contains(&field.month));
            prop_assert!((0..=9999).contains(&field.year));
            if let Some(date) = field.date() {
                prop_assert_eq!((i16::from(date.day()), i16::from(date.month()), date.year()), (field.day, field.month, field.year));
            }
        }
    }

    #[test]
    fn a_kept_plan_value_is_short_printable_and_a_phone_is_a_phone(text in "\\PC{0,130}|[\\x00-\\x1f 0-9+()-]{0,20}") {
        for field in Field::all() {
            if let Ok(kept) = clean(field, &text) {
                prop_assert!(kept.chars().count() <= MAX_CHARS);
                prop_assert!(!kept.chars().any(char::is_control));
                if field.is_phone() {
                    prop_assert!(kept.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)));
                }
            }
        }
    }
}

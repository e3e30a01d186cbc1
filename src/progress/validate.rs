//! Checks, on load, the fields a person may have edited by hand: dates,
//! drill records and the family plan's details. A bad one is dropped by itself, and named in a
//! notice, so that one typo never costs the rest of the file.

use serde_json::Value;

use crate::upkeep::plan::{self, Field};

/// A hand-edited part of the progress file that was not valid and was
/// dropped; keys as they may be shown (escapes made harmless).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dropped {
    Date(String),
    DrillRecord(String),
    PlanField(String),
    /// A whole section of the wrong shape: `dates`, `drills` or `plan`.
    Section(&'static str),
}

/// Removes every date and plan field that cannot be used; says which went.
pub fn drop_bad_fields(progress: &mut Value) -> Vec<Dropped> {
    let mut dropped = Vec::new();
    let Some(object) = progress.as_object_mut() else {
        return dropped;
    };
    if let Some(dates) = object.get_mut("dates") {
        match dates.as_object_mut() {
            Some(dates) => dates.retain(|key, value| {
                let ok = value.as_str().is_some_and(|v| v.parse::<jiff::civil::Date>().is_ok());
                if !ok {
                    dropped.push(Dropped::Date(printable(key)));
                }
                ok
            }),
            None => {
                object.remove("dates");
                dropped.push(Dropped::Section("dates"));
            }
        }
    }
    if let Some(drills) = object.get_mut("drills") {
        match drills.as_object_mut() {
            Some(drills) => drills.retain(|key, value| {
                let ok = serde_json::from_value::<super::DrillRecord>(value.clone()).is_ok();
                if !ok {
                    dropped.push(Dropped::DrillRecord(printable(key)));
                }
                ok
            }),
            None => {
                object.remove("drills");
                dropped.push(Dropped::Section("drills"));
            }
        }
    }
    if let Some(fields) = object.get_mut("plan") {
        match fields.as_object_mut() {
            Some(fields) => fields.retain(|key, value| {
                let cleaned =
                    Field::from_key(key).and_then(|field| value.as_str().and_then(|v| plan::clean(field, v).ok()));
                match cleaned {
                    Some(v) => {
                        *value = Value::String(v);
                        true
                    }
                    None => {
                        dropped.push(Dropped::PlanField(printable(key)));
                        false
                    }
                }
            }),
            None => {
                object.remove("plan");
                dropped.push(Dropped::Section("plan"));
            }
        }
    }
    dropped
}

/// A key as it may be shown: a hand-edited file can hold escapes.
fn printable(key: &str) -> String {
    crate::content::sanitize::clean(key, true).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Locale;
    use crate::i18n::progress::{dropped_fields, field};

    fn words(dropped: &[Dropped]) -> Vec<String> {
        dropped.iter().map(|d| field(Locale::En, d)).collect()
    }

    #[test]
    fn bad_dates_and_plan_fields_go_one_by_one() {
        let mut v: Value = serde_json::json!({
            "version": 3,
            "dates": {"supplies/water": "2027-02-28", "supplies/food": "2027-02-30", "x": 5},
            "plan": {"meeting-near": " the gate ", "contact-1-phone": "ring mum", "nickname": "a"}
        });
        let dropped = drop_bad_fields(&mut v);
        assert_eq!(
            words(&dropped),
            [
                "date `supplies/food`",
                "date `x`",
                "plan field `contact-1-phone`",
                "plan field `nickname`"
            ]
        );
        assert_eq!(v["dates"], serde_json::json!({"supplies/water": "2027-02-28"}));
        assert_eq!(v["plan"], serde_json::json!({"meeting-near": "the gate"}));
        assert!(dropped_fields(Locale::En, &dropped).starts_with("4 fields"));
    }

    #[test]
    fn a_bad_drill_record_goes_alone_and_the_ticks_stay() {
        let mut v: Value = serde_json::json!({
            "version": 3,
            "ticks": ["supplies/water"],
            "drills": {
                "choking": {"completed": 2, "best": "safe"},
                "night-fire": {"completed": -1, "best": "safe"},
                "gas-smell": {"completed": 1, "best": "fine"}
            }
        });
        let dropped = drop_bad_fields(&mut v);
        assert_eq!(
            words(&dropped),
            ["drill record `gas-smell`", "drill record `night-fire`"]
        );
        let progress: crate::progress::Progress = serde_json::from_value(v).unwrap();
        assert_eq!(progress.drills.len(), 1);
        assert_eq!(progress.drills["choking"].completed, 2);
        assert!(!progress.ticks.is_empty());
    }

    #[test]
    fn a_field_of_the_wrong_shape_goes_whole() {
        let mut v: Value = serde_json::json!({"version": 3, "dates": [1, 2], "drills": 7, "plan": "x"});
        assert_eq!(words(&drop_bad_fields(&mut v)), ["dates", "drills", "plan"]);
        assert!(serde_json::from_value::<crate::progress::Progress>(v).is_ok());
    }
}

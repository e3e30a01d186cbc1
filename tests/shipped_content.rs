//! The guide that ships: the booklet's shape, and nothing in it that could
//! harm a terminal. (Its rules are checked by the validator; this pins the
//! structure other code and deep links depend on.)

#![allow(clippy::panic, clippy::unwrap_used)]

use ready::content::{self, Locale, Phase, sanitize};

const POINTS: [(&str, &[&str]); 4] = [
    (
        "risks",
        &[
            "typhoon",
            "storm-surge",
            "rainstorm",
            "lightning",
            "earthquake",
            "extreme-heat",
            "cold-wave",
            "fog-haze",
            "landslide",
            "fire",
            "gas-leak",
            "hazardous-chemicals",
            "infectious-disease",
        ],
    ),
    (
        "prevent",
        &[
            "kitchen",
            "electricity",
            "e-bike",
            "windows-balconies",
            "bathroom",
            "elevator",
            "fire-exits",
            "road",
            "beach-water",
            "mountain-outdoor",
            "crowded-places",
            "food-medicine",
            "fraud",
        ],
    ),
    (
        "respond",
        &[
            "emergency-call",
            "cpr-aed",
            "choking",
            "bleeding",
            "fracture",
            "burns",
            "fire-escape",
            "drowning-rescue",
            "sudden-illness",
        ],
    ),
    ("prepare", &["emergency-supplies", "family-plan"]),
];

#[test]
fn the_booklet_has_4_categories_and_37_points_with_stable_ids() {
    let guide = content::embedded().unwrap();
    let shape: Vec<(&str, Vec<&str>)> = guide
        .categories
        .iter()
        .map(|c| (c.id.as_str(), c.points.iter().map(String::as_str).collect()))
        .collect();
    let expected: Vec<(&str, Vec<&str>)> = POINTS.iter().map(|(c, p)| (*c, p.to_vec())).collect();
    assert_eq!(shape, expected);
    assert_eq!(guide.points.len(), 37);
}

#[test]
fn every_point_is_complete_in_both_languages_with_sources_and_a_quiz() {
    let guide = content::embedded().unwrap();
    for point in &guide.points {
        for locale in Locale::ALL {
            for phase in Phase::ALL {
                assert!(
                    !point.steps(phase).list(locale).is_empty(),
                    "{} {phase:?} {locale}",
                    point.id
                );
            }
            assert!(!point.title.text(locale).is_empty());
        }
        assert!(!point.sources.is_empty(), "{}", point.id);
        assert!(point.quiz.len() >= 3, "{}", point.id);
        assert!(
            ["natural", "accident", "health", "social"].contains(&point.hazard.as_str()),
            "{}",
            point.id
        );
    }
    let questions: usize = guide.points.iter().map(|p| p.quiz.len()).sum();
    assert!(questions >= 111);
}

#[test]
fn the_weather_points_carry_the_official_warning_levels_in_order() {
    let guide = content::embedded().unwrap();
    for id in [
        "typhoon",
        "rainstorm",
        "lightning",
        "extreme-heat",
        "cold-wave",
        "fog-haze",
    ] {
        let levels: Vec<_> = guide.point(id).unwrap().warnings.iter().map(|w| w.level).collect();
        assert!(!levels.is_empty(), "{id} has no warning signals");
        assert!(levels.windows(2).all(|w| w[0] <= w[1]), "{id}: lowest first");
    }
}

#[test]
fn no_shipped_text_contains_a_control_character() {
    let guide = content::embedded().unwrap();
    let json = serde_json::to_value(&guide).unwrap();
    let mut strings = Vec::new();
    collect(&json, &mut strings);
    assert!(
        strings.len() > 5_000,
        "walked the whole guide ({} strings)",
        strings.len()
    );
    for s in strings {
        assert_eq!(sanitize::find_forbidden(&s), None, "{s:?}");
    }
}

fn collect(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|v| collect(v, out)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, v)| {
            out.push(k.clone());
            collect(v, out);
        }),
        _ => {}
    }
}

#[test]
fn the_emergency_numbers_are_the_mainland_ones() {
    let guide = content::embedded().unwrap();
    let numbers: Vec<_> = guide.numbers.iter().map(|n| n.number.as_str()).collect();
    for n in ["110", "119", "120", "122", "12345", "12395"] {
        assert!(numbers.contains(&n), "{n}");
    }
}

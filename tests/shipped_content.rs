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
        .map(|c| (c.id.as_str(), c.points.iter().map(|id| id.as_str()).collect()))
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

/// Every step of a point in one language, as one text to search.
fn all_text(id: &str, locale: Locale) -> String {
    let guide = content::embedded().unwrap();
    let p = guide.point(id).unwrap();
    let mut text = vec![p.summary.text(locale).to_string()];
    for phase in Phase::ALL {
        text.extend(p.steps(phase).list(locale).iter().map(ToString::to_string));
    }
    text.join("\n")
}

fn has_step(id: &str, locale: Locale, all: &[&str]) -> bool {
    let guide = content::embedded().unwrap();
    let p = guide.point(id).unwrap();
    Phase::ALL
        .iter()
        .flat_map(|&ph| p.steps(ph).get(locale).cloned().unwrap_or_default())
        .any(|step| {
            all.iter()
                .all(|needle| step.to_lowercase().contains(&needle.to_lowercase()))
        })
}

#[test]
fn carbon_monoxide_advice_never_implies_an_open_window_makes_fuel_safe_indoors() {
    for id in ["cold-wave", "emergency-supplies"] {
        assert!(
            has_step(
                id,
                Locale::En,
                &["generator", "6 m", "even with doors and windows open"]
            ),
            "{id}: a generator stays outdoors, at least 6 m away, open windows or not"
        );
        assert!(has_step(id, Locale::ZhHans, &["发电机", "6米"]), "{id}");
    }
    assert!(has_step(
        "cold-wave",
        Locale::En,
        &["charcoal", "coal stove", "flue", "CO alarm"]
    ));
    for locale in Locale::ALL {
        let text = all_text("cold-wave", locale).to_lowercase();
        for unsafe_advice in ["keep a window open", "in a closed room", "开窗通风取暖", "密闭房间"] {
            assert!(!text.contains(unsafe_advice), "cold-wave still says {unsafe_advice:?}");
        }
    }
}

#[test]
fn floodwater_is_never_driven_into_and_the_depths_agree() {
    for id in ["rainstorm", "typhoon", "storm-surge"] {
        assert!(
            has_step(id, Locale::En, &["15 cm", "30 cm"]),
            "{id}: 15 cm stalls, 30 cm floats"
        );
        assert!(has_step(id, Locale::ZhHans, &["15厘米", "30厘米"]), "{id}");
        for locale in Locale::ALL {
            let text = all_text(id, locale);
            assert!(!text.contains("half the wheel") && !text.contains("车轮一半"), "{id}");
        }
    }
}

#[test]
fn in_a_crowd_surge_nothing_fixed_is_a_refuge() {
    // People are crushed against fixed things: barriers, walls, poles.
    // "Hold on to a lamppost" was once keyed as a right answer.
    for locale in Locale::ALL {
        let text = all_text("crowded-places", locale);
        assert!(!text.contains("hold on to something solid"), "{locale:?}");
        assert!(!text.contains("抓住路灯杆"), "{locale:?}");
    }
    assert!(has_step("crowded-places", Locale::En, &["lampposts", "crushed"]));
    assert!(has_step("crowded-places", Locale::ZhHans, &["路灯杆", "挤压"]));
    let guide = content::embedded().unwrap();
    for q in &guide.point("crowded-places").unwrap().quiz {
        for &right in &q.answer {
            let option = q.options[right].text(Locale::En).to_lowercase();
            assert!(!option.contains("lamppost"), "{}: {option}", q.id);
        }
    }
    let drill = guide.drill("crowd-surge").unwrap();
    for choice in drill.steps.iter().flat_map(|s| &s.choices) {
        if choice.text.text(Locale::En).to_lowercase().contains("hold on") {
            assert!(!choice.good, "{}", choice.id);
        }
    }
}

/// Every shipped content file, as the editor wrote it.
fn all_files() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut text = String::new();
    for dir in ["points", "checklists", "drills"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for file in files {
            text += &std::fs::read_to_string(file).unwrap();
        }
    }
    text
}

#[test]
fn figures_that_once_disagreed_between_files_now_agree() {
    let text = all_files();
    for stale in [
        "several metres apart",
        "相隔几米",
        "long whistle",
        "长哨",
        "2–4 kg",
        "2～4千克",
        "5 °C or below",
        "5℃以下",
        "extractor fan on",
        "打开排气扇",
        "ceiling of every bedroom, the living room",
    ] {
        assert!(!text.contains(stale), "stale figure: {stale}");
    }
    assert!(has_step("lightning", Locale::En, &["at least 15 m apart"]));
    assert!(has_step("lightning", Locale::ZhHans, &["至少相隔15米"]));
    assert!(has_step("mountain-outdoor", Locale::En, &["3 short whistle blasts"]));
    assert!(has_step("fire", Locale::En, &["1–2 kg"]));
    assert!(has_step("fire", Locale::En, &["inside every bedroom", "every floor"]));
    assert!(has_step("food-medicine", Locale::En, &["4°C or below"]));
    assert!(has_step(
        "bathroom",
        Locale::En,
        &["extractor fan", "pull the fumes back"]
    ));
    assert!(has_step("bathroom", Locale::ZhHans, &["排气扇", "倒吸"]));
}

#[test]
fn rabies_care_is_15_minutes_of_washing_and_vaccination_never_too_late() {
    assert!(has_step("infectious-disease", Locale::En, &["15 minutes", "soap"]));
    assert!(has_step("infectious-disease", Locale::ZhHans, &["15分钟", "肥皂"]));
    let en = all_text("infectious-disease", Locale::En).to_lowercase();
    assert!(
        en.contains("not too late"),
        "vaccination is never too late before symptoms"
    );
    assert!(en.contains("immunoglobulin"));
    let guide = content::embedded().unwrap();
    let ids: Vec<_> = guide
        .point("infectious-disease")
        .unwrap()
        .quiz
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert!(ids.iter().any(|id| id.starts_with("rabies")), "{ids:?}");
}

#[test]
fn tsunami_natural_warnings_send_people_to_high_ground_at_once() {
    let en = all_text("storm-surge", Locale::En).to_lowercase();
    for sign in ["shaking", "pull", "roar", "high ground", "series", "all-clear"] {
        assert!(en.contains(sign), "storm-surge lacks {sign:?}");
    }
    let zh = all_text("storm-surge", Locale::ZhHans);
    for sign in ["海啸", "高处"] {
        assert!(zh.contains(sign), "storm-surge (zh) lacks {sign:?}");
    }
}

#[test]
fn the_quiz_bank_cannot_be_passed_by_guessing() {
    let guide = content::embedded().unwrap();
    let balance = ready::quiz_balance::balance(&guide);
    assert_eq!(balance.drifts(), [], "{balance:?}");
    // The figures themselves, so a drift towards the limits is seen in review.
    for &(locale, longest) in &balance.longest_right {
        assert!(
            longest * 100 <= balance.single * 35,
            "{locale:?}: {longest}/{}",
            balance.single
        );
    }
    let true_share = balance.true_keys * 100 / balance.true_false;
    assert!((40..=60).contains(&true_share), "{true_share}% true");
}

#[test]
fn every_question_has_an_id_unique_within_its_point_and_old_ids_survive() {
    let guide = content::embedded().unwrap();
    for p in &guide.points {
        let mut ids: Vec<_> = p.quiz.iter().map(|q| q.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), p.quiz.len(), "{}", p.id);
        // Progress from before ids maps position n to qN+1: q1 must stay.
        assert!(p.quiz.iter().any(|q| q.id == "q1"), "{} lost q1", p.id);
    }
}

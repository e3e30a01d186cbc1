use std::sync::LazyLock;

use proptest::prelude::*;

use super::*;
use crate::content::Guide;

static GUIDE: LazyLock<Guide> = LazyLock::new(|| crate::content::embedded().unwrap_or_else(|e| panic!("{e:?}")));
static INDEX: LazyLock<Index> = LazyLock::new(|| Index::new(&GUIDE));

fn ids(query: &str) -> Vec<&'static str> {
    INDEX
        .search(query)
        .iter()
        .map(|h| GUIDE.points[h.point].id.as_str())
        .collect()
}

fn first(query: &str) -> Option<&'static str> {
    ids(query).first().copied()
}

#[test]
fn a_title_beats_a_keyword() {
    assert_eq!(first("drowning"), Some("drowning-rescue"));
    assert_eq!(first("fire"), Some("fire"));
}

#[test]
fn typos_are_forgiven_only_for_words_the_guide_does_not_have() {
    assert_eq!(first("erthquake"), Some("earthquake"));
    assert_eq!(first("typhon"), Some("typhoon"));
    assert!(!ids("bite").contains(&"e-bike"), "{:?}", ids("bite"));
}

#[test]
fn chinese_needs_no_spaces_and_survives_a_miswritten_word() {
    assert_eq!(first("地震"), Some("earthquake"));
    assert_eq!(first("煤气泄露"), Some("gas-leak"));
    assert_eq!(first("台风来了怎么办"), Some("typhoon"));
}

#[test]
fn every_id_as_list_prints_it_finds_its_point_first() {
    for point in &GUIDE.points {
        assert_eq!(first(&point.id), Some(point.id.as_str()), "{:?}", ids(&point.id));
    }
    assert_eq!(first("heart-attack"), Some("sudden-illness"));
    assert_eq!(first("CPR-AED"), Some("cpr-aed"));
}

#[test]
fn pinyin_finds_a_point_by_its_chinese_name() {
    assert_eq!(first("dizhen"), Some("earthquake"));
    assert_eq!(first("taifeng"), Some("typhoon"));
    assert_eq!(first("tai feng"), Some("typhoon"));
    assert_eq!(first("táifēng"), Some("typhoon"));
    assert_eq!(first("di4zhen4"), Some("earthquake"));
    // Half-typed, as in the search box.
    assert_eq!(first("taif"), Some("typhoon"));
}

#[test]
fn traditional_characters_find_the_simplified_text() {
    assert_eq!(first("颱風"), Some("typhoon"));
    assert_eq!(first("火災"), Some("fire"));
    assert_eq!(first("煤氣洩漏"), Some("gas-leak"));
}

#[test]
fn an_exact_word_ranks_above_the_start_of_a_longer_one() {
    let gas = ids("gas");
    assert_eq!(gas.first(), Some(&"gas-leak"));
    // CPR mentions only "gasping": every point that says "gas" comes first.
    let cpr = gas.iter().position(|&id| id == "cpr-aed");
    let last_with_gas = gas
        .iter()
        .rposition(|id| ["kitchen", "bathroom", "hazardous-chemicals"].contains(id));
    assert!(cpr.is_none_or(|c| Some(c) > last_with_gas), "{gas:?}");
}

#[test]
fn nothing_matches_nothing() {
    assert_eq!(first(""), None);
    assert_eq!(first("   "), None);
    assert_eq!(first("-- !"), None);
    assert_eq!(first("zzzzqqqq"), None);
}

#[test]
fn suggestions_are_the_closest_ids() {
    let ids = ["fire", "fire-exits", "fire-escape", "flood"];
    assert_eq!(suggestions("fier", ids, 1), vec!["fire"]);
    assert_eq!(did_you_mean("qqqq", ids), None);
}

/// Types `query` one character at a time, as the search box does.
fn typed(query: &str) -> Vec<Vec<Hit>> {
    let mut narrowing = Narrowing::default();
    let mut hits = Vec::new();
    let mut typed = String::new();
    let mut all = Vec::new();
    for c in query.chars() {
        typed.push(c);
        hits = INDEX.search_typed(&typed, &mut narrowing, &hits);
        all.push(hits.clone());
    }
    all
}

#[test]
fn searching_within_the_last_hits_changes_nothing_a_person_sees() {
    for query in [
        "earthquake shelter",
        "fire exit",
        "erthquake",
        "gas-leak",
        "地震 火",
        "颱風",
        "taifeng x",
    ] {
        let mut typed_so_far = String::new();
        for (c, hits) in query.chars().zip(typed(query)) {
            typed_so_far.push(c);
            assert_eq!(hits, INDEX.search(&typed_so_far), "{typed_so_far:?}");
        }
    }
}

#[test]
fn a_longer_query_is_narrowed_only_after_a_strict_search() {
    let mut narrowing = Narrowing::default();
    let hits = INDEX.search_typed("earth", &mut narrowing, &[]);
    assert!(narrowing.admits(&query_terms("earthq")));
    assert!(!narrowing.admits(&query_terms("eart")), "deleting is not narrowing");
    INDEX.search_typed("erthq", &mut narrowing, &hits);
    assert!(!narrowing.admits(&query_terms("erthqu")), "a typo's hits are no subset");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever is typed or pasted (control characters, mixed scripts,
    /// combining marks, full-width forms) search answers, and narrowing as
    /// it is typed agrees with searching afresh.
    #[test]
    fn search_never_panics_and_narrowing_agrees(
        query in r"(\PC|[\x00-\x1f\x7f\u{200b}-\u{200f}\u{202a}-\u{202e}\u{ff01}-\u{ff5e}]|地震|颱風|gas|-| ){0,24}"
    ) {
        let hits = INDEX.search(&query);
        prop_assert!(hits.iter().all(|h| h.point < GUIDE.points.len()));
        prop_assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        let steps = typed(&query);
        if let Some(last) = steps.last() {
            prop_assert_eq!(last, &hits);
        }
    }
}

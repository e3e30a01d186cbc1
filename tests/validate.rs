//! The validator, one rule at a time: each test breaks a valid fixture set in
//! one way and asserts the exact `FILE:LINE:COLUMN: message` reported.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::copy_dir;

use std::fs;
use std::path::Path;

use ready::content::{self, LoadError, Locale};
use ready::i18n::content::missing;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");

/// The diagnostics for the fixture after each `(file, from, to)` edit.
fn diagnostics_after(edits: &[(&str, &str, &str)]) -> Vec<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(Path::new(FIXTURE), dir.path());
    for (file, from, to) in edits {
        let path = dir.path().join(file);
        let text = fs::read_to_string(&path).expect("read fixture file");
        assert!(text.contains(from), "{file} does not contain {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).expect("write");
    }
    match content::from_dir(dir.path()) {
        Ok(_) => Vec::new(),
        Err(LoadError::Invalid(d)) => d.iter().map(ToString::to_string).collect(),
        Err(LoadError::Missing(m)) => vec![missing(Locale::En, &m)],
    }
}

fn broken(file: &str, from: &str, to: &str) -> Vec<String> {
    diagnostics_after(&[(file, from, to)])
}

#[test]
fn the_fixture_itself_is_valid() {
    assert_eq!(diagnostics_after(&[]), Vec::<String>::new());
}

#[test]
fn a_syntax_error_is_reported_where_it_is() {
    let d = broken(
        "points/flood.toml",
        "title = { en = \"Flood\"",
        "title = { en = \"Flood\" en",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].starts_with("points/flood.toml:5:24: TOML syntax:"), "{d:?}");
}

#[test]
fn a_syntax_error_stops_only_its_own_file() {
    let d = diagnostics_after(&[
        ("points/flood.toml", "[before]", "[before"),
        ("points/heat.toml", "summary = ", "sumary = "),
    ]);
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d[0].starts_with("points/flood.toml:12:8: TOML syntax:"), "{d:?}");
    assert_eq!(
        d[1],
        "points/heat.toml:6:1: unknown field `sumary`; did you mean `summary`?"
    );
}

#[test]
fn an_unknown_field_is_reported_at_its_key() {
    let d = broken(
        "points/flood.toml",
        "[[sources]]\norg",
        "[[sources]]\nauthor = \"x\"\norg",
    );
    assert_eq!(d, ["points/flood.toml:34:1: unknown field `author`"]);
}

#[test]
fn a_missing_field_is_reported_at_its_table() {
    let d = broken("guide.toml", "use = { en = \"Fire\", zh-Hans = \"火灾\" }\n", "");
    assert_eq!(d, ["guide.toml:6:1: missing field `use`"]);
}

#[test]
fn a_field_of_the_wrong_type_says_what_was_expected() {
    let d = broken("points/flood.toml", "reviewed = 2026-11-24", "reviewed = \"last week\"");
    assert_eq!(
        d,
        ["points/flood.toml:3:12: `reviewed` should be a date like 2026-11-24, found string"]
    );
}

#[test]
fn a_listed_point_without_a_file_is_reported_where_it_is_listed() {
    let d = broken(
        "guide.toml",
        "points = [\"flood\", \"heat\"]",
        "points = [\"flood\", \"heat\", \"snow\"]",
    );
    assert_eq!(d, ["guide.toml:19:28: point `snow` has no file points/snow.toml"]);
}

#[test]
fn a_point_file_in_no_category_is_reported() {
    let d = broken("guide.toml", "points = [\"flood\", \"heat\"]", "points = [\"flood\"]");
    assert_eq!(
        d,
        ["points/heat.toml:1:1: point `heat` is not listed in any category of guide.toml"]
    );
}

#[test]
fn a_point_listed_twice_is_reported() {
    let d = broken(
        "guide.toml",
        "points = [\"flood\", \"heat\"]",
        "points = [\"flood\", \"heat\", \"flood\"]",
    );
    assert_eq!(d, ["guide.toml:19:28: point `flood` is listed twice"]);
}

#[test]
fn duplicate_category_ids_are_reported() {
    let extra = "\n[[categories]]\nid = \"risks\"\ntitle = { en = \"B\", zh-Hans = \"乙\" }\nsummary = { en = \"B\", zh-Hans = \"乙\" }\npoints = [\"heat\"]\n";
    let d = diagnostics_after(&[(
        "guide.toml",
        "points = [\"flood\", \"heat\"]\n",
        &format!("points = [\"flood\"]\n{extra}"),
    )]);
    assert_eq!(d, ["guide.toml:21:1: category id `risks` is used twice"]);
}

#[test]
fn an_id_must_match_its_file_name() {
    let d = broken("points/heat.toml", "id = \"heat\"", "id = \"hot\"");
    assert!(
        d.contains(&"points/heat.toml:1:6: `id` = \"hot\" must match the file name `heat.toml`".to_string()),
        "{d:?}"
    );
}

#[test]
fn a_related_id_that_does_not_exist_suggests_the_nearest() {
    let d = broken("points/flood.toml", "related = [\"heat\"]", "related = [\"haet\"]");
    assert_eq!(
        d,
        ["points/flood.toml:4:12: unknown point `haet`; did you mean `heat`?"]
    );
}

#[test]
fn an_unknown_hazard_class_is_reported() {
    let d = broken("points/flood.toml", "hazard = \"natural\"", "hazard = \"weather\"");
    assert_eq!(d, ["points/flood.toml:2:10: unknown hazard class `weather`"]);
}

#[test]
fn an_empty_text_is_reported() {
    let d = broken("points/flood.toml", "zh-Hans = \"向高处转移。\"", "zh-Hans = \"  \"");
    assert_eq!(d, ["points/flood.toml:6:54: `summary.zh-Hans` is empty"]);
}

#[test]
fn a_text_missing_a_declared_language_is_reported() {
    let d = broken(
        "points/flood.toml",
        "title = { en = \"Flood\", zh-Hans = \"洪水\" }",
        "title = { en = \"Flood\" }",
    );
    assert_eq!(d, ["points/flood.toml:5:9: `title` is missing its zh-Hans text"]);
}

#[test]
fn a_language_the_guide_does_not_declare_is_reported() {
    let d = broken(
        "points/flood.toml",
        "title = { en = \"Flood\",",
        "title = { fr = \"Crue\", en = \"Flood\",",
    );
    assert_eq!(
        d,
        ["points/flood.toml:5:11: `title` has unknown language `fr` (the guide declares zh-Hans, en)"]
    );
}

#[test]
fn steps_must_come_in_the_same_number_in_each_language() {
    let d = broken(
        "points/flood.toml",
        "zh-Hans = [\"向高处转移。\", \"不要涉过流动的水。\"]",
        "zh-Hans = [\"向高处转移。\"]",
    );
    assert_eq!(
        d,
        [
            "points/flood.toml:16:1: `during` has a different number of steps per language (zh-Hans 1, en 2): each language must give the same steps"
        ]
    );
}

#[test]
fn a_quiz_answer_out_of_range_is_reported() {
    let d = broken("points/flood.toml", "answer = [0]", "answer = [2]");
    assert_eq!(
        d,
        ["points/flood.toml:46:11: answer 2 is out of range: options are counted from 0 and there are 2"]
    );
}

#[test]
fn a_single_choice_question_has_one_answer() {
    let d = broken("points/flood.toml", "answer = [0]", "answer = [0, 1]");
    assert_eq!(
        d,
        ["points/flood.toml:46:10: a single-choice question has exactly one answer (use kind = \"multiple\")"]
    );
}

#[test]
fn duplicate_options_are_reported() {
    let d = broken(
        "points/flood.toml",
        "{ en = \"The basement\", zh-Hans = \"地下室\" }",
        "{ en = \"Higher ground\", zh-Hans = \"地下室\" }",
    );
    assert_eq!(d, ["points/flood.toml:42:11: options 1 and 2 are the same"]);
}

#[test]
fn too_few_quiz_questions_are_reported() {
    let d = broken("guide.toml", "min_questions = 2", "min_questions = 3");
    assert_eq!(
        d,
        [
            "points/flood.toml:38:1: this point has 2 quiz questions; the guide asks for at least 3".to_string(),
            "points/heat.toml:38:1: this point has 2 quiz questions; the guide asks for at least 3".to_string(),
        ]
    );
}

#[test]
fn a_literal_escape_character_is_reported_where_it_stands() {
    // TOML itself forbids a raw ESC in a string, so this is a syntax error.
    let d = broken(
        "points/flood.toml",
        "Move to higher ground.\", zh",
        "Move to \u{1b}[2Jhigher ground.\", zh",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].starts_with("points/flood.toml:6:27: TOML syntax:"), "{d:?}");
}

#[test]
fn an_escaped_control_character_is_reported_too() {
    let d = broken(
        "points/flood.toml",
        "Move to higher ground.\", zh",
        "Move to \\u001b[31mhigher ground.\", zh",
    );
    assert_eq!(
        d,
        [
            "points/flood.toml:6:27: `summary.en` contains the control character U+001B (ESC, starts a terminal escape sequence)"
        ]
    );
}

#[test]
fn a_bidi_override_is_reported() {
    let d = broken("points/flood.toml", "\"洪水\" }", "\"洪\u{202e}水\" }");
    assert_eq!(
        d,
        ["points/flood.toml:5:37: `title.zh-Hans` contains the control character U+202E (bidi override)"]
    );
}

#[test]
fn a_checklist_or_readiness_reference_that_does_not_resolve_is_reported() {
    let d = diagnostics_after(&[
        ("checklists/kit.toml", "point = \"flood\"", "point = \"fluod\""),
        ("readiness.toml", "item = \"kit/water\"", "item = \"kit/food\""),
    ]);
    assert_eq!(
        d,
        [
            "checklists/kit.toml:13:9: unknown point `fluod`; did you mean `flood`?".to_string(),
            "readiness.toml:8:8: unknown checklist item (written as checklist/item) `kit/food`".to_string(),
        ]
    );
}

#[test]
fn every_problem_in_every_file_is_reported_in_one_run() {
    let d = diagnostics_after(&[
        ("guide.toml", "number = \"119\"", "number = \"1-1-9\""),
        ("points/flood.toml", "level = \"blue\"", "level = \"purple\""),
        ("points/heat.toml", "answer = false", "answer = \"no\""),
    ]);
    assert_eq!(
        d,
        [
            "guide.toml:7:10: `number` = \"1-1-9\" must be digits only, so it can be dialled".to_string(),
            "points/flood.toml:29:9: `level` = \"purple\" must be blue, yellow, orange or red".to_string(),
            "points/heat.toml:53:10: `answer` should be true or false, found string".to_string(),
        ]
    );
}

#[test]
fn a_missing_directory_is_one_clear_line() {
    match content::from_dir(Path::new("/nonexistent/ready-content")) {
        Err(LoadError::Missing(m)) => assert_eq!(
            missing(Locale::En, &m),
            "content directory `/nonexistent/ready-content` does not exist"
        ),
        _ => panic!("expected a missing-directory error"),
    }
}

#[test]
fn a_file_that_is_not_utf8_is_one_diagnostic_where_its_text_stops() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(Path::new(FIXTURE), dir.path());
    fs::write(
        dir.path().join("points/heat.toml"),
        b"id = \"heat\"\ntitle = \"h\xffeat\"",
    )
    .expect("write");
    let Err(LoadError::Invalid(d)) = content::from_dir(dir.path()) else {
        panic!("expected diagnostics");
    };
    let d: Vec<String> = d.iter().map(ToString::to_string).collect();
    assert_eq!(
        d,
        [
            "points/heat.toml:2:11: this file is not UTF-8 text (a binary file, or another encoding such as GBK); \
          save it as UTF-8"
        ]
    );
}

#[test]
fn a_binary_point_file_is_one_error_not_two() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(Path::new(FIXTURE), dir.path());
    let mut binary = b"\x7fELF\x02\x01\x01\x00".to_vec();
    binary.extend((0..=255u8).cycle().take(4096));
    fs::write(dir.path().join("points/heat.toml"), binary).expect("write");
    let Err(LoadError::Invalid(d)) = content::from_dir(dir.path()) else {
        panic!("expected diagnostics");
    };
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].file, "points/heat.toml");
}

#[test]
fn a_raw_control_byte_in_a_string_is_named_where_it_is() {
    let d = broken(
        "points/flood.toml",
        "title = { en = \"Flood\"",
        "title = { en = \"Fl\u{1}ood\"",
    );
    assert_eq!(
        d,
        ["points/flood.toml:5:19: TOML syntax: the control character U+0001 cannot be written in TOML text; delete it"]
    );
    let d = broken(
        "points/flood.toml",
        "title = { en = \"Flood\"",
        "title = { en = \"Flood\u{1b}[31m\"",
    );
    assert_eq!(
        d,
        [
            "points/flood.toml:5:22: TOML syntax: the control character U+001B (ESC, starts a terminal escape sequence) \
             cannot be written in TOML text; delete it"
        ]
    );
}

#[test]
fn a_misspelt_field_is_one_diagnostic_with_a_suggestion() {
    let d = broken("points/flood.toml", "title = ", "titel = ");
    assert_eq!(
        d,
        ["points/flood.toml:5:1: unknown field `titel`; did you mean `title`?"]
    );
    // An optional field too, and a misspelling in guide.toml's first field.
    let d = broken("points/flood.toml", "url = \"https", "link = \"https");
    assert_eq!(d, ["points/flood.toml:36:1: unknown field `link`"]);
    let d = broken("points/flood.toml", "url = \"https", "urls = \"https");
    assert_eq!(d, ["points/flood.toml:36:1: unknown field `urls`; did you mean `url`?"]);
    let d = broken("guide.toml", "locales = ", "lokales = ");
    assert_eq!(d, ["guide.toml:3:1: unknown field `lokales`; did you mean `locales`?"]);
}

#[test]
fn a_single_language_edition_checks_clean() {
    // The shipped bilingual texts kept, only English declared.
    let d = broken("guide.toml", "locales = [\"zh-Hans\", \"en\"]", "locales = [\"en\"]");
    assert_eq!(d, Vec::<String>::new());
    let d = broken(
        "guide.toml",
        "locales = [\"zh-Hans\", \"en\"]",
        "locales = [\"zh-Hans\"]",
    );
    assert_eq!(d, Vec::<String>::new());
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(Path::new(FIXTURE), dir.path());
    fs::write(
        dir.path().join("guide.toml"),
        fs::read_to_string(dir.path().join("guide.toml"))
            .expect("read")
            .replace("locales = [\"zh-Hans\", \"en\"]", "locales = [\"en\"]"),
    )
    .expect("write");
    let guide = content::from_dir(dir.path()).expect("an English-only edition loads");
    assert_eq!(guide.locales, [content::Locale::En]);
    assert!(guide.points[0].title.0.keys().all(|l| *l == content::Locale::En));
}

#[test]
fn a_mistake_in_a_hazard_is_not_reported_again_where_it_is_used() {
    let d = broken("guide.toml", "title = { en = \"Natural disasters\", ", "title = { ");
    assert_eq!(d, ["guide.toml:13:9: `title` is missing its en text"]);
}

#[test]
fn a_mistake_in_a_checklist_item_is_not_reported_again_where_it_is_used() {
    let d = broken("checklists/kit.toml", "why = { en = \"To drink.\", ", "why = { ");
    assert_eq!(d, ["checklists/kit.toml:12:7: `why` is missing its en text"]);
    let d = broken("checklists/kit.toml", "title = { en = \"Kit\", ", "title = { ");
    assert_eq!(d, ["checklists/kit.toml:2:9: `title` is missing its en text"]);
}

#[test]
fn a_checklist_order_must_name_the_checklists_there_are() {
    let d = broken(
        "guide.toml",
        "min_questions = 2",
        "min_questions = 2\nchecklists = [\"kit\", \"plan\"]",
    );
    assert_eq!(
        d,
        ["guide.toml:5:22: checklist `plan` has no file checklists/plan.toml"]
    );
    let d = broken(
        "guide.toml",
        "min_questions = 2",
        "min_questions = 2\nchecklists = [\"kit\"]",
    );
    assert_eq!(d, Vec::<String>::new());
}

#[test]
fn a_missing_point_is_reported_once_not_at_every_reference() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(Path::new(FIXTURE), dir.path());
    fs::remove_file(dir.path().join("points/heat.toml")).expect("remove");
    let Err(LoadError::Invalid(d)) = content::from_dir(dir.path()) else {
        panic!("expected diagnostics");
    };
    let d: Vec<String> = d.iter().map(ToString::to_string).collect();
    assert_eq!(d, ["guide.toml:19:20: point `heat` has no file points/heat.toml"]);
}

#[test]
fn a_file_given_instead_of_a_directory_says_so() {
    match content::from_dir(&Path::new(FIXTURE).join("guide.toml")) {
        Err(LoadError::Missing(m)) => {
            assert!(missing(Locale::En, &m).ends_with("is a file; give the content directory that holds guide.toml"))
        }
        _ => panic!("expected a one-line error"),
    }
}

#[test]
fn an_escaped_control_character_after_other_escapes_is_found_where_it_is() {
    let d = broken(
        "points/flood.toml",
        "Move to higher ground.\", zh",
        "Move \\\"to\\\" \\t higher ground.\", zh",
    );
    assert_eq!(
        d,
        ["points/flood.toml:6:31: `summary.en` contains the control character U+0009 (tab)"]
    );
}

#[test]
fn a_question_needs_an_id_unique_within_its_point() {
    let d = broken("points/flood.toml", "id = \"q2\"", "id = \"q1\"");
    assert_eq!(
        d,
        ["points/flood.toml:50:6: question id `q1` is used twice in this point"]
    );
    let d = broken("points/flood.toml", "id = \"q2\"\n", "");
    assert_eq!(d, ["points/flood.toml:49:1: missing field `id`"]);
    let d = broken("points/flood.toml", "id = \"q2\"", "id = \"Q 2\"");
    assert_eq!(
        d,
        ["points/flood.toml:50:6: `id` = \"Q 2\" is not a valid id (lowercase letters, digits and single hyphens)"]
    );
}

#[test]
fn two_points_may_use_the_same_question_id() {
    assert_eq!(diagnostics_after(&[]), Vec::<String>::new());
    let flood = fs::read_to_string(Path::new(FIXTURE).join("points/flood.toml")).unwrap();
    let heat = fs::read_to_string(Path::new(FIXTURE).join("points/heat.toml")).unwrap();
    assert!(flood.contains("id = \"q1\"") && heat.contains("id = \"q1\""));
}

#[test]
fn a_shelf_life_or_check_interval_must_be_a_period_and_not_both() {
    let d = broken(
        "checklists/kit.toml",
        "point = \"flood\"",
        "point = \"flood\"\nshelf_life = \"forever\"",
    );
    assert_eq!(
        d,
        ["checklists/kit.toml:14:14: `forever` is not a period like \"6 months\" or \"1 year\""]
    );
    let d = broken(
        "checklists/kit.toml",
        "point = \"flood\"",
        "point = \"flood\"\nshelf_life = \"1 year\"\ncheck_every = \"0 days\"",
    );
    assert_eq!(
        d,
        [
            "checklists/kit.toml:15:15: an item has `shelf_life` (it goes off) or `check_every` (it needs a look), not both"
        ]
    );
}

#[test]
fn a_recurring_check_needs_a_title_and_a_sensible_period() {
    let d = broken(
        "checklists/kit.toml",
        "\n[[sections]]",
        "\n[recurring]\nevery = \"20 years\"\n\n[[sections]]",
    );
    assert_eq!(
        d,
        [
            "checklists/kit.toml:5:1: missing field `title`",
            "checklists/kit.toml:6:9: `20 years` should be between 1 day and 10 years"
        ]
    );
    // Without `every`, six months.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), dir.path());
    let path = dir.path().join("checklists/kit.toml");
    let text = fs::read_to_string(&path).unwrap().replacen(
        "\n[[sections]]",
        "\n[recurring]\ntitle = { en = \"Stock-take\", zh-Hans = \"盘点\" }\n\n[[sections]]",
        1,
    );
    fs::write(&path, text).unwrap();
    let guide = content::from_dir(dir.path()).unwrap();
    let every = guide.checklist("kit").unwrap().recurring.as_ref().unwrap().every;
    assert_eq!(every.to_string(), "6 months");
}

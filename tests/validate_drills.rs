//! The drill validator, one rule at a time: each test breaks the fixture's
//! drill in one way and asserts the exact `FILE:LINE:COLUMN: message`.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::copy_dir;

use std::fs;
use std::path::Path;

use ready::content::{self, LoadError};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");
const DRILL: &str = "drills/high-water.toml";

fn diagnostics_after(edits: &[(&str, &str)]) -> Vec<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(Path::new(FIXTURE), dir.path());
    let path = dir.path().join(DRILL);
    let mut text = fs::read_to_string(&path).expect("read fixture drill");
    for (from, to) in edits {
        assert!(text.contains(from), "the drill does not contain {from:?}");
        text = text.replacen(from, to, 1);
    }
    fs::write(&path, text).expect("write");
    match content::from_dir(dir.path()) {
        Ok(_) => Vec::new(),
        Err(LoadError::Invalid(d)) => d.iter().map(ToString::to_string).collect(),
        Err(LoadError::Missing(m)) => vec![m.to_string()],
    }
}

fn broken(from: &str, to: &str) -> Vec<String> {
    diagnostics_after(&[(from, to)])
}

#[test]
fn the_fixture_drill_is_valid_and_loaded() {
    assert_eq!(diagnostics_after(&[]), Vec::<String>::new());
    let guide = content::from_dir(Path::new(FIXTURE)).unwrap();
    let drill = guide.drill("high-water").unwrap();
    assert_eq!(drill.steps.len(), 2);
    assert_eq!(drill.steps[drill.start].id, "street");
    assert_eq!(guide.drills_for("flood").count(), 1);
    assert_eq!(guide.drills_for("heat").count(), 0);
}

#[test]
fn a_content_set_without_drills_still_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(Path::new(FIXTURE), dir.path());
    fs::remove_dir_all(dir.path().join("drills")).unwrap();
    let guide = content::from_dir(dir.path()).unwrap();
    assert!(guide.drills.is_empty());
}

#[test]
fn a_step_that_cannot_be_reached_is_reported_at_its_id() {
    let d = broken("next = \"upstairs\"", "next = \"dry\"");
    assert_eq!(
        d,
        ["drills/high-water.toml:28:6: step `upstairs` cannot be reached from `start`"]
    );
}

#[test]
fn an_ending_that_cannot_be_reached_is_reported_at_its_id() {
    let d = broken("next = \"swept\"", "next = \"dry\"");
    let d2: Vec<_> = d.iter().filter(|l| l.contains("cannot be reached")).collect();
    assert!(d2.is_empty(), "swept is still reached from upstairs: {d:?}");
    let d = diagnostics_after(&[
        ("next = \"swept\"", "next = \"dry\""),
        ("next = \"swept\"", "next = \"dry\""),
    ]);
    assert_eq!(
        d,
        ["drills/high-water.toml:53:6: ending `swept` cannot be reached from `start`"]
    );
}

#[test]
fn a_next_that_names_nothing_is_reported_with_the_nearest_id() {
    let d = broken("next = \"upstairs\"", "next = \"upstair\"");
    assert_eq!(
        d,
        [
            "drills/high-water.toml:18:8: `next` = \"upstair\" names no step or ending of this drill; did you mean `upstairs`?"
        ]
    );
}

#[test]
fn an_unknown_start_is_reported() {
    let d = broken("start = \"street\"", "start = \"road\"");
    assert_eq!(
        d,
        ["drills/high-water.toml:4:9: `start` = \"road\" names no step or ending of this drill"]
    );
}

#[test]
fn start_must_be_a_step_not_an_ending() {
    let d = broken("start = \"street\"", "start = \"dry\"");
    assert_eq!(
        d,
        ["drills/high-water.toml:4:9: `start` = \"dry\" is an ending; it must name a step"]
    );
}

#[test]
fn a_loop_back_to_an_earlier_step_is_reported_where_it_closes() {
    // A cycle with a way out is still a loop: a walk could go round it for ever.
    let d = broken(
        "zh-Hans = \"不要再回到水里。\" }\nnext = \"swept\"",
        "zh-Hans = \"不要再回到水里。\" }\nnext = \"street\"",
    );
    assert_eq!(
        d,
        [
            "drills/high-water.toml:44:8: `next` = \"street\" leads back to an earlier step: a drill only moves forward, so every walk comes to an end"
        ]
    );
}

#[test]
fn a_cycle_without_a_way_out_is_reported() {
    // upstairs → street and street → upstairs; street's other way out is cut.
    let d = diagnostics_after(&[
        ("next = \"swept\"", "next = \"upstairs\""),
        ("next = \"dry\"", "next = \"street\""),
        ("next = \"swept\"", "next = \"street\""),
    ]);
    assert!(
        d.iter()
            .any(|l| l.starts_with("drills/high-water.toml:37:8: `next` = \"street\" leads back")),
        "{d:?}"
    );
    assert!(d.iter().any(|l| l.contains("ending `dry` cannot be reached")), "{d:?}");
}

#[test]
fn a_dead_end_step_with_no_choices_is_reported() {
    let text = fs::read_to_string(Path::new(FIXTURE).join(DRILL)).unwrap();
    let start = text.find("[[steps.choices]]\nid = \"wait\"").unwrap();
    let end = text.find("[[endings]]").unwrap();
    let d = broken(&text[start..end], "");
    assert_eq!(d, ["drills/high-water.toml:27:1: missing field `choices`"]);
}

#[test]
fn a_drill_with_no_safe_ending_is_reported_at_start() {
    let d = broken("outcome = \"safe\"", "outcome = \"hurt\"");
    assert_eq!(
        d,
        [
            "drills/high-water.toml:4:9: no way through this drill ends `safe`: it must show at least one way to come through"
        ]
    );
}

#[test]
fn an_unknown_outcome_is_reported() {
    let d = broken("outcome = \"safe\"", "outcome = \"fine\"");
    assert_eq!(
        d,
        ["drills/high-water.toml:48:11: `outcome` = \"fine\" must be safe, hurt or worse"]
    );
}

#[test]
fn a_step_needs_two_to_four_choices() {
    let extra = "[[steps.choices]]\nid = \"x{n}\"\ntext = { en = \"X\", zh-Hans = \"甲\" }\ngood = false\nfeedback = { en = \"X\", zh-Hans = \"甲\" }\nnext = \"swept\"\n\n";
    let more: String = (0..3).map(|n| extra.replace("{n}", &n.to_string())).collect();
    let d = broken(
        "[[steps]]\nid = \"upstairs\"",
        &format!("{more}[[steps]]\nid = \"upstairs\""),
    );
    assert_eq!(
        d,
        ["drills/high-water.toml:12:1: a step needs 2 to 4 choices, this one has 5"]
    );
}

#[test]
fn feedback_must_be_given_in_every_language() {
    let d = broken(
        "feedback = { en = \"Moving water knocks you down.\", zh-Hans = \"流动的水会把人冲倒。\" }",
        "feedback = { en = \"Moving water knocks you down.\" }",
    );
    assert_eq!(
        d,
        ["drills/high-water.toml:24:12: `feedback` is missing its zh-Hans text"]
    );
}

#[test]
fn a_good_choice_needs_a_source_that_exists() {
    let d = broken("source = 1\n", "");
    assert_eq!(
        d,
        ["drills/high-water.toml:15:8: a good choice needs a `source`: the number of the [[sources]] entry it follows"]
    );
    let d = broken("source = 1\n", "source = 2\n");
    assert_eq!(
        d,
        ["drills/high-water.toml:16:10: `source` = 2 names no source: they are counted from 1 and this drill has 1"]
    );
}

#[test]
fn linked_points_must_exist() {
    let d = broken("rehearses = [\"flood\"]", "rehearses = [\"floods\"]");
    assert_eq!(
        d,
        ["drills/high-water.toml:3:14: unknown point `floods`; did you mean `flood`?"]
    );
    let d = broken("points = [\"flood\", \"heat\"]", "points = [\"flood\", \"cold\"]");
    assert_eq!(d, ["drills/high-water.toml:56:20: unknown point `cold`"]);
}

#[test]
fn ids_are_unique_across_steps_and_endings() {
    let d = broken("id = \"dry\"", "id = \"upstairs\"");
    assert!(
        d.contains(
            &"drills/high-water.toml:47:6: `upstairs` is already the id of a step: step and ending ids must be unique in a drill"
                .to_string()
        ),
        "{d:?}"
    );
    let d = broken("id = \"wade\"", "id = \"climb\"");
    assert_eq!(
        d,
        ["drills/high-water.toml:21:6: choice id `climb` is used twice in this step"]
    );
}

#[test]
fn a_drill_file_must_be_named_after_its_id() {
    let d = broken("id = \"high-water\"", "id = \"flood-water\"");
    assert_eq!(
        d,
        ["drills/high-water.toml:1:6: `id` = \"flood-water\" must match the file name `high-water.toml`"]
    );
}

#[test]
fn a_situation_is_one_to_four_lines() {
    let d = broken(
        "situation = { en = [\"Water is rising in the street.\"]",
        "situation = { en = [\"a\", \"b\", \"c\", \"d\", \"e\"]",
    );
    assert_eq!(
        d,
        ["drills/high-water.toml:10:13: `situation.en` has 5 lines; keep it to 1 to 4 short lines"]
    );
}

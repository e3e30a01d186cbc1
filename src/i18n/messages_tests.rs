//! The command line's sentences in both languages.

use super::*;

#[test]
fn one_of_a_thing_is_singular_in_english() {
    let one = Tally {
        categories: 1,
        points: 1,
        questions: 1,
        checklists: 1,
        drills: 1,
        readiness: true,
    };
    assert_eq!(
        check_ok(Locale::En, &one),
        "ok: 1 category, 1 point, 1 quiz question, 1 checklist, 1 drill, a readiness check"
    );
    let two = Tally {
        categories: 2,
        points: 2,
        questions: 2,
        checklists: 0,
        drills: 2,
        readiness: false,
    };
    assert_eq!(
        check_ok(Locale::En, &two),
        "ok: 2 categories, 2 points, 2 quiz questions, 0 checklists, 2 drills, no readiness check (readiness.toml)"
    );
    assert_eq!(
        check_ok(Locale::ZhHans, &one),
        "通过：1 个类别，1 个要点，1 道自测题，1 份清单，1 个演练，含家庭应急准备自查"
    );
    assert!(problems(Locale::En, "x", 1, "ready check x").starts_with("x has 1 problem; fix it,"));
}

#[test]
fn did_you_mean_lists_in_each_language() {
    assert_eq!(did_you_mean(Locale::En, &["fire"]), "; did you mean `fire`?");
    assert_eq!(
        did_you_mean(Locale::En, &["a", "b", "c"]),
        "; did you mean `a`, `b` or `c`?"
    );
    assert_eq!(did_you_mean(Locale::ZhHans, &["a", "b"]), "；你要找的是不是 `a`、`b`？");
}

#[test]
fn an_unknown_id_with_nothing_close_lists_a_short_set_or_points_to_list() {
    let short = unknown_id(Locale::En, Kind::Checklist, "x", &[], &["supplies", "family-plan"]);
    assert_eq!(
        short,
        "no checklist has the id `x`; the ids are `supplies`, `family-plan`"
    );
    let many: Vec<&str> = (0..20).map(|_| "p").collect();
    let long = unknown_id(Locale::ZhHans, Kind::Point, "x", &[], &many);
    assert_eq!(long, "没有编号为 `x` 的要点；`ready list` 列出所有编号");
}

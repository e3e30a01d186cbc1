use super::*;

fn guide() -> Guide {
    crate::content::embedded().expect("built-in guide")
}

fn line(at: &str, visit: u64, event: &str) -> String {
    format!(r#"{{"at":"{at}T10:00:00+08:00","visit":{visit},{event}}}"#)
}

fn answer(visit: u64, q: &str, correct: bool) -> String {
    line(
        "2026-12-01",
        visit,
        &format!(r#""event":"answer","question":"{q}","correct":{correct}"#),
    )
}

#[test]
fn two_kiosks_files_add_up_and_bad_lines_are_counted_not_fatal() {
    let g = guide();
    let a = [
        line("2026-12-01", 1, r#""event":"session-start""#),
        line("2026-12-01", 1, r#""event":"point-open","point":"typhoon""#),
        line("2026-12-01", 1, r#""event":"session-end","seconds":60"#),
        "not json at all".to_string(),
        line("2026-12-01", 1, r#""event":"quiz-end","right":3,"total":4"#),
        r#"{"at":"2026-12-01T10:00:00+08:00","visit":2,"event":"sess"#.to_string(),
    ]
    .join("\n");
    let b = [
        line("2026-12-01", 9, r#""event":"session-start""#),
        line("2026-12-02", 10, r#""event":"session-start""#),
        line("2026-12-02", 10, r#""event":"point-open","point":"typhoon""#),
        line("2026-12-02", 10, r#""event":"point-open","point":"cpr-aed""#),
        line("2026-12-02", 10, r#""event":"point-open","point":"no-such-point""#),
        line("2026-12-02", 10, r#""event":"session-end","seconds":200"#),
        line("2026-12-02", 10, r#""event":"session-end","seconds":20"#),
        line("2026-12-02", 10, r#""event":"idle-reset""#),
        line("2026-12-02", 10, r#""event":"quiz-end","right":1,"total":4"#),
        line("2026-12-02", 10, r#""event":"readiness","level":"B""#),
        r#"{"some":"other program's log"}"#.to_string(),
    ]
    .join("\n");
    let s = summarise(&g, [a.as_str(), b.as_str()]);
    assert_eq!(s.visits, 3);
    assert_eq!(
        s.visits_per_day.into_iter().collect::<Vec<_>>(),
        [("2026-12-01".to_string(), 2), ("2026-12-02".to_string(), 1)]
    );
    assert_eq!(s.median_visit_seconds, Some(60));
    assert_eq!(s.quizzes, 2);
    assert_eq!(s.average_score_percent, Some(50));
    assert_eq!(s.idle_resets, 1);
    assert_eq!(s.readiness_levels.get("B"), Some(&1));
    assert_eq!(s.skipped_lines, 3, "garbage, a cut-off last line, a foreign line");
    assert_eq!(s.unknown_ids, 1);
    let typhoon = g.points.iter().position(|p| p.id == "typhoon").unwrap();
    assert_eq!(
        s.most_read[0],
        Read {
            point: typhoon,
            opens: 2
        }
    );
    assert_eq!(s.most_read.len(), 2);
}

#[test]
fn the_most_missed_are_ranked_by_share_wrong_and_need_a_few_answers() {
    let g = guide();
    let mut lines = Vec::new();
    // fire#q1: 3 of 4 wrong; burns#q1: 2 of 2 wrong (too few to judge);
    // choking#q1: 1 of 3 wrong; cpr-aed#q1: never wrong; an unknown id.
    for (i, c) in [false, false, false, true].into_iter().enumerate() {
        lines.push(answer(i as u64, "fire#q1", c));
    }
    lines.push(answer(1, "burns#q1", false));
    lines.push(answer(2, "burns#q1", false));
    for c in [false, true, true] {
        lines.push(answer(3, "choking#q1", c));
    }
    for _ in 0..5 {
        lines.push(answer(4, "cpr-aed#q1", true));
    }
    lines.push(answer(5, "fire#gone", false));
    let text = lines.join("\n");
    let s = summarise(&g, [text.as_str()]);
    let missed: Vec<(&str, usize, usize)> = s
        .most_missed
        .iter()
        .map(|m| (m.question.as_str(), m.wrong, m.answers))
        .collect();
    assert_eq!(missed, [("fire#q1", 3, 4), ("choking#q1", 1, 3)]);
    assert_eq!(s.unknown_ids, 1);
    let fire = &s.most_missed[0];
    assert_eq!(g.points[fire.point].quiz[fire.index].id, "q1");
}

#[test]
fn nothing_in_nothing_out() {
    let s = summarise(&guide(), [""]);
    assert_eq!(s, Summary::default());
}

#[test]
fn the_most_common_wrong_first_move_is_found_per_drill() {
    let g = guide();
    let choice = |visit: u64, drill: &str, step: &str, choice: &str| {
        line(
            "2026-12-01",
            visit,
            &format!(r#""event":"drill-choice","drill":"{drill}","step":"{step}","choice":"{choice}","good":false"#),
        )
    };
    let text = [
        choice(1, "choking", "dinner", "water"),
        choice(2, "choking", "dinner", "wait"),
        choice(3, "choking", "dinner", "water"),
        choice(4, "choking", "dinner", "act-now"),
        // Not a first move, and a drill everyone started right.
        choice(1, "choking", "worse", "let-go"),
        choice(5, "night-fire", "alarm", "feel-door"),
        // Gone from the guide: counted as unknown, not as a move.
        choice(6, "choking", "dinner", "no-such-choice"),
        choice(6, "no-such-drill", "a", "b"),
    ]
    .join("\n");
    let s = summarise(&g, [text.as_str()]);
    let choking = g.drills.iter().position(|d| d.id == "choking").unwrap();
    let start = &g.drills[choking].steps[g.drills[choking].start];
    assert_eq!(s.wrong_first_moves.len(), 1, "{:?}", s.wrong_first_moves);
    let m = &s.wrong_first_moves[0];
    assert_eq!((m.drill, m.count, m.first_moves), (choking, 2, 4));
    assert_eq!(start.choices[m.choice].id, "water");
    assert_eq!(s.unknown_ids, 2);
}

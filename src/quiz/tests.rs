use super::*;

fn guide() -> Guide {
    crate::content::embedded().unwrap()
}

#[test]
fn a_point_quiz_asks_every_question_of_that_point() {
    let g = guide();
    let s = Session::new(&g, &Scope::Point("choking".into()), 1);
    assert_eq!(s.items.len(), g.point("choking").unwrap().quiz.len());
    assert!(s.items.iter().all(|i| i.question.point == "choking"));
}

#[test]
fn a_category_quiz_stays_in_its_category() {
    let g = guide();
    let s = Session::new(&g, &Scope::Category("prepare".into()), 1);
    let expected: usize = g
        .points
        .iter()
        .filter(|p| p.category == "prepare")
        .map(|p| p.quiz.len())
        .sum();
    assert_eq!(s.items.len(), expected);
    assert!(s.items.iter().all(|i| g.points[i.point].category == "prepare"));
}

#[test]
fn a_mixed_quiz_draws_n_distinct_questions_from_across_the_guide() {
    let g = guide();
    let s = Session::new(&g, &Scope::Mixed(MIXED_COUNT), 7);
    assert_eq!(s.items.len(), MIXED_COUNT);
    let mut refs: Vec<_> = s.items.iter().map(|i| i.question.clone()).collect();
    refs.dedup();
    assert_eq!(refs.len(), MIXED_COUNT);
    let categories: std::collections::BTreeSet<_> = s.items.iter().map(|i| &g.points[i.point].category).collect();
    assert!(categories.len() > 1);
}

#[test]
fn answering_through_the_shuffle_scores_by_the_original_key() {
    let g = guide();
    let mut s = Session::new(&g, &Scope::Mixed(20), 3);
    for i in 0..s.items.len() {
        let right = s.shown_answer(&g, i);
        assert!(s.answer(&g, i, &right).unwrap().correct);
    }
    assert_eq!(s.score(), Score { right: 20, total: 20 });
    assert!(s.missed().is_empty());
}

#[test]
fn a_wrong_answer_is_missed_and_counted_in_its_category() {
    let g = guide();
    let mut s = Session::new(&g, &Scope::Point("burns".into()), 5);
    let right = s.shown_answer(&g, 0);
    let wrong = (0..s.items[0].order.len()).find(|p| !right.contains(p)).unwrap();
    assert!(!s.answer(&g, 0, &[wrong]).unwrap().correct);
    for i in 1..s.items.len() {
        let right = s.shown_answer(&g, i);
        s.answer(&g, i, &right);
    }
    assert_eq!(s.missed(), vec![s.items[0].question.clone()]);
    let by = s.by_category(&g);
    assert_eq!(
        by,
        vec![(
            "respond".to_string(),
            Score {
                right: s.items.len() - 1,
                total: s.items.len()
            }
        )]
    );
}

#[test]
fn a_single_choice_question_rejects_two_answers_and_positions_out_of_range() {
    let g = guide();
    let mut s = Session::new(&g, &Scope::Point("fire".into()), 1);
    let i = (0..s.items.len())
        .find(|&i| s.question(&g, i).unwrap().kind == QuestionKind::Single)
        .unwrap();
    assert_eq!(s.answer(&g, i, &[0, 1]), None);
    assert_eq!(s.answer(&g, i, &[99]), None);
    assert_eq!(s.answers[i], None);
}

#[test]
fn saved_mistakes_that_no_longer_exist_are_skipped() {
    let g = guide();
    let refs = vec![
        QuestionRef {
            point: "fire".into(),
            id: "q1".into(),
        },
        QuestionRef {
            point: "no-such-point".into(),
            id: "q1".into(),
        },
        QuestionRef {
            point: "fire".into(),
            id: "no-such-question".into(),
        },
    ];
    let s = Session::new(&g, &Scope::Only(refs), 1);
    assert_eq!(s.items.len(), 1);
}

#[test]
fn question_refs_round_trip_through_text() {
    let r = QuestionRef {
        point: "cpr-aed".into(),
        id: "q2".into(),
    };
    assert_eq!(r.to_string(), "cpr-aed#q2");
    assert_eq!(r.to_string().parse::<QuestionRef>(), Ok(r));
    assert!("nonsense".parse::<QuestionRef>().is_err());
    assert!("cpr-aed#".parse::<QuestionRef>().is_err());
}

//! The quiz engine under any seed and any answers.

#![allow(clippy::panic, clippy::unwrap_used)]

use std::sync::OnceLock;

use proptest::prelude::*;
use ready::content::{Guide, Locale};
use ready::quiz::{Scope, Session};

fn guide() -> &'static Guide {
    static GUIDE: OnceLock<Guide> = OnceLock::new();
    GUIDE.get_or_init(|| ready::content::embedded().unwrap())
}

fn scope() -> impl Strategy<Value = Scope> {
    let g = guide();
    prop_oneof![
        (1usize..40).prop_map(Scope::Mixed),
        (0..g.categories.len()).prop_map(move |i| Scope::Category(g.categories[i].id.to_string())),
        (0..g.points.len()).prop_map(move |i| Scope::Point(g.points[i].id.to_string())),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn a_seed_gives_the_same_run(scope in scope(), seed in any::<u64>()) {
        prop_assert_eq!(Session::new(guide(), &scope, seed), Session::new(guide(), &scope, seed));
    }

    #[test]
    fn after_any_shuffle_the_key_points_at_the_same_option_text(scope in scope(), seed in any::<u64>()) {
        let g = guide();
        let session = Session::new(g, &scope, seed);
        for i in 0..session.items.len() {
            let question = session.question(g, i).unwrap();
            let item = &session.items[i];
            let shown: Vec<&str> =
                session.shown_answer(g, i).iter().map(|&s| question.options[item.order[s]].text(Locale::En)).collect();
            let original: Vec<&str> = question.answer.iter().map(|&a| question.options[a].text(Locale::En)).collect();
            let mut shown_sorted = shown.clone();
            shown_sorted.sort();
            let mut original_sorted = original.clone();
            original_sorted.sort();
            prop_assert_eq!(shown_sorted, original_sorted);
            let mut order = item.order.clone();
            order.sort();
            prop_assert_eq!(order, (0..question.options.len()).collect::<Vec<_>>(), "a permutation");
        }
    }

    #[test]
    fn the_score_never_exceeds_the_questions_answered(
        scope in scope(),
        seed in any::<u64>(),
        picks in prop::collection::vec(prop::collection::vec(0usize..8, 0..4), 0..40),
    ) {
        let g = guide();
        let mut session = Session::new(g, &scope, seed);
        let mut accepted = 0;
        for (i, pick) in picks.iter().enumerate().take(session.items.len()) {
            if session.answer(g, i, pick).is_some() {
                accepted += 1;
            }
        }
        let score = session.score();
        prop_assert!(score.right <= accepted);
        prop_assert!(score.right <= score.total);
        prop_assert_eq!(score.total, session.items.len());
        let by_category: usize = session.by_category(g).iter().map(|(_, s)| s.right).sum();
        prop_assert_eq!(by_category, score.right);
        prop_assert_eq!(session.missed().len(), score.total - score.right);
    }
}

//! The household readiness check: yes/no answers to a level, and what to
//! do about each "no".

use std::collections::BTreeMap;

use crate::content::{Readiness, ReadinessLevel, ReadinessQuestion};

/// The level a number of "yes" answers reaches: the highest whose minimum
/// it meets (the content guarantees one level starts at 0).
pub fn level(readiness: &Readiness, yes: usize) -> Option<&ReadinessLevel> {
    readiness
        .levels
        .iter()
        .filter(|l| yes >= l.min_yes)
        .max_by_key(|l| l.min_yes)
}

pub fn yes_count(answers: &BTreeMap<String, bool>, readiness: &Readiness) -> usize {
    readiness
        .questions
        .iter()
        .filter(|q| answers.get(q.id.as_str()) == Some(&true))
        .count()
}

/// The questions answered "no", in order: the household's to-do list.
pub fn gaps<'r>(answers: &BTreeMap<String, bool>, readiness: &'r Readiness) -> Vec<&'r ReadinessQuestion> {
    readiness
        .questions
        .iter()
        .filter(|q| answers.get(q.id.as_str()) == Some(&false))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_count_of_yes_reaches_exactly_one_level_and_more_yes_never_lowers_it() {
        let guide = crate::content::embedded().unwrap();
        let readiness = guide.readiness.as_ref().unwrap();
        let mut previous = 0;
        for yes in 0..=readiness.questions.len() {
            let l = level(readiness, yes).unwrap();
            assert!(l.min_yes >= previous);
            previous = l.min_yes;
        }
        assert_eq!(level(readiness, 0).unwrap().min_yes, 0);
        assert_eq!(level(readiness, readiness.questions.len()).unwrap().id, "A");
    }

    #[test]
    fn gaps_are_the_no_answers_in_order() {
        let guide = crate::content::embedded().unwrap();
        let readiness = guide.readiness.as_ref().unwrap();
        let mut answers = BTreeMap::new();
        answers.insert(readiness.questions[2].id.to_string(), false);
        answers.insert(readiness.questions[0].id.to_string(), false);
        answers.insert(readiness.questions[1].id.to_string(), true);
        let ids: Vec<_> = gaps(&answers, readiness).iter().map(|q| q.id.clone()).collect();
        assert_eq!(
            ids,
            vec![readiness.questions[0].id.clone(), readiness.questions[2].id.clone()]
        );
        assert_eq!(yes_count(&answers, readiness), 1);
    }
}

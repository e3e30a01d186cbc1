//! What a person has done: points read, the last place, quiz scores and
//! mistakes, checklist ticks, the household size. One versioned JSON
//! file, written atomically; a bad file never stops the guide and is never
//! silently lost, and two copies of `ready` on one file merge their
//! changes instead of overwriting each other's.

mod merge;
mod notice;
mod read_counts;
mod store;
mod validate;

pub use notice::{BadFile, Notice};
pub use read_counts::ReadCounts;
pub use store::{Store, default_dir};
pub use validate::Dropped;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::content::{Guide, Outcome};
use crate::quiz::{QuestionRef, Scope, Session};

/// 2: saved mistakes name questions by id (`point#q3`), not by position.
/// 3: dates on supplies and recurring checks, and the family plan's details.
pub const VERSION: u32 = 3;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    /// Ids of the points opened at least once.
    #[serde(default)]
    pub read: BTreeSet<String>,
    /// The point open when the guide was last closed.
    #[serde(default)]
    pub last_point: Option<String>,
    /// Quiz scores per quiz scope: a category's id, `point/ID`, `mixed`.
    #[serde(default)]
    pub scores: BTreeMap<String, CategoryScores>,
    /// Questions last answered wrongly, as `point-id#question-id`, for "review my
    /// mistakes"; a right answer later takes one off.
    #[serde(default)]
    pub missed: Vec<String>,
    /// Ticked checklist items, as `checklist-id/item-id`.
    #[serde(default)]
    pub ticks: BTreeSet<String>,
    /// People in the household, to scale supplies.
    #[serde(default = "default_household")]
    pub household: u32,
    /// The readiness check's last answers, by question id.
    #[serde(default)]
    pub readiness: BTreeMap<String, bool>,
    /// Where the reader was when the guide closed, to reopen just there.
    /// (Files without it fall back to `last_point`.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// Use-by and next-check dates, by `checklist-id/item-id`, and the next
    /// recurring check of a whole checklist, by `checklist-id`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub dates: BTreeMap<String, jiff::civil::Date>,
    /// The family plan's own details, by field key (`upkeep::plan::Field`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub plan: BTreeMap<String, String>,
    /// Drills played to an ending, by drill id. (Files without it have none.)
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub drills: BTreeMap<String, DrillRecord>,
}

/// How often a drill was played to its end, and the best way it ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrillRecord {
    pub completed: u32,
    pub best: Outcome,
}

/// A place in the guide worth reopening.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "screen", rename_all = "kebab-case")]
pub enum Place {
    Home,
    /// A point, a section of it, and how far into that section in per
    /// mille: line numbers change when the window or the language does.
    Point {
        id: String,
        section: usize,
        within: u16,
    },
    Checklist {
        id: String,
        selected: usize,
    },
    Readiness,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub right: usize,
    pub total: usize,
}

impl Tally {
    /// Whether this is a better result than `other`: a higher share right,
    /// from a run long enough to compare (one lucky question is not a best).
    pub(crate) fn beats(self, other: Tally) -> bool {
        other.total == 0 || (self.total >= other.total.min(3) && self.right * other.total > other.right * self.total)
    }

    /// The share right, in whole percent.
    pub fn percent(self) -> usize {
        (self.right * 100).checked_div(self.total).unwrap_or(0)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryScores {
    pub best: Tally,
    pub last: Tally,
}

fn default_household() -> u32 {
    1
}

impl Progress {
    pub fn new() -> Progress {
        Progress {
            version: VERSION,
            household: default_household(),
            ..Progress::default()
        }
    }

    /// Keeps one answer the moment it is given: a wrong one is a saved
    /// mistake at once, a right one takes that mistake off. A quiz left
    /// part-way loses nothing already answered.
    pub fn record_answer(&mut self, question: &QuestionRef, correct: bool) {
        let key = question.to_string();
        self.missed.retain(|m| *m != key);
        if !correct {
            self.missed.push(key);
        }
    }

    /// Keeps a finished quiz's score as the last, and the best if it is,
    /// under its own scope (`Scope::key`): a point's quiz never overwrites
    /// its category's score. Reviews of mistakes have no key and no score.
    pub fn record_score(&mut self, scope: &Scope, right: usize, total: usize) {
        let Some(key) = scope.key() else { return };
        let tally = Tally { right, total };
        let entry = self.scores.entry(key).or_default();
        entry.last = tally;
        if tally.beats(entry.best) {
            entry.best = tally;
        }
    }

    /// Everything a quiz session holds: each answer given, and the score
    /// if every question was answered.
    pub fn record_quiz(&mut self, session: &Session, scope: &Scope) {
        for (item, answer) in session.items.iter().zip(&session.answers) {
            if let Some(a) = answer {
                self.record_answer(&item.question, a.correct);
            }
        }
        if session.answers.iter().all(Option::is_some) {
            let score = session.score();
            self.record_score(scope, score.right, score.total);
        }
    }

    /// A drill played to its end: one more completion, and its outcome
    /// kept if it is the best yet.
    pub fn record_drill(&mut self, drill: &str, outcome: Outcome) {
        let record = self.drills.entry(drill.to_string()).or_insert(DrillRecord {
            completed: 0,
            best: outcome,
        });
        record.completed = record.completed.saturating_add(1);
        record.best = record.best.max(outcome);
    }

    /// Drops saved mistakes that name a question the guide no longer has
    /// (content edited, or an old file that could not be matched), and says
    /// how many went, so the reader is told rather than left wondering.
    pub fn forget_missing(&mut self, guide: &Guide) -> usize {
        let before = self.missed.len();
        self.missed.retain(|m| {
            m.parse::<QuestionRef>().is_ok_and(|r| {
                guide
                    .point(&r.point)
                    .is_some_and(|p| p.quiz.iter().any(|q| q.id == r.id))
            })
        });
        before - self.missed.len()
    }

    /// The saved mistakes as question references (unparsable ones dropped).
    pub fn missed_questions(&self) -> Vec<QuestionRef> {
        self.missed.iter().filter_map(|m| m.parse().ok()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quiz_keeps_last_and_best_scores_per_scope_and_the_mistakes_list() {
        use crate::quiz::Scope;
        let guide = crate::content::embedded().unwrap();
        let mut p = Progress::new();
        let burns = Scope::Point("burns".into());
        let mut session = Session::new(&guide, &burns, 1);
        for i in 0..session.items.len() {
            let right = session.shown_answer(&guide, i);
            let wrong: Vec<usize> = (0..session.items[i].order.len())
                .filter(|x| !right.contains(x))
                .take(1)
                .collect();
            session.answer(&guide, i, if i == 0 { &wrong } else { &right });
        }
        p.record_quiz(&session, &burns);
        let n = session.items.len();
        assert_eq!(p.scores["point/burns"].last, Tally { right: n - 1, total: n });
        assert!(
            !p.scores.contains_key("respond"),
            "a point quiz is not its category's score"
        );
        assert_eq!(p.missed, vec![session.items[0].question.to_string()]);
        // A right answer in a review clears the mistake, and is no score.
        let review = Scope::Only(p.missed_questions());
        let mut again = Session::new(&guide, &review, 2);
        let right = again.shown_answer(&guide, 0);
        again.answer(&guide, 0, &right);
        p.record_quiz(&again, &review);
        assert!(p.missed.is_empty());
        assert_eq!(p.scores.len(), 1, "a review is not a score");
        // One lucky question does not beat a longer run.
        let mut one = Session::new(&guide, &burns, 3);
        one.limit(1);
        let right = one.shown_answer(&guide, 0);
        one.answer(&guide, 0, &right);
        p.record_quiz(&one, &burns);
        assert_eq!(p.scores["point/burns"].last, Tally { right: 1, total: 1 });
        assert_eq!(p.scores["point/burns"].best, Tally { right: n - 1, total: n });
    }

    #[test]
    fn a_drill_keeps_its_count_and_best_outcome() {
        let mut p = Progress::new();
        p.record_drill("choking", Outcome::Hurt);
        p.record_drill("choking", Outcome::Safe);
        p.record_drill("choking", Outcome::Worse);
        assert_eq!(
            p.drills["choking"],
            DrillRecord {
                completed: 3,
                best: Outcome::Safe
            }
        );
        // Files from before drills load, and a file without drills does
        // not gain an empty field.
        let old: Progress = serde_json::from_str(r#"{"version":2}"#).unwrap();
        assert!(old.drills.is_empty());
        assert!(!serde_json::to_string(&old).unwrap().contains("drills"));
    }

    #[test]
    fn answers_count_as_they_are_given_even_in_a_quiz_left_part_way() {
        use crate::quiz::Scope;
        let guide = crate::content::embedded().unwrap();
        let scope = Scope::Category("respond".into());
        let mut session = Session::new(&guide, &scope, 4);
        for i in 0..2 {
            let right = session.shown_answer(&guide, i);
            let wrong: Vec<usize> = (0..session.items[i].order.len())
                .filter(|x| !right.contains(x))
                .take(1)
                .collect();
            session.answer(&guide, i, &wrong);
        }
        let mut p = Progress::new();
        p.record_quiz(&session, &scope);
        assert_eq!(p.missed.len(), 2, "both mistakes kept");
        assert!(p.scores.is_empty(), "an unfinished quiz gives no score");
    }
}

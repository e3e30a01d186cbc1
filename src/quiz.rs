//! A quiz session: which questions, in what order, with options shuffled,
//! and how the person answered. Pure and seeded: the same seed gives the
//! same run, so a quiz can be replayed and tested without a terminal.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crate::content::{Guide, Question, QuestionKind};

/// A question of the guide, stable across runs and content edits: the
/// point's id and the question's own id. Saved as `point-id#question-id`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuestionRef {
    pub point: String,
    pub id: String,
}

impl fmt::Display for QuestionRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.point, self.id)
    }
}

impl FromStr for QuestionRef {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (point, id) = s.rsplit_once('#').ok_or(())?;
        if point.is_empty() || id.is_empty() {
            return Err(());
        }
        Ok(QuestionRef {
            point: point.to_string(),
            id: id.to_string(),
        })
    }
}

/// Which questions a quiz asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Every question of one point.
    Point(String),
    /// Every question of one category.
    Category(String),
    /// `n` questions drawn from the whole guide.
    Mixed(usize),
    /// These questions again (the ones last missed).
    Only(Vec<QuestionRef>),
}

impl Scope {
    /// Where a finished quiz's score is kept: a category's own id (as home
    /// shows it), `point/ID`, or `mixed`. Reviews of mistakes are not scored.
    pub fn key(&self) -> Option<String> {
        match self {
            Scope::Category(id) => Some(id.clone()),
            Scope::Point(id) => Some(format!("point/{id}")),
            Scope::Mixed(_) => Some("mixed".to_string()),
            Scope::Only(_) => None,
        }
    }
}

/// The default length of a mixed self-check.
pub const MIXED_COUNT: usize = 10;

/// One question as asked: `order[i]` is the original index of the option
/// shown in position `i`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub question: QuestionRef,
    /// Index of the point in `Guide::points`.
    pub point: usize,
    /// Index of the question in that point's quiz.
    pub index: usize,
    pub order: Vec<usize>,
}

/// How one question was answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// Original option indexes chosen, ascending.
    pub chosen: Vec<usize>,
    pub correct: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub items: Vec<Item>,
    pub answers: Vec<Option<Answer>>,
}

/// Right answers out of questions, for a category or the whole quiz.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    pub right: usize,
    pub total: usize,
}

impl Session {
    /// A quiz over `scope`, shuffled by `seed`. Questions that no longer
    /// exist (a saved mistake from older content) are skipped.
    pub fn new(guide: &Guide, scope: &Scope, seed: u64) -> Session {
        let mut rng = fastrand::Rng::with_seed(seed);
        let all = |filter: &dyn Fn(&str, &str) -> bool| -> Vec<QuestionRef> {
            guide
                .points
                .iter()
                .filter(|p| filter(&p.id, &p.category))
                .flat_map(|p| {
                    p.quiz.iter().map(|q| QuestionRef {
                        point: p.id.to_string(),
                        id: q.id.to_string(),
                    })
                })
                .collect()
        };
        let mut refs = match scope {
            Scope::Point(id) => all(&|p, _| p == id),
            Scope::Category(id) => all(&|_, c| c == id),
            Scope::Mixed(_) => all(&|_, _| true),
            Scope::Only(refs) => refs.clone(),
        };
        rng.shuffle(&mut refs);
        if let Scope::Mixed(n) = scope {
            refs.truncate(*n);
        }
        let items: Vec<Item> = refs
            .into_iter()
            .filter_map(|question| {
                let point = guide.point_index(&question.point)?;
                let index = guide.points[point].quiz.iter().position(|q| q.id == question.id)?;
                let q = &guide.points[point].quiz[index];
                let mut order: Vec<usize> = (0..q.options.len()).collect();
                // True stays before false: shuffling them only confuses.
                if q.kind != QuestionKind::TrueFalse {
                    rng.shuffle(&mut order);
                }
                Some(Item {
                    question,
                    point,
                    index,
                    order,
                })
            })
            .collect();
        let answers = vec![None; items.len()];
        Session { items, answers }
    }

    /// Keeps only the first `n` questions.
    pub fn limit(&mut self, n: usize) {
        self.items.truncate(n);
        self.answers.truncate(n);
    }

    pub fn question<'g>(&self, guide: &'g Guide, i: usize) -> Option<&'g Question> {
        let item = self.items.get(i)?;
        guide.points.get(item.point)?.quiz.get(item.index)
    }

    /// Records an answer given as displayed positions; returns it, or
    /// `None` if the positions are not a valid answer to this question.
    pub fn answer(&mut self, guide: &Guide, i: usize, shown: &[usize]) -> Option<Answer> {
        let question = self.question(guide, i)?;
        let item = &self.items[i];
        let mut chosen: Vec<usize> = shown
            .iter()
            .map(|&s| item.order.get(s).copied())
            .collect::<Option<_>>()?;
        chosen.sort_unstable();
        chosen.dedup();
        let allowed = match question.kind {
            QuestionKind::Multiple => !chosen.is_empty(),
            _ => chosen.len() == 1,
        };
        if !allowed {
            return None;
        }
        let answer = Answer {
            correct: chosen == question.answer,
            chosen,
        };
        self.answers[i] = Some(answer.clone());
        Some(answer)
    }

    /// Where the right options are shown, for feedback.
    pub fn shown_answer(&self, guide: &Guide, i: usize) -> Vec<usize> {
        let (Some(question), Some(item)) = (self.question(guide, i), self.items.get(i)) else {
            return Vec::new();
        };
        (0..item.order.len())
            .filter(|&s| question.answer.contains(&item.order[s]))
            .collect()
    }

    pub fn score(&self) -> Score {
        Score {
            right: self.answers.iter().flatten().filter(|a| a.correct).count(),
            total: self.items.len(),
        }
    }

    /// The score in each category the quiz touched, in guide order.
    pub fn by_category(&self, guide: &Guide) -> Vec<(String, Score)> {
        let mut scores: BTreeMap<&str, Score> = BTreeMap::new();
        for (item, answer) in self.items.iter().zip(&self.answers) {
            let category = guide.points[item.point].category.as_str();
            let score = scores.entry(category).or_default();
            score.total += 1;
            score.right += usize::from(answer.as_ref().is_some_and(|a| a.correct));
        }
        guide
            .categories
            .iter()
            .filter_map(|c| scores.get(c.id.as_str()).map(|s| (c.id.to_string(), *s)))
            .collect()
    }

    /// The questions answered wrongly (or not at all), in the order asked.
    pub fn missed(&self) -> Vec<QuestionRef> {
        self.items
            .iter()
            .zip(&self.answers)
            .filter(|(_, a)| !a.as_ref().is_some_and(|a| a.correct))
            .map(|(item, _)| item.question.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests;

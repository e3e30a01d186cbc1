//! The office's weekly answer: from any number of kiosks' files, how many
//! visits, how long, how quizzes went, which questions people miss and
//! which points they read. A file is what a sync tool copied while a kiosk
//! was writing it, so a cut-off last line, a line from something else, or a
//! question the guide no longer has is counted and skipped, never fatal.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::{Event, Record};
use crate::content::Guide;

/// How many of the most-missed questions and most-read points to list.
pub const TOP: usize = 10;
/// A question answered fewer times says nothing about how hard it is.
const MIN_ANSWERS: usize = 3;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Visits started, per kiosk-local day, in date order.
    pub visits_per_day: BTreeMap<String, usize>,
    pub visits: usize,
    /// Median length of the visits that ended, in seconds.
    pub median_visit_seconds: Option<u64>,
    pub idle_resets: usize,
    pub quizzes: usize,
    /// Mean share right over finished quizzes, in whole percent.
    pub average_score_percent: Option<usize>,
    pub readiness_levels: BTreeMap<String, usize>,
    pub most_missed: Vec<Missed>,
    pub most_read: Vec<Read>,
    /// Per drill, the poor move most often made first.
    pub wrong_first_moves: Vec<super::WrongFirst>,
    /// Lines that were not events of ours (cut off, foreign, corrupt).
    pub skipped_lines: usize,
    /// Events naming a question or point this guide does not have (from
    /// another or an older content set).
    pub unknown_ids: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Missed {
    /// `point#question`, stable across content edits.
    pub question: String,
    pub point: usize,
    pub index: usize,
    pub wrong: usize,
    pub answers: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Read {
    pub point: usize,
    pub opens: usize,
}

/// Reads every line of every text given; lines are independent.
pub fn summarise<'a>(guide: &Guide, texts: impl IntoIterator<Item = &'a str>) -> Summary {
    let mut s = Summary::default();
    let mut lengths = Vec::new();
    let mut scores = Vec::new();
    let mut answers: HashMap<(usize, usize), (usize, usize)> = HashMap::new();
    let mut opens: HashMap<usize, usize> = HashMap::new();
    let mut first_moves = super::drills::FirstMoves::default();
    for line in texts.into_iter().flat_map(str::lines) {
        if line.trim().is_empty() {
            continue;
        }
        let Ok(record) = serde_json::from_str::<Record>(line) else {
            s.skipped_lines += 1;
            continue;
        };
        match &record.event {
            Event::SessionStart => {
                s.visits += 1;
                *s.visits_per_day.entry(record.day().to_string()).or_default() += 1;
            }
            Event::SessionEnd { seconds } => lengths.push(*seconds),
            Event::IdleReset => s.idle_resets += 1,
            Event::QuizEnd { right, total } if *total > 0 => scores.push(right.min(total) * 100 / total),
            Event::QuizEnd { .. } => {}
            Event::DrillChoice {
                drill, step, choice, ..
            } => {
                if !first_moves.add(guide, drill, step, choice) {
                    s.unknown_ids += 1;
                }
            }
            Event::Readiness { level } => *s.readiness_levels.entry(level.clone()).or_default() += 1,
            Event::PointOpen { point } => match guide.point_index(point) {
                Some(i) => *opens.entry(i).or_default() += 1,
                None => s.unknown_ids += 1,
            },
            Event::Answer { question, correct } => match locate(guide, question) {
                Some(at) => {
                    let (wrong, total) = answers.entry(at).or_default();
                    *wrong += usize::from(!correct);
                    *total += 1;
                }
                None => s.unknown_ids += 1,
            },
        }
    }
    lengths.sort_unstable();
    s.median_visit_seconds = lengths.get(lengths.len() / 2).copied().filter(|_| !lengths.is_empty());
    s.quizzes = scores.len();
    s.average_score_percent = (!scores.is_empty()).then(|| scores.iter().sum::<usize>() / scores.len());
    s.most_missed = most_missed(guide, answers);
    let mut read: Vec<Read> = opens.into_iter().map(|(point, opens)| Read { point, opens }).collect();
    read.sort_by(|a, b| b.opens.cmp(&a.opens).then(a.point.cmp(&b.point)));
    read.truncate(TOP);
    s.most_read = read;
    s.wrong_first_moves = first_moves.wrong_first(guide);
    s
}

fn locate(guide: &Guide, question: &str) -> Option<(usize, usize)> {
    let (point, id) = question.rsplit_once('#')?;
    let p = guide.point_index(point)?;
    let q = guide.points[p].quiz.iter().position(|q| q.id == id)?;
    Some((p, q))
}

/// Highest share wrong first; among equals, the more answered first, since
/// that is the surer finding.
fn most_missed(guide: &Guide, answers: HashMap<(usize, usize), (usize, usize)>) -> Vec<Missed> {
    let mut out: Vec<Missed> = answers
        .into_iter()
        .filter(|&(_, (wrong, total))| wrong > 0 && total >= MIN_ANSWERS)
        .map(|((point, index), (wrong, answers))| Missed {
            question: format!("{}#{}", guide.points[point].id, guide.points[point].quiz[index].id),
            point,
            index,
            wrong,
            answers,
        })
        .collect();
    out.sort_by(|a, b| {
        (b.wrong * a.answers)
            .cmp(&(a.wrong * b.answers))
            .then(b.answers.cmp(&a.answers))
            .then(a.question.cmp(&b.question))
    });
    out.truncate(TOP);
    out
}

#[cfg(test)]
#[path = "summary_tests.rs"]
mod tests;

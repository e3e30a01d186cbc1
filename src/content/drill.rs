//! A drill: a short branching scene that rehearses the first minutes of an
//! emergency. Its graph is checked at load, so every `next` here resolves,
//! every step is reachable and every walk ends.

use serde::Serialize;

use super::borrowed::Str;
use super::list::List;
use super::locale::{Steps, Text};
use super::model::Source;

#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct Drill {
    pub id: Str,
    /// `YYYY-MM-DD`.
    pub reviewed: Str,
    /// Point ids this drill rehearses.
    pub rehearses: List<Str>,
    pub title: Text,
    pub summary: Text,
    /// Index into `steps` of the first step.
    pub start: usize,
    pub steps: List<DrillStep>,
    pub endings: List<Ending>,
    pub sources: List<Source>,
}

#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct DrillStep {
    pub id: Str,
    /// Short lines, shown together.
    pub situation: Steps,
    pub choices: List<Choice>,
}

#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct Choice {
    pub id: Str,
    pub text: Text,
    pub good: bool,
    /// Index into the drill's `sources` (0-based here; 1-based in the file).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<usize>,
    pub feedback: Text,
    pub next: Next,
}

/// Where a choice leads, resolved to an index at load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Next {
    Step(usize),
    Ending(usize),
}

#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct Ending {
    pub id: Str,
    pub outcome: Outcome,
    pub text: Steps,
    /// Points that teach the right moves.
    pub points: List<Str>,
}

/// How a drill ended, worst first, so `max` is the best.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Worse,
    Hurt,
    Safe,
}

impl Outcome {
    pub fn parse(s: &str) -> Option<Outcome> {
        match s {
            "safe" => Some(Outcome::Safe),
            "hurt" => Some(Outcome::Hurt),
            "worse" => Some(Outcome::Worse),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Outcome::Safe => "safe",
            Outcome::Hurt => "hurt",
            Outcome::Worse => "worse",
        }
    }
}

impl Drill {
    pub fn step(&self, id: &str) -> Option<&DrillStep> {
        self.steps.iter().find(|s| s.id == id)
    }

    pub fn ending(&self, id: &str) -> Option<&Ending> {
        self.endings.iter().find(|e| e.id == id)
    }
}

impl DrillStep {
    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.id == id)
    }
}

//! The guide as the rest of the program sees it: validated, complete, and
//! free of anything that could harm a terminal.

use serde::{Deserialize, Serialize};

pub use super::every::{Every, EveryUnit};
use super::locale::{Steps, Text};
use super::lookup::Lookup;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Guide {
    pub title: Text,
    pub edition: Text,
    pub locales: Vec<super::Locale>,
    pub min_questions: usize,
    pub numbers: Vec<EmergencyNumber>,
    pub hazards: Vec<Hazard>,
    pub categories: Vec<Category>,
    /// Every point, in category order then booklet order.
    pub points: Vec<Point>,
    pub checklists: Vec<Checklist>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readiness: Option<Readiness>,
    /// Choose-what-you-do scenarios, in file name order; a set may have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drills: Vec<super::drill::Drill>,
    /// Built by `index` when the guide loads; never part of its serialised form.
    #[serde(skip)]
    pub lookup: Lookup,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EmergencyNumber {
    pub number: String,
    pub name: Text,
    #[serde(rename = "use")]
    pub use_for: Text,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Hazard {
    pub id: String,
    pub title: Text,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Category {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    /// Point ids in booklet order.
    pub points: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Point {
    pub id: String,
    pub category: String,
    pub hazard: String,
    /// `YYYY-MM-DD`.
    pub reviewed: String,
    pub related: Vec<String>,
    pub title: Text,
    pub summary: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    pub keywords: Steps,
    pub before: Steps,
    pub during: Steps,
    pub after: Steps,
    pub never: Steps,
    pub warnings: Vec<Warning>,
    pub sources: Vec<Source>,
    pub quiz: Vec<Question>,
}

/// The sections of a point's guidance, in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    Before,
    During,
    After,
    Never,
}

impl Phase {
    pub const ALL: [Phase; 4] = [Phase::Before, Phase::During, Phase::After, Phase::Never];

    pub fn key(self) -> &'static str {
        match self {
            Phase::Before => "before",
            Phase::During => "during",
            Phase::After => "after",
            Phase::Never => "never",
        }
    }
}

impl Point {
    pub fn steps(&self, phase: Phase) -> &Steps {
        match phase {
            Phase::Before => &self.before,
            Phase::During => &self.during,
            Phase::After => &self.after,
            Phase::Never => &self.never,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WarningLevel {
    Blue,
    Yellow,
    Orange,
    Red,
}

impl WarningLevel {
    pub fn parse(s: &str) -> Option<WarningLevel> {
        match s {
            "blue" => Some(WarningLevel::Blue),
            "yellow" => Some(WarningLevel::Yellow),
            "orange" => Some(WarningLevel::Orange),
            "red" => Some(WarningLevel::Red),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Warning {
    pub level: WarningLevel,
    pub meaning: Text,
    pub action: Text,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Source {
    pub org: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    Single,
    Multiple,
    TrueFalse,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Question {
    /// Stable within its point: saved mistakes and statistics refer to it,
    /// so editing a point never moves them onto another question.
    pub id: String,
    pub kind: QuestionKind,
    pub question: Text,
    /// For true/false questions: "True" then "False".
    pub options: Vec<Text>,
    /// Indexes into `options`, ascending.
    pub answer: Vec<usize>,
    pub explanation: Text,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Checklist {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub sections: Vec<ChecklistSection>,
    /// A check of the whole list that comes round again (the family drill,
    /// the home-safety walk-round), with its own date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recurring: Option<Recurring>,
}

/// A check of a whole checklist, repeated every `every`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Recurring {
    pub title: Text,
    pub every: Every,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ChecklistSection {
    pub id: String,
    pub title: Text,
    pub items: Vec<ChecklistItem>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ChecklistItem {
    pub id: String,
    pub text: Text,
    pub why: Text,
    #[serde(rename = "where", skip_serializing_if = "Option::is_none")]
    pub where_kept: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub point: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Quantity>,
    /// Whether the item can carry a date, and how soon one falls due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upkeep: Option<Upkeep>,
}

/// An item that goes off or needs a regular look.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Upkeep {
    pub kind: UpkeepKind,
    pub every: Every,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UpkeepKind {
    /// Perishable: its date is a use-by date; `every` is its usual shelf life.
    ShelfLife,
    /// Needs checking: its date is the next check; `every` the interval.
    Check,
}

/// How much of an item a household needs: `per_person` × people × `days`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Quantity {
    pub per_person: f64,
    pub days: u32,
    pub unit: Text,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Readiness {
    pub title: Text,
    pub questions: Vec<ReadinessQuestion>,
    pub levels: Vec<ReadinessLevel>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReadinessQuestion {
    pub id: String,
    pub question: Text,
    pub fix: Text,
    pub point: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReadinessLevel {
    pub id: String,
    pub min_yes: usize,
    pub title: Text,
    pub meaning: Text,
}

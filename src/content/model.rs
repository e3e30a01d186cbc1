//! The guide as the rest of the program sees it: validated, complete, and
//! free of anything that could harm a terminal.

use serde::{Deserialize, Serialize};

use super::borrowed::Str;
pub use super::every::{Every, EveryUnit};
use super::list::List;
use super::locale::{Steps, Text};
use super::lookup::Lookup;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Guide {
    pub title: Text,
    pub edition: Text,
    pub locales: List<super::Locale>,
    pub min_questions: usize,
    pub numbers: List<EmergencyNumber>,
    pub hazards: List<Hazard>,
    pub categories: List<Category>,
    /// Every point, in category order then booklet order.
    pub points: List<Point>,
    pub checklists: List<Checklist>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readiness: Option<Readiness>,
    /// Choose-what-you-do scenarios, in file name order; a set may have none.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub drills: List<super::drill::Drill>,
    /// Built by `index` when the guide loads; never part of its serialised form.
    #[serde(skip)]
    pub lookup: Lookup,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EmergencyNumber {
    pub number: Str,
    pub name: Text,
    #[serde(rename = "use")]
    pub use_for: Text,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Hazard {
    pub id: Str,
    pub title: Text,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Category {
    pub id: Str,
    pub title: Text,
    pub summary: Text,
    /// Point ids in booklet order.
    pub points: List<Str>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Point {
    pub id: Str,
    pub category: Str,
    pub hazard: Str,
    /// `YYYY-MM-DD`.
    pub reviewed: Str,
    pub related: List<Str>,
    pub title: Text,
    pub summary: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    pub keywords: Steps,
    pub before: Steps,
    pub during: Steps,
    pub after: Steps,
    pub never: Steps,
    pub warnings: List<Warning>,
    pub sources: List<Source>,
    pub quiz: List<Question>,
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
    pub org: Str,
    pub title: Str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<Str>,
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
    pub id: Str,
    pub kind: QuestionKind,
    pub question: Text,
    /// For true/false questions: "True" then "False".
    pub options: List<Text>,
    /// Indexes into `options`, ascending.
    pub answer: List<usize>,
    pub explanation: Text,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Checklist {
    pub id: Str,
    pub title: Text,
    pub summary: Text,
    pub sections: List<ChecklistSection>,
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
    pub id: Str,
    pub title: Text,
    pub items: List<ChecklistItem>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ChecklistItem {
    pub id: Str,
    pub text: Text,
    pub why: Text,
    #[serde(rename = "where", skip_serializing_if = "Option::is_none")]
    pub where_kept: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub point: Option<Str>,
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
    pub questions: List<ReadinessQuestion>,
    pub levels: List<ReadinessLevel>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReadinessQuestion {
    pub id: Str,
    pub question: Text,
    pub fix: Text,
    pub point: Str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<Str>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReadinessLevel {
    pub id: Str,
    pub min_yes: usize,
    pub title: Text,
    pub meaning: Text,
}

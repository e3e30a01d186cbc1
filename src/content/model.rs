//! The guide as the rest of the program sees it: validated, complete, and
//! free of anything that could harm a terminal.

use serde::Serialize;

use super::locale::{Steps, Text};

#[derive(Clone, Debug, Serialize)]
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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub drills: Vec<super::drill::Drill>,
}

#[derive(Clone, Debug, Serialize)]
pub struct EmergencyNumber {
    pub number: String,
    pub name: Text,
    #[serde(rename = "use")]
    pub use_for: Text,
}

#[derive(Clone, Debug, Serialize)]
pub struct Hazard {
    pub id: String,
    pub title: Text,
}

#[derive(Clone, Debug, Serialize)]
pub struct Category {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    /// Point ids in booklet order.
    pub points: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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

#[derive(Clone, Debug, Serialize)]
pub struct Warning {
    pub level: WarningLevel,
    pub meaning: Text,
    pub action: Text,
}

#[derive(Clone, Debug, Serialize)]
pub struct Source {
    pub org: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    Single,
    Multiple,
    TrueFalse,
}

#[derive(Clone, Debug, Serialize)]
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

#[derive(Clone, Debug, Serialize)]
pub struct Checklist {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub sections: Vec<ChecklistSection>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChecklistSection {
    pub id: String,
    pub title: Text,
    pub items: Vec<ChecklistItem>,
}

#[derive(Clone, Debug, Serialize)]
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
}

/// How much of an item a household needs: `per_person` × people × `days`.
#[derive(Clone, Debug, Serialize)]
pub struct Quantity {
    pub per_person: f64,
    pub days: u32,
    pub unit: Text,
}

#[derive(Clone, Debug, Serialize)]
pub struct Readiness {
    pub title: Text,
    pub questions: Vec<ReadinessQuestion>,
    pub levels: Vec<ReadinessLevel>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReadinessQuestion {
    pub id: String,
    pub question: Text,
    pub fix: Text,
    pub point: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReadinessLevel {
    pub id: String,
    pub min_yes: usize,
    pub title: Text,
    pub meaning: Text,
}

impl Guide {
    pub fn point(&self, id: &str) -> Option<&Point> {
        self.points.iter().find(|p| p.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn hazard(&self, id: &str) -> Option<&Hazard> {
        self.hazards.iter().find(|h| h.id == id)
    }

    pub fn checklist(&self, id: &str) -> Option<&Checklist> {
        self.checklists.iter().find(|c| c.id == id)
    }

    pub fn drill(&self, id: &str) -> Option<&super::drill::Drill> {
        self.drills.iter().find(|d| d.id == id)
    }

    /// The drills that rehearse a point, in the order they are listed.
    pub fn drills_for<'g>(&'g self, point: &'g str) -> impl Iterator<Item = &'g super::drill::Drill> {
        self.drills
            .iter()
            .filter(move |d| d.rehearses.iter().any(|p| p == point))
    }

    /// The points of a category, in booklet order.
    pub fn points_in<'g>(&'g self, category: &'g Category) -> impl Iterator<Item = &'g Point> {
        category.points.iter().filter_map(|id| self.point(id))
    }

    /// The points of a hazard class, in booklet order.
    pub fn points_of_hazard<'g>(&'g self, hazard: &'g str) -> impl Iterator<Item = &'g Point> {
        self.points.iter().filter(move |p| p.hazard == hazard)
    }
}

//! The guide as the rest of the program sees it: validated, complete, and
//! free of anything that could harm a terminal.

use serde::{Deserialize, Serialize};

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

/// A period such as "6 months", counted in calendar units so that month
/// ends and leap years come out as a calendar would.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Every {
    pub count: u16,
    pub unit: EveryUnit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EveryUnit {
    Days,
    Weeks,
    Months,
    Years,
}

impl Every {
    /// The period the content uses when it names none.
    pub const DEFAULT_RECURRING: Every = Every {
        count: 6,
        unit: EveryUnit::Months,
    };
}

impl std::fmt::Display for Every {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            EveryUnit::Days => "day",
            EveryUnit::Weeks => "week",
            EveryUnit::Months => "month",
            EveryUnit::Years => "year",
        };
        let plural = if self.count == 1 { "" } else { "s" };
        write!(f, "{} {unit}{plural}", self.count)
    }
}

impl std::str::FromStr for Every {
    type Err = super::problem::Problem;

    /// "6 months", "1 year", "2 weeks", "30 days".
    fn from_str(s: &str) -> Result<Every, Self::Err> {
        let text = s.to_string();
        let bad = || super::problem::Problem::BadPeriod { text: text.clone() };
        let mut words = s.split_whitespace();
        let (Some(count), Some(unit), None) = (words.next(), words.next(), words.next()) else {
            return Err(bad());
        };
        let count: u16 = count.parse().map_err(|_| bad())?;
        let unit = match unit.trim_end_matches('s') {
            "day" => EveryUnit::Days,
            "week" => EveryUnit::Weeks,
            "month" => EveryUnit::Months,
            "year" => EveryUnit::Years,
            _ => return Err(bad()),
        };
        let days = u32::from(count)
            * match unit {
                EveryUnit::Days => 1,
                EveryUnit::Weeks => 7,
                EveryUnit::Months => 31,
                EveryUnit::Years => 366,
            };
        // Nothing in a household needs checking daily, and a period longer
        // than ten years is a typo.
        if count == 0 || days > 3660 {
            return Err(super::problem::Problem::PeriodOutOfRange { text });
        }
        Ok(Every { count, unit })
    }
}

impl Serialize for Every {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Every {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Every, D::Error> {
        let text = String::deserialize(d)?;
        // Only build.rs writes this form, so a failure is a damaged binary.
        text.parse()
            .map_err(|_| serde::de::Error::custom(format!("`{text}` is not a period")))
    }
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

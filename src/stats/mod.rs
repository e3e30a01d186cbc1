//! Anonymous kiosk statistics: what visitors read and which questions they
//! miss, as JSON Lines, one event a line, appended and flushed per event so a
//! power cut loses at most the line being written. Only stable ids and
//! counts are kept: never text a visitor typed, never anything that could
//! tell one person from another. A visit is a random number that lives only
//! until the idle reset.

mod drills;
mod summary;
mod writer;

pub use drills::WrongFirst;
pub use summary::{Missed, Read, Summary, summarise};
pub use writer::Writer;

use serde::{Deserialize, Serialize};

/// One thing that happened at a kiosk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum Event {
    /// A visitor touched the attract screen.
    SessionStart,
    /// The visit ended: the kiosk reset after being left idle, or stopped.
    SessionEnd {
        seconds: u64,
    },
    PointOpen {
        point: String,
    },
    /// One quiz answer, by the question's stable `point#question` id.
    Answer {
        question: String,
        correct: bool,
    },
    /// A quiz run to its end.
    QuizEnd {
        right: usize,
        total: usize,
    },
    /// The readiness check finished at this level (A, B or C).
    Readiness {
        level: String,
    },
    /// The countdown ran out and the visitor's traces were wiped.
    IdleReset,
    /// A choice made in a drill, by stable ids, and whether it was a good
    /// move (as the drill said when it was made).
    DrillChoice {
        drill: String,
        step: String,
        choice: String,
        good: bool,
    },
}

/// An event as written: when (local time with its offset, so a day is the
/// kiosk's own day) and which visit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub at: String,
    pub visit: u64,
    #[serde(flatten)]
    pub event: Event,
}

impl Record {
    pub fn now(visit: u64, event: Event) -> Record {
        let at = jiff::Zoned::now().strftime("%Y-%m-%dT%H:%M:%S%:z").to_string();
        Record { at, visit, event }
    }

    /// The kiosk's local date, `YYYY-MM-DD`.
    pub fn day(&self) -> &str {
        self.at.get(..10).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_is_one_flat_json_line_with_no_text_but_ids() {
        let r = Record {
            at: "2026-12-02T10:00:00+08:00".into(),
            visit: 7,
            event: Event::Answer {
                question: "cpr-aed#q2".into(),
                correct: false,
            },
        };
        let line = serde_json::to_string(&r).unwrap_or_default();
        assert_eq!(
            line,
            r#"{"at":"2026-12-02T10:00:00+08:00","visit":7,"event":"answer","question":"cpr-aed#q2","correct":false}"#
        );
        assert_eq!(serde_json::from_str::<Record>(&line).ok(), Some(r.clone()));
        assert_eq!(r.day(), "2026-12-02");
    }

    #[test]
    fn now_is_local_time_with_its_offset() {
        let r = Record::now(1, Event::SessionStart);
        assert_eq!(r.at.len(), 25, "{}", r.at);
        assert!(
            r.at.as_bytes()[10] == b'T' && r.at[19..].starts_with(['+', '-']),
            "{}",
            r.at
        );
    }
}

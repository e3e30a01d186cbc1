//! What a person has done: points read, the last place, quiz scores and
//! mistakes, checklist ticks, the household size. One versioned JSON
//! file, written atomically; a bad file never stops the guide and is never
//! silently lost.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::content::Guide;
use crate::quiz::{QuestionRef, Scope, Session};

/// 2: saved mistakes name questions by id (`point#q3`), not by position.
pub const VERSION: u32 = 2;
const FILE: &str = "progress.json";

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
    fn beats(self, other: Tally) -> bool {
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

/// Where progress lives. `None` keeps it in memory only: no data dir could
/// be found, or the file there could not be read and must not be overwritten.
#[derive(Clone, Debug)]
pub struct Store {
    path: Option<PathBuf>,
}

/// The default data directory (`$XDG_DATA_HOME/ready` on Linux).
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "ready").map(|d| d.data_dir().to_path_buf())
}

impl Store {
    pub fn in_dir(dir: Option<&Path>) -> Store {
        Store {
            path: dir.map(|d| d.join(FILE)),
        }
    }

    pub fn memory() -> Store {
        Store { path: None }
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The saved progress, and a one-line notice if anything was wrong with
    /// it. A corrupt or newer-version file is renamed aside, never deleted.
    pub fn load(&mut self) -> (Progress, Option<String>) {
        let Some(path) = self.path.clone() else {
            return (Progress::new(), None);
        };
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return (Progress::new(), None),
            Err(e) => {
                self.path = None;
                let notice = format!(
                    "cannot read {}: {e}; progress will not be saved this time",
                    path.display()
                );
                return (Progress::new(), Some(notice));
            }
        };
        let problem = match serde_json::from_str::<Progress>(&text) {
            Ok(mut p) if p.version <= VERSION => {
                upgrade(&mut p);
                // Hand-edited files can hold any number; keep it possible.
                p.household = p.household.clamp(1, crate::checklist::MAX_HOUSEHOLD);
                return (p, None);
            }
            Ok(p) => format!("it was written by a newer version (format {})", p.version),
            Err(e) => format!(
                "{}:{}:{}: {}",
                path.display(),
                e.line(),
                e.column().max(1),
                strip_position(&e.to_string())
            ),
        };
        let notice = match keep_aside(&path) {
            Ok(backup) => format!(
                "progress file unusable ({problem}); kept as {} and starting fresh",
                backup.display()
            ),
            Err(e) => {
                self.path = None;
                format!("progress file unusable ({problem}) and could not be moved aside ({e}); not saving")
            }
        };
        (Progress::new(), Some(notice))
    }

    /// `load`, then drops saved mistakes the guide can no longer match,
    /// saying so in the notice.
    pub fn load_for(&mut self, guide: &Guide) -> (Progress, Option<String>) {
        let (mut progress, notice) = self.load();
        let dropped = progress.forget_missing(guide);
        if dropped == 0 {
            return (progress, notice);
        }
        let gone = format!("{dropped} saved mistake(s) no longer match a question in this guide and were dropped");
        (progress, Some(notice.map_or(gone.clone(), |n| format!("{n}; {gone}"))))
    }

    /// Writes to a temporary file beside the target, then renames it over,
    /// so a crash mid-write leaves the old file whole.
    pub fn save(&self, progress: &Progress) -> io::Result<()> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let dir = path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        let json = serde_json::to_string_pretty(progress).map_err(io::Error::other)?;
        tmp.write_all(json.as_bytes())?;
        tmp.as_file().sync_all()?;
        tmp.persist(path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Brings a file from an older format up to this one. Format 1 saved a
/// mistake as the question's position (`fire#0`); the questions that existed
/// then were given the ids `q1`, `q2`, … in that order, so position n is
/// `q{n+1}`. A reference that no longer matches the content is dropped later,
/// by `Progress::forget_missing`, which can see the guide.
fn upgrade(p: &mut Progress) {
    if p.version < 2 {
        for m in &mut p.missed {
            if let Some((point, n)) = m.rsplit_once('#')
                && let Ok(n) = n.parse::<usize>()
            {
                *m = format!("{point}#q{}", n + 1);
            }
        }
    }
    p.version = VERSION;
}

/// serde_json appends " at line L column C"; the position is already given.
fn strip_position(message: &str) -> &str {
    message.rsplit_once(" at line ").map_or(message, |(m, _)| m)
}

/// Renames `path` to the first free `path.bak`, `path.bak.1`, …
fn keep_aside(path: &Path) -> io::Result<PathBuf> {
    let mut n = 0;
    loop {
        let name = if n == 0 {
            format!("{FILE}.bak")
        } else {
            format!("{FILE}.bak.{n}")
        };
        let backup = path.with_file_name(name);
        if !backup.exists() {
            fs::rename(path, &backup)?;
            return Ok(backup);
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with(text: Option<&str>) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        if let Some(text) = text {
            fs::write(dir.path().join(FILE), text).unwrap();
        }
        let store = Store::in_dir(Some(dir.path()));
        (dir, store)
    }

    #[test]
    fn a_saved_progress_loads_back() {
        let (_dir, mut store) = store_with(None);
        let mut p = Progress::new();
        p.read.insert("typhoon".into());
        p.last_point = Some("typhoon".into());
        store.save(&p).unwrap();
        assert_eq!(store.load(), (p, None));
    }

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

    #[test]
    fn a_file_from_before_quizzes_existed_still_loads() {
        let (_dir, mut store) = store_with(Some("{\"version\": 1, \"read\": [\"fire\"]}"));
        let (p, notice) = store.load();
        assert_eq!(notice, None);
        assert_eq!(p.household, 1);
        assert!(p.read.contains("fire"));
    }

    #[test]
    fn format_1_mistakes_become_question_ids_and_unmatched_ones_are_dropped() {
        let (_dir, mut store) = store_with(Some(
            r#"{"version": 1, "missed": ["fire#0", "cpr-aed#2", "fire#99", "gone#1"]}"#,
        ));
        let (mut p, notice) = store.load();
        assert_eq!(notice, None);
        assert_eq!(p.version, VERSION);
        assert_eq!(p.missed, ["fire#q1", "cpr-aed#q3", "fire#q100", "gone#q2"]);
        let guide = crate::content::embedded().unwrap();
        assert_eq!(p.forget_missing(&guide), 2);
        assert_eq!(p.missed, ["fire#q1", "cpr-aed#q3"]);
        let first = &guide.point("fire").unwrap().quiz[0];
        assert_eq!(first.id, "q1", "position 0 of format 1 is the question now called q1");
    }

    #[test]
    fn a_missing_file_is_a_fresh_start_without_a_notice() {
        let (_dir, mut store) = store_with(None);
        assert_eq!(store.load(), (Progress::new(), None));
    }

    #[test]
    fn a_corrupt_file_is_kept_aside_with_its_position() {
        let (dir, mut store) = store_with(Some("{\n  \"version\": 1,\n  \"read\": [tru]\n}"));
        let (p, notice) = store.load();
        assert_eq!(p, Progress::new());
        let notice = notice.unwrap();
        assert!(notice.contains("progress.json:3:"), "{notice}");
        assert!(notice.contains("progress.json.bak"), "{notice}");
        let kept = fs::read_to_string(dir.path().join("progress.json.bak")).unwrap();
        assert!(kept.contains("[tru"));
        // A second bad file does not overwrite the first backup.
        fs::write(dir.path().join(FILE), "nonsense").unwrap();
        let (_, notice) = store.load();
        assert!(notice.unwrap().contains("progress.json.bak.1"));
    }

    #[test]
    fn a_newer_version_is_kept_aside_not_misread() {
        let (dir, mut store) = store_with(Some("{\"version\": 99, \"read\": [\"fire\"]}"));
        let (p, notice) = store.load();
        assert!(p.read.is_empty());
        assert!(notice.unwrap().contains("newer version"));
        assert!(dir.path().join("progress.json.bak").exists());
    }

    #[test]
    fn a_reader_of_the_old_file_never_sees_a_half_written_one() {
        use std::io::Read;
        let (dir, store) = store_with(Some("{\"version\": 1, \"read\": [\"fire\"]}"));
        let mut old = fs::File::open(dir.path().join(FILE)).unwrap();
        let mut p = Progress::new();
        p.read.insert("kitchen".into());
        store.save(&p).unwrap();
        // The new file took the old one's place; it was not rewritten in place.
        let mut seen = String::new();
        old.read_to_string(&mut seen).unwrap();
        assert_eq!(seen, "{\"version\": 1, \"read\": [\"fire\"]}");
    }

    #[test]
    fn saving_replaces_the_file_whole() {
        let (dir, mut store) = store_with(Some("{\"version\": 1, \"read\": [\"fire\"]}"));
        let (mut p, _) = store.load();
        p.read.insert("kitchen".into());
        store.save(&p).unwrap();
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            names,
            vec![std::ffi::OsString::from(FILE)],
            "no temporary file left behind"
        );
        assert_eq!(store.load().0.read.len(), 2);
    }
}

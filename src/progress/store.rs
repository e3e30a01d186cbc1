//! Where progress is kept, and how it is read and written. Two copies of
//! `ready` may share one data dir (a terminal and a plain quiz, or two
//! windows): each remembers what it loaded, and a save re-reads the file,
//! applies only this session's changes to it and replaces it atomically,
//! all under an advisory lock, so neither copy's work is lost.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use super::notice::{BadFile, Notice};
use super::validate;
use super::{Progress, VERSION, merge};
use crate::content::{Guide, Locale};

const FILE: &str = "progress.json";
/// Locked while the file is read, merged and replaced. A file of its own,
/// because the progress file itself is replaced (renamed over) by a save,
/// and a lock on the old one would not stop a writer of the new one.
const LOCK: &str = "progress.lock";

/// Where progress lives. `path: None` keeps it in memory only: no data dir
/// could be found, or the file there could not be read and must not be
/// overwritten.
#[derive(Debug)]
pub struct Store {
    path: Option<PathBuf>,
    /// What this session last loaded or saved: a save applies the
    /// difference between it and the progress being saved. Behind a mutex
    /// so that `save` can keep taking `&self`.
    base: Mutex<Progress>,
}

impl Clone for Store {
    fn clone(&self) -> Store {
        Store {
            path: self.path.clone(),
            base: Mutex::new(self.base().clone()),
        }
    }
}

/// The default data directory (`$XDG_DATA_HOME/ready` on Linux).
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "ready").map(|d| d.data_dir().to_path_buf())
}

impl Store {
    pub fn in_dir(dir: Option<&Path>) -> Store {
        Store {
            path: dir.map(|d| d.join(FILE)),
            base: Mutex::new(Progress::new()),
        }
    }

    /// A store that writes nothing (the kiosk, or after a failure).
    pub fn memory() -> Store {
        Store::in_dir(None)
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn base(&self) -> MutexGuard<'_, Progress> {
        // A panic elsewhere cannot leave a Progress half-updated in a way
        // that matters here: it is only ever replaced whole.
        self.base.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The saved progress, and a one-line notice (in English) if anything
    /// was wrong with it. A corrupt or newer-version file is renamed aside,
    /// never deleted.
    pub fn load(&mut self) -> (Progress, Option<String>) {
        let (progress, notices) = self.load_notices(None);
        (progress, crate::i18n::progress::notices(Locale::En, &notices))
    }

    /// The saved progress and what was wrong with it, as data for the
    /// faces to word. With a guide, saved mistakes it can no longer match
    /// are dropped too.
    pub fn load_notices(&mut self, guide: Option<&Guide>) -> (Progress, Vec<Notice>) {
        let (mut progress, notice) = self.read_or_set_aside();
        *self.base() = progress.clone();
        let mut notices: Vec<Notice> = notice.into_iter().collect();
        if let Some(guide) = guide {
            let dropped = progress.forget_missing(guide);
            if dropped > 0 {
                notices.push(Notice::Dropped(dropped));
            }
        }
        (progress, notices)
    }

    fn read_or_set_aside(&mut self) -> (Progress, Option<Notice>) {
        let Some(path) = self.path.clone() else {
            return (Progress::new(), None);
        };
        let problem = match read(&path) {
            Ok(Some((p, dropped))) => return (p, dropped),
            Ok(None) => return (Progress::new(), None),
            Err(Unusable::Unreadable(e)) => {
                self.path = None;
                let notice = Notice::Unreadable {
                    path: path.display().to_string(),
                    why: e.to_string(),
                };
                return (Progress::new(), Some(notice));
            }
            Err(Unusable::Invalid(problem)) => problem,
        };
        // Another copy may be setting the same file aside right now: do it
        // under the lock, and only if the file is still the bad one.
        let moved = lock(&path).and_then(|_lock| match read(&path) {
            Err(Unusable::Invalid(_)) => keep_aside(&path).map(Err),
            Ok(meanwhile) => Ok(Ok(meanwhile)),
            Err(Unusable::Unreadable(e)) => Err(e),
        });
        let notice = match moved {
            Ok(Ok(Some((meanwhile, dropped)))) => return (meanwhile, dropped),
            Ok(Ok(None)) => return (Progress::new(), None),
            Ok(Err(backup)) => Notice::SetAside {
                problem,
                backup: backup.display().to_string(),
            },
            Err(e) => {
                self.path = None;
                Notice::NotMoved {
                    problem,
                    why: e.to_string(),
                }
            }
        };
        (Progress::new(), Some(notice))
    }

    /// `load_notices` for a guide, the notices as one line in `locale`.
    pub fn load_for(&mut self, guide: &Guide, locale: Locale) -> (Progress, Option<String>) {
        let (progress, notices) = self.load_notices(Some(guide));
        (progress, crate::i18n::progress::notices(locale, &notices))
    }

    /// Saves what changed since the last load or save. Under the lock: the
    /// file is read again (another copy may have saved meanwhile), this
    /// session's changes are applied to it, and the result is written to a
    /// temporary file beside it and renamed over it, so a crash mid-write
    /// leaves the old file whole. A file that has become unusable since is
    /// kept aside first, and this session's whole progress written.
    pub fn save(&self, progress: &Progress) -> io::Result<()> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let mut base = self.base();
        if *base == *progress {
            return Ok(());
        }
        let _lock = lock(path)?;
        let mut merged = match read(path) {
            Ok(Some((on_disk, _))) => on_disk,
            Ok(None) => base.clone(),
            Err(Unusable::Invalid(_)) => {
                keep_aside(path)?;
                base.clone()
            }
            Err(Unusable::Unreadable(e)) => return Err(e),
        };
        merge::apply(&mut merged, &base, progress);
        write(path, &merged)?;
        *base = progress.clone();
        Ok(())
    }
}

enum Unusable {
    /// The file is there but could not be read (permissions, I/O).
    Unreadable(io::Error),
    /// Not progress this version can use.
    Invalid(BadFile),
}

/// The progress in `path`, brought up to this format; `None` if there is
/// no file yet. Dates and plan details that fail validation (a hand edit, a
/// bad copy) are dropped one by one, with a notice, rather than losing the
/// whole file.
fn read(path: &Path) -> Result<Option<(Progress, Option<Notice>)>, Unusable> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) if e.kind() == io::ErrorKind::InvalidData => {
            return Err(Unusable::Invalid(BadFile::NotUtf8));
        }
        Err(e) => return Err(Unusable::Unreadable(e)),
    };
    let position = |e: serde_json::Error| {
        Unusable::Invalid(BadFile::Json {
            path: path.display().to_string(),
            line: e.line(),
            column: e.column().max(1),
            message: strip_position(&e.to_string()).to_string(),
        })
    };
    let mut value: serde_json::Value = serde_json::from_str(&text).map_err(position)?;
    let dropped = validate::drop_bad_fields(&mut value);
    // Type errors are reported against the text, which has the positions.
    let parsed = serde_json::from_value::<Progress>(value)
        .or_else(|_| serde_json::from_str::<Progress>(&text))
        .map_err(position)?;
    match parsed {
        mut p if p.version <= VERSION => {
            upgrade(&mut p);
            // Hand-edited files can hold any number; keep it possible.
            p.household = p.household.clamp(1, crate::checklist::MAX_HOUSEHOLD);
            Ok(Some((p, (!dropped.is_empty()).then_some(Notice::BadFields(dropped)))))
        }
        p => Err(Unusable::Invalid(BadFile::Newer(p.version))),
    }
}

/// Takes the data dir's advisory lock, waiting for another copy's save to
/// finish (a save takes milliseconds). Released when the file is dropped.
fn lock(path: &Path) -> io::Result<fs::File> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(LOCK))?;
    file.lock()?;
    Ok(file)
}

fn write(path: &Path, progress: &Progress) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    let json = serde_json::to_string_pretty(progress).map_err(io::Error::other)?;
    tmp.write_all(json.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
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
mod tests;

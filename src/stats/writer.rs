//! Appending events to the stats file. A kiosk must keep serving visitors
//! when the disk is full or the file vanishes, so a failure is reported
//! once and the kiosk goes on without statistics.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Record;

pub struct Writer {
    path: PathBuf,
    file: Option<File>,
    failed: bool,
}

impl Writer {
    pub fn new(path: &Path) -> Writer {
        Writer {
            path: path.to_path_buf(),
            file: None,
            failed: false,
        }
    }

    /// Appends one line and flushes it. Returns the error the first time
    /// writing fails, so the caller can log it once; later failures are
    /// silent until a write succeeds again.
    pub fn write(&mut self, record: &Record) -> Option<io::Error> {
        match self.try_write(record) {
            Ok(()) => {
                self.failed = false;
                None
            }
            Err(e) => {
                // Reopen next time: the file may have been rotated or removed.
                self.file = None;
                let first = !self.failed;
                self.failed = true;
                first.then_some(e)
            }
        }
    }

    fn try_write(&mut self, record: &Record) -> io::Result<()> {
        let file = match &mut self.file {
            Some(file) => file,
            None => self
                .file
                .insert(OpenOptions::new().create(true).append(true).open(&self.path)?),
        };
        let mut line = serde_json::to_string(record).map_err(io::Error::other)?;
        line.push('\n');
        // One write call per line: O_APPEND keeps two kiosks' lines (or two
        // processes') from interleaving within a line.
        file.write_all(line.as_bytes())?;
        file.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::super::Event;
    use super::*;

    #[test]
    fn each_event_is_appended_as_its_own_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stats.jsonl");
        std::fs::write(&path, "{\"earlier\":1}\n").unwrap();
        let mut w = Writer::new(&path);
        assert!(w.write(&Record::now(1, Event::SessionStart)).is_none());
        assert!(w.write(&Record::now(1, Event::IdleReset)).is_none());
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[1].contains("\"session-start\"") && lines[2].contains("\"idle-reset\""));
    }

    #[test]
    fn a_failing_file_is_reported_once_and_never_stops_the_caller() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Writer::new(&dir.path().join("no-such-dir").join("stats.jsonl"));
        assert!(w.write(&Record::now(1, Event::SessionStart)).is_some());
        assert!(w.write(&Record::now(1, Event::IdleReset)).is_none(), "reported once");
        std::fs::create_dir(dir.path().join("no-such-dir")).unwrap();
        assert!(w.write(&Record::now(1, Event::IdleReset)).is_none());
        assert!(w.write(&Record::now(1, Event::SessionStart)).is_none());
    }
}

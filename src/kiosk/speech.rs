//! Speech for people who cannot read the screen: the text that gains focus
//! is written, as one line, to a speech command such as `espeak-ng -v cmn`.
//! Each utterance is its own process, so a new focus interrupts the old one
//! by ending it, and a command that dies takes nothing else with it.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::process::{Child, Command, Stdio};

use crate::content::Locale;

pub struct Speaker {
    commands: BTreeMap<Locale, Vec<String>>,
    current: Option<Child>,
    /// The last thing said, for "say it again".
    last: Option<(Locale, String)>,
    reported: bool,
}

impl Speaker {
    pub fn new(commands: BTreeMap<Locale, Vec<String>>) -> Speaker {
        Speaker {
            commands,
            current: None,
            last: None,
            reported: false,
        }
    }

    /// Whether there is anything to speak with in this language.
    pub fn speaks(&self, locale: Locale) -> bool {
        self.commands.contains_key(&locale)
    }

    /// Says `text`, cutting off whatever was being said. Returns the error
    /// the first time the command cannot be run, for the caller to log once.
    pub fn say(&mut self, locale: Locale, text: &str) -> Option<io::Error> {
        let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        self.last = Some((locale, line.clone()));
        let _ = self.stop();
        let words = self.commands.get(&locale)?;
        let (program, args) = words.split_first()?;
        let spawned = Command::new(program)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .and_then(|mut child| {
                let written = match child.stdin.take() {
                    Some(mut stdin) => writeln!(stdin, "{line}"),
                    None => Ok(()),
                };
                self.current = Some(child);
                written
            });
        match spawned {
            Ok(()) => None,
            Err(e) if !self.reported => {
                self.reported = true;
                Some(e)
            }
            Err(_) => None,
        }
    }

    /// Says the last thing again (the repeat key and button).
    pub fn repeat(&mut self) -> Option<io::Error> {
        let (locale, text) = self.last.clone()?;
        self.say(locale, &text)
    }

    /// Ends the utterance in progress, if any, and reaps it; says whether
    /// one was cut off.
    pub fn stop(&mut self) -> bool {
        let Some(mut child) = self.current.take() else {
            return false;
        };
        let running = matches!(child.try_wait(), Ok(None));
        if running {
            let _ = child.kill();
        }
        let _ = child.wait();
        running
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        let _ = self.stop();
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::path::Path;
    use std::time::{Duration, Instant};

    /// A stand-in for espeak-ng that records what it was given.
    fn recorder(file: &Path) -> BTreeMap<Locale, Vec<String>> {
        let script = format!("cat >> '{}'", file.display());
        BTreeMap::from([(Locale::En, vec!["sh".into(), "-c".into(), script])])
    }

    fn wait_for(file: &Path, lines: usize) -> String {
        let start = Instant::now();
        loop {
            let text = std::fs::read_to_string(file).unwrap_or_default();
            if text.lines().count() >= lines || start.elapsed() > Duration::from_secs(10) {
                return text;
            }
            std::thread::yield_now();
        }
    }

    #[test]
    fn each_focus_is_one_line_on_the_commands_stdin_and_can_be_repeated() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("said.txt");
        let mut s = Speaker::new(recorder(&file));
        assert!(s.say(Locale::En, "Typhoon\n  stay   indoors").is_none());
        assert_eq!(wait_for(&file, 1), "Typhoon stay indoors\n");
        assert!(s.repeat().is_none());
        assert_eq!(wait_for(&file, 2), "Typhoon stay indoors\nTyphoon stay indoors\n");
        assert!(
            s.say(Locale::ZhHans, "台风").is_none(),
            "no command for this language: silence"
        );
    }

    #[test]
    fn a_missing_command_is_reported_once_and_nothing_breaks() {
        let mut s = Speaker::new(BTreeMap::from([(Locale::En, vec!["/nonexistent/espeak".into()])]));
        assert!(s.say(Locale::En, "one").is_some());
        assert!(s.say(Locale::En, "two").is_none());
        assert!(s.repeat().is_none());
    }

    #[test]
    fn a_new_focus_interrupts_the_utterance_in_progress() {
        let mut s = Speaker::new(BTreeMap::from([(
            Locale::En,
            vec!["sh".into(), "-c".into(), "cat >/dev/null; sleep 30".into()],
        )]));
        assert!(s.say(Locale::En, "a long point").is_none());
        assert!(s.stop(), "the utterance in progress was cut off, not waited for");
        assert!(!s.stop(), "nothing is left running");
    }
}

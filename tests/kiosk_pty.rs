//! `ready kiosk` in a real pseudo-terminal: no key gets out, the idle reset
//! leaves nothing of a visitor, nothing is written to disk, a signal ends
//! it cleanly with status 0, and broken content gives a calm screen.

#![allow(clippy::panic, clippy::unwrap_used)]

#[path = "common/pty.rs"]
mod pty;

use std::fs;
use std::path::Path;
use std::time::Duration;

use pty::{Pty, signal};

/// Every file under `dir`, so a test can say nothing was written.
fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                out.extend(files_under(&path));
            } else {
                out.push(path.display().to_string());
            }
        }
    }
    out
}

#[test]
fn no_key_leaves_the_kiosk_and_sigterm_ends_it_cleanly_with_nothing_written() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("progress");
    let data_arg = data.display().to_string();
    let mut k = Pty::start(&["--lang", "en", "--data-dir", &data_arg, "kiosk"], home.path(), 80, 24);
    k.wait_for("Touch the screen or press any key to start");
    k.send(" ");
    k.wait_for("By category");
    // q, Ctrl-C, Ctrl-Z, Ctrl-\, Ctrl-D, Ctrl-Q, and Esc at the top.
    k.send("q\x03\x1a\x1c\x04\x11\x1b");
    // Still here, still answering: open a point.
    k.send("\r");
    k.wait_for("Storm surge");
    k.send("\r");
    k.wait_for("Warning signals");
    assert!(k.running());
    signal(k.pid().unwrap(), "TERM");
    let status = k.wait_exit();
    assert!(status.success(), "{status:?}");
    k.assert_restored();
    assert_eq!(
        files_under(home.path()),
        Vec::<String>::new(),
        "nothing written anywhere"
    );
}

#[test]
fn an_idle_reset_wipes_a_half_finished_quiz_and_a_search() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("kiosk.toml");
    fs::write(&config, "idle = 20\nwarning = 3\nlanguages = [\"en\", \"zh-Hans\"]\n").unwrap();
    let stats = home.path().join("stats.jsonl");
    let (config_arg, stats_arg) = (config.display().to_string(), stats.display().to_string());
    let mut k = Pty::start(
        &["kiosk", "--config", &config_arg, "--stats", &stats_arg],
        home.path(),
        80,
        24,
    );
    k.wait_for("Touch the screen");
    k.send("x");
    k.wait_for("By category");
    k.send("/");
    k.wait_for("Type to search");
    k.send("earthq");
    k.wait_for("Earthquake");
    k.send("\x1b");
    k.wait_for("By category");
    // A category quiz, one question answered of many.
    k.send("t");
    k.wait_for("Question 1");
    // "1" answers a single-choice question and ticks a select-all one;
    // Enter then submits it, or moves on.
    k.send("1\r");
    k.wait_until("the answer taken", |screen| {
        screen.contains("Question 2 of") || screen.contains("Next ▶")
    });
    k.wait_for_within("Are you still there?", Duration::from_secs(30));
    let attract = k.wait_for_within("Touch the screen", Duration::from_secs(10));
    assert!(!attract.contains("Question"), "{attract}");
    k.send("x");
    k.wait_for("By category");
    // A fresh visit: nothing read. (Wait for it: a frame can arrive in pieces.)
    let home_screen = k.wait_for("read 0 of 37");
    assert!(!home_screen.contains("earthq"));
    let log = fs::read_to_string(&stats).unwrap();
    for event in ["session-start", "answer", "idle-reset", "session-end"] {
        assert!(
            log.contains(&format!("\"event\":\"{event}\"")),
            "{event} missing: {log}"
        );
    }
    // The quiz is shuffled by the clock and may have asked `earthquake#q…`:
    // that id is the guide's, not the visitor's typing.
    assert!(
        !log.replace("\"earthquake#", "\"").contains("earthq"),
        "no text a visitor typed is kept: {log}"
    );
    signal(k.pid().unwrap(), "INT");
    assert!(k.wait_exit().success(), "SIGINT from outside is a clean stop");
}

#[test]
fn broken_content_gives_the_maintenance_screen_and_the_journal_the_reasons() {
    let home = tempfile::tempdir().unwrap();
    let content = home.path().join("content");
    fs::create_dir_all(content.join("points")).unwrap();
    fs::write(content.join("guide.toml"), "title = { en = \"Broken\" \n").unwrap();
    let content_arg = content.display().to_string();
    let mut k = Pty::start(
        &["--lang", "en", "--content", &content_arg, "kiosk"],
        home.path(),
        80,
        24,
    );
    let screen = k.wait_for("This guide is being updated");
    assert!(screen.contains("120"), "{screen}");
    assert!(k.running(), "a broken content set does not stop the kiosk");
    signal(k.pid().unwrap(), "TERM");
    assert!(k.wait_exit().success());
}

#[test]
fn the_operator_leaves_with_the_pin() {
    let home = tempfile::tempdir().unwrap();
    let hash = ready::kiosk::pin::hash("2468").unwrap();
    let config = home.path().join("kiosk.toml");
    fs::write(&config, format!("pin = \"{hash}\"\n")).unwrap();
    let config_arg = config.display().to_string();
    let mut k = Pty::start(&["--lang", "en", "kiosk", "--config", &config_arg], home.path(), 80, 24);
    k.wait_for("Touch the screen");
    // Ctrl+Alt+P, as a terminal sends it: Escape, then Ctrl-P.
    k.send("\x1b\x10");
    k.wait_for("Operator PIN");
    k.send("1111\r");
    k.wait_for("Wrong PIN");
    k.send("2468\r");
    let status = k.wait_exit();
    assert!(status.success(), "{status:?}");
    k.assert_restored();
}

/// A stand-in for espeak-ng that appends what it is given to a file.
fn recorder(home: &Path) -> (String, std::path::PathBuf) {
    let said = home.join("said.txt");
    let script = home.join("say.sh");
    fs::write(&script, format!("#!/bin/sh\ncat >> '{}'\n", said.display())).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
    }
    (script.display().to_string(), said)
}

fn wait_for_line(file: &Path, needle: &str) -> String {
    let start = std::time::Instant::now();
    loop {
        let text = fs::read_to_string(file).unwrap_or_default();
        if text.contains(needle) {
            return text;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "never said {needle:?}: {text}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn the_kiosk_speaks_what_gains_focus_and_repeats_it_on_request() {
    let home = tempfile::tempdir().unwrap();
    let (say, said) = recorder(home.path());
    let config = home.path().join("kiosk.toml");
    fs::write(&config, format!("languages = [\"en\"]\n[speak]\nen = \"{say}\"\n")).unwrap();
    let config_arg = config.display().to_string();
    let mut k = Pty::start(&["kiosk", "--config", &config_arg], home.path(), 80, 24);
    k.wait_for("Touch the screen");
    k.send("x");
    k.wait_for("Repeat");
    wait_for_line(&said, "Know the risks.");
    k.send("\x1b[B");
    wait_for_line(&said, "Prevent.");
    // F2 says it again.
    k.send("\x1bOQ");
    let start = std::time::Instant::now();
    loop {
        let text = fs::read_to_string(&said).unwrap_or_default();
        if text.lines().filter(|l| l.starts_with("Prevent.")).count() >= 2 {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "F2 did not repeat: {text}");
        std::thread::sleep(Duration::from_millis(20));
    }
    signal(k.pid().unwrap(), "TERM");
    assert!(k.wait_exit().success());
}

#[test]
fn the_guide_at_home_speaks_too_with_speak() {
    let home = tempfile::tempdir().unwrap();
    let (say, said) = recorder(home.path());
    let mut g = Pty::start(&["--lang", "en", "--speak", &say], home.path(), 80, 24);
    g.wait_for("By category");
    g.send("j");
    wait_for_line(&said, "Prevent.");
    g.send("q");
    assert!(g.wait_exit().success());
}

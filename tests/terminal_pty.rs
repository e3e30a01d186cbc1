//! The terminal's own habits, with the real binary in a pseudo-terminal:
//! Ctrl-Z suspends and `fg` redraws, a dumb terminal gets a clear message.

#![allow(clippy::panic, clippy::unwrap_used)]

#[path = "common/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use pty::Pty;

/// A process run by a test has no job-control shell above it, so the
/// kernel discards the SIGTSTP that Ctrl-Z raises (POSIX: orphaned process
/// groups do not stop); what can be seen is the rest of the dance: the
/// terminal handed back whole, then taken again and redrawn in full.
#[test]
fn ctrl_z_gives_the_terminal_back_then_redraws_the_whole_screen() {
    let home = tempfile::tempdir().unwrap();
    let mut g = Pty::start(&["--lang", "en"], home.path(), 80, 24);
    g.wait_for("By category");
    let before = g.raw_text().len();
    g.send("\x1a");
    let start = Instant::now();
    loop {
        let after = g.raw_text();
        let tail = after.get(before..).unwrap_or("");
        if let Some(left) = tail.find("\x1b[?1049l")
            && tail[left..].contains("\x1b[?1049h")
            && tail[left..].contains("By category")
        {
            assert!(tail[..left].is_empty() || !tail[..left].contains("\x1b[?1049h"));
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no suspend and redraw: {tail:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    g.send("q");
    assert!(g.wait_exit().success());
    g.assert_restored();
}

#[test]
fn a_dumb_terminal_is_pointed_to_the_line_commands() {
    let out = assert_cmd::cargo::cargo_bin_cmd!("ready")
        .env("TERM", "dumb")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("TERM=dumb") && err.contains("--plain"), "{err}");
    assert!(out.stdout.is_empty(), "not one escape code");
}

/// Opens typhoon, whose warning signals include orange, and returns all
/// that was written.
fn typhoon_output(term: &str) -> String {
    let home = tempfile::tempdir().unwrap();
    let mut g = Pty::start_with(&["--lang", "en"], home.path(), 80, 24, &[("TERM", term)]);
    g.wait_for("By category");
    g.send("\r");
    g.wait_for("Storm surge");
    g.send("\r");
    g.wait_for("Orange");
    g.send("q");
    assert!(g.wait_exit().success());
    g.raw_text()
}

#[test]
fn orange_is_orange_and_the_linux_console_gets_only_its_8_colours() {
    let xterm = typhoon_output("xterm-256color");
    assert!(xterm.contains("48;5;208"), "orange warnings on an orange background");
    let console = typhoon_output("linux");
    // crossterm writes even the 16 basic colours as `;5;N`; the console's
    // palette ends there.
    let beyond_16 = console
        .split(";5;")
        .skip(1)
        .filter_map(|rest| rest.split(|c: char| !c.is_ascii_digit()).next()?.parse::<u16>().ok())
        .filter(|&n| n >= 16)
        .count();
    assert_eq!(beyond_16, 0, "colours the console cannot show");
    assert!(console.contains("Orange"));
}

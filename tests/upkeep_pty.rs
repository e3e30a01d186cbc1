//! A date set in the real guide, in a pseudo-terminal, is there after a
//! restart, and `ready due` sees it. Today is fixed with `--today`.

#![allow(clippy::panic, clippy::unwrap_used)]

#[path = "common/pty.rs"]
mod pty;

use pty::Pty;

#[test]
fn a_date_set_in_the_tui_is_there_after_a_restart() {
    let home = tempfile::tempdir().unwrap();
    let args = ["--today", "2026-12-02", "--lang", "en", "checklist", "supplies"];
    let mut guide = Pty::start(&args, home.path(), 80, 24);
    guide.wait_for("Drinking water");
    // The water's date: 20 December 2026, typed day by day.
    guide.send("d");
    guide.wait_for("Date: Drinking water");
    guide.send("20122026");
    guide.wait_for("= 20 Dec 2026");
    guide.send("\r");
    guide.wait_for("use by 20 Dec 2026");
    guide.send("q");
    guide.wait_exit();

    let mut again = Pty::start(&args, home.path(), 80, 24);
    // Each wait is for one frame's change, so a frame drawn in pieces
    // cannot fail the test.
    again.wait_for("[x] Drinking water");
    again.wait_for("use by 20 Dec 2026");
    again.send("q");
    again.wait_exit();

    let due = assert_cmd::Command::new(env!("CARGO_BIN_EXE_ready"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("HOME", home.path())
        .args(["--today", "2026-12-02", "--lang", "en", "due"])
        .output()
        .unwrap();
    assert_eq!(due.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&due.stdout).contains("Drinking water: use by 20 Dec 2026, in 18 days"));
}

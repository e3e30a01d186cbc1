//! One whole drill in the real binary, in a pseudo-terminal: `ready drill
//! ID` opens the drill screen, number keys choose, the end shows the path
//! marked ✓/✗ (no colour needed), Enter opens a point, and the outcome is
//! kept in the progress file.

#![allow(clippy::panic, clippy::unwrap_used)]

#[path = "common/pty.rs"]
mod pty;

use pty::Pty;

#[test]
fn a_whole_drill_from_the_command_line_to_its_outcome() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("d");
    let data = data.to_str().unwrap();
    let mut g = Pty::start_with(
        &["--lang", "en", "--data-dir", data, "drill", "night-fire"],
        home.path(),
        80,
        24,
        &[("NO_COLOR", "1")],
    );
    g.wait_for("3 a.m. The smoke alarm in the hall is shrieking.");
    g.wait_for("│ 3  Hide under the bed until it is over");
    g.send("2");
    g.wait_for("✗ Poor move. An untested door can let heat");
    g.wait_for("Hot, thick smoke pours in at head height.");
    g.send("1");
    g.wait_for("The door is shut, the gaps stuffed with wet towels.");
    g.send("1");
    g.wait_for("Outcome: ✓ Safe");
    // A frame can arrive in pieces: wait for each line rather than trusting
    // one capture to hold them all.
    for line in [
        "[ r  Try again ]",
        "✗ Throw the door open to see what is going on",
        "✓ Shut the door, seal the gaps with wet towels, call 119",
        "✓ Signal from the window with your phone's light, and shout",
        "Good moves: 2/3",
        "Calling emergency numbers",
    ] {
        g.wait_for(line);
    }
    // Enter opens the first point to learn from; Esc comes back to the end.
    g.send("\r");
    g.wait_for("Escaping a fire");
    g.wait_for("[d] Drill: 3 a.m.: the smoke alarm goes off");
    g.send("\x1b");
    g.wait_for("Outcome: ✓ Safe");
    g.send("q");
    g.wait_exit();
    g.assert_restored();
    let saved = std::fs::read_to_string(home.path().join("d/progress.json")).unwrap();
    let saved: serde_json::Value = serde_json::from_str(&saved).unwrap();
    assert_eq!(saved["drills"]["night-fire"]["completed"], 1);
    assert_eq!(saved["drills"]["night-fire"]["best"], "safe");
}

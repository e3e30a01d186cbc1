//! `ready drill --plain ID` through the real binary, with answers piped in:
//! numbered lines, a bad answer asked again, the ending with the path
//! marked ✓/✗, the outcome kept; and `ready drill` with an unknown id.

#![allow(clippy::panic, clippy::unwrap_used)]

use std::path::Path;

use assert_cmd::Command;

fn ready(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("ready").unwrap();
    cmd.env_remove("LC_ALL")
        .env("LANG", "en_US.UTF-8")
        .arg("--data-dir")
        .arg(data);
    cmd
}

fn run(cmd: &mut Command) -> (String, String) {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn progress(data: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(data.join("progress.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_plain_drill_reads_numbered_choices_and_ends_with_the_path() {
    let data = tempfile::tempdir().unwrap();
    let (out, err) = run(ready(data.path())
        .args(["drill", "--plain", "choking"])
        .write_stdin("2\nfive\n1\n1\n1\n1\n"));
    assert_eq!(err, "");
    let want = [
        "Drill: At dinner, your father can't breathe",
        "Decision 1",
        "Family dinner. Your father suddenly grabs his throat.",
        "  2. Give him water to wash it down",
        "Your move (a number): ✗ Poor move. Water can't get past a blocked airway, and he may breathe it in.",
        "Decision 2",
        "Your move (a number): Please answer with a number from 1 to 2.",
        "Your move (a number): ✓ Right: stay with him and start first aid now.",
        "Outcome: ✓ Safe",
        "Your path:",
        "  ✗ Give him water to wash it down",
        "  ✓ Stop him, have someone call 120, and get behind him",
        "Good moves: 4/5",
        "Learn the right moves:",
        "  ready show choking    Choking",
    ];
    let lines: Vec<&str> = out.lines().collect();
    let mut from = 0;
    for line in want {
        match lines[from..].iter().position(|l| *l == line) {
            Some(i) => from += i + 1,
            None => panic!("{line:?} missing or out of order in:\n{out}"),
        }
    }
    assert_eq!(progress(data.path())["drills"]["choking"]["best"], "safe");
}

#[test]
fn in_chinese_the_ending_reads_as_chinese() {
    let data = tempfile::tempdir().unwrap();
    let (out, _) = run(ready(data.path())
        .args(["--lang", "zh-Hans", "drill", "--plain", "night-fire"])
        .write_stdin("3\n"));
    assert!(
        out.contains("你的选择（填编号）：✗ 这样不妥。躲起来，救援人员很难找到你"),
        "{out}"
    );
    assert!(out.contains("结果：✗ 后果严重"), "{out}");
    assert!(out.contains("做对的步骤：0/1"), "{out}");
    assert!(out.contains("  ready show fire-escape    火场逃生"), "{out}");
    assert_eq!(progress(data.path())["drills"]["night-fire"]["best"], "worse");
}

#[test]
fn input_ending_early_stops_cleanly_and_saves_nothing() {
    let data = tempfile::tempdir().unwrap();
    let (out, err) = run(ready(data.path())
        .args(["drill", "--plain", "night-fire"])
        .write_stdin("1\n"));
    assert!(out.contains("Decision 2"), "{out}");
    assert!(!out.contains("Outcome"), "{out}");
    assert!(err.contains("Drill left before its end; nothing saved"), "{err}");
    assert!(!data.path().join("progress.json").exists());
}

#[test]
fn an_unknown_drill_suggests_the_nearest_and_fails() {
    let data = tempfile::tempdir().unwrap();
    let out = ready(data.path()).args(["drill", "nightfire"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("`nightfire`") && err.contains("`night-fire`"), "{err}");
}

#[test]
fn list_shows_the_drills_after_the_points() {
    let data = tempfile::tempdir().unwrap();
    let (out, _) = run(ready(data.path()).arg("list"));
    let drills = out.find("Drills (11)").expect(&out);
    assert!(
        out[drills..].contains("  night-fire           3 a.m.: the smoke alarm goes off"),
        "{out}"
    );
    let (json, _) = run(ready(data.path()).args(["list", "--json"]));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["drills"].as_array().unwrap().len(), 11);
}

//! `ready quiz --plain`, `ready checklist --plain` and `export --checklist`
//! through the real binary, and what happens to a bad progress file.

#![allow(clippy::panic, clippy::unwrap_used)]

use std::fs;
use std::path::Path;

use assert_cmd::Command;

fn ready(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("ready").unwrap();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_CTYPE")
        .env("LANG", "en_US.UTF-8")
        .arg("--data-dir")
        .arg(data);
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_plain_quiz_is_numbered_lines_and_ends_with_the_score() {
    let data = tempfile::tempdir().unwrap();
    let out = stdout(
        ready(data.path())
            .args(["quiz", "--plain", "--count", "3", "--seed", "9"])
            .write_stdin("1\n1\n1\n"),
    );
    assert_eq!(out.matches("Question ").count(), 3, "{out}");
    assert!(out.contains("  1. ") && out.contains("  2. "), "{out}");
    let last = out.trim_end().lines().last().unwrap();
    let score = last.strip_prefix("Score: ").unwrap();
    let (right, total) = score.split_once('/').unwrap();
    assert!(right.parse::<usize>().unwrap() <= 3);
    assert_eq!(total, "3");
    let saved = fs::read_to_string(data.path().join("progress.json")).unwrap();
    assert!(saved.contains("\"scores\""), "a finished quiz is kept: {saved}");
}

#[test]
fn the_same_seed_asks_the_same_quiz() {
    let data = tempfile::tempdir().unwrap();
    let run = || {
        stdout(
            ready(data.path())
                .args(["quiz", "--plain", "--seed", "5", "--lang", "zh-Hans"])
                .write_stdin(""),
        )
    };
    let first = run();
    assert_eq!(first, run());
    assert!(first.contains("第1/10题"), "{first}");
}

#[test]
fn an_invalid_answer_is_asked_again_and_end_of_input_stops_cleanly() {
    let data = tempfile::tempdir().unwrap();
    let out = stdout(
        ready(data.path())
            .args(["quiz", "--plain", "--point", "fire", "--seed", "1"])
            .write_stdin("0\nfire\n"),
    );
    assert_eq!(out.matches("Please answer with").count(), 2, "{out}");
    assert!(out.trim_end().ends_with("Score: 0/0"), "{out}");
    assert!(
        !data.path().join("progress.json").exists(),
        "a quiz with nothing answered records nothing"
    );
}

#[test]
fn a_plain_quiz_left_part_way_keeps_its_mistakes_and_says_so() {
    let data = tempfile::tempdir().unwrap();
    // Answer the first question wrongly and the second too, then stop.
    let out = ready(data.path())
        .args(["quiz", "--plain", "--point", "fire", "--seed", "1"])
        .write_stdin(
            "1
1
",
        )
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("2 questions answered; mistakes saved"), "{err}");
    let saved = fs::read_to_string(data.path().join("progress.json")).unwrap();
    let progress: serde_json::Value = serde_json::from_str(&saved).unwrap();
    let scores = progress["scores"].as_object().unwrap();
    assert!(scores.is_empty(), "no score for an unfinished quiz: {saved}");
    let missed = progress["missed"].as_array().unwrap();
    assert!(
        missed.iter().all(|m| m.as_str().unwrap().starts_with("fire#")),
        "{saved}"
    );
}

#[test]
fn review_my_mistakes_asks_what_was_missed() {
    let data = tempfile::tempdir().unwrap();
    fs::write(
        data.path().join("progress.json"),
        r#"{"version": 1, "missed": ["burns#0"]}"#,
    )
    .unwrap();
    let out = stdout(
        ready(data.path())
            .args(["quiz", "--plain", "--mistakes"])
            .write_stdin("1\n"),
    );
    assert!(out.contains("Question 1/1 ("), "{out}");
    assert!(out.contains("ready show burns"), "{out}");
    assert!(out.trim_end().ends_with("/1"), "{out}");
    let empty = tempfile::tempdir().unwrap();
    let out = stdout(ready(empty.path()).args(["quiz", "--plain", "--mistakes"]));
    assert!(out.contains("no mistakes are saved yet"), "{out}");
}

/// Every command that takes an id says the same thing about an unknown one.
#[test]
fn an_unknown_id_gets_the_same_did_you_mean_from_every_command() {
    let data = tempfile::tempdir().unwrap();
    let cases: [(&[&str], &str, &str); 5] = [
        (
            &["show", "cpr-ade"],
            "ready: no point has the id `cpr-ade`; did you mean `cpr-aed`?\n",
            "ready：没有编号为 `cpr-ade` 的要点；你要找的是不是 `cpr-aed`？\n",
        ),
        (
            &["quiz", "--plain", "--point", "cpr-ade"],
            "ready: no point has the id `cpr-ade`; did you mean `cpr-aed`?\n",
            "ready：没有编号为 `cpr-ade` 的要点；你要找的是不是 `cpr-aed`？\n",
        ),
        (
            &["quiz", "--plain", "--category", "risk"],
            "ready: no category has the id `risk`; did you mean `risks`?\n",
            "ready：没有编号为 `risk` 的类别；你要找的是不是 `risks`？\n",
        ),
        (
            &["checklist", "--plain", "suplies"],
            "ready: no checklist has the id `suplies`; did you mean `supplies`?\n",
            "ready：没有编号为 `suplies` 的清单；你要找的是不是 `supplies`？\n",
        ),
        (
            &["export", "--format", "md", "--checklist", "suplies"],
            "ready: no checklist has the id `suplies`; did you mean `supplies`?\n",
            "ready：没有编号为 `suplies` 的清单；你要找的是不是 `supplies`？\n",
        ),
    ];
    for (args, en, zh) in cases {
        for (lang, expected) in [("en", en), ("zh-Hans", zh)] {
            let out = ready(data.path()).args(args).args(["--lang", lang]).output().unwrap();
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            assert_eq!(String::from_utf8_lossy(&out.stderr), expected, "{args:?} {lang}");
        }
    }
}

#[test]
fn a_plain_checklist_ticks_by_number_and_remembers() {
    let data = tempfile::tempdir().unwrap();
    let out = stdout(
        ready(data.path())
            .args(["checklist", "--plain", "supplies", "--household", "3"])
            .write_stdin("1\n"),
    );
    assert!(out.contains("1. [ ] Drinking water — 36 litres"), "{out}");
    assert!(out.contains("  1. [x] Drinking water"), "{out}");
    let out = stdout(
        ready(data.path())
            .args(["checklist", "--plain", "supplies"])
            .write_stdin(""),
    );
    assert!(
        out.contains("1. [x] Drinking water — 36 litres"),
        "ticks and household kept: {out}"
    );
}

#[test]
fn a_checklist_exports_as_markdown_for_the_fridge_door() {
    let data = tempfile::tempdir().unwrap();
    let out = stdout(ready(data.path()).args([
        "export",
        "--checklist",
        "supplies",
        "--format",
        "md",
        "--household",
        "2",
    ]));
    assert!(out.starts_with("# Household emergency supplies"), "{out}");
    assert!(out.contains("- [ ] **Drinking water** — 24 litres"), "{out}");
    assert!(out.contains("  - Why: "), "{out}");
    assert!(out.contains("People at home: 2 people"), "{out}");
    let one = stdout(ready(data.path()).args([
        "export",
        "--checklist",
        "supplies",
        "--format",
        "md",
        "--household",
        "1",
    ]));
    assert!(one.contains("People at home: 1 person\n"), "{one}");
    let out = ready(data.path())
        .args(["export", "--checklist", "supplies", "--format", "html"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

fn with_progress_fixture(name: &str) -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/progress")
        .join(name);
    fs::copy(fixture, data.path().join("progress.json")).unwrap();
    data
}

#[test]
fn a_corrupt_progress_file_is_kept_aside_and_named_with_its_position() {
    let data = with_progress_fixture("corrupt.json");
    let out = ready(data.path())
        .args(["checklist", "--plain", "supplies"])
        .write_stdin("")
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains("progress.json:4:"), "{err}");
    assert!(err.contains("progress.json.bak"), "{err}");
    let kept = fs::read_to_string(data.path().join("progress.json.bak")).unwrap();
    assert!(kept.contains("\"read\": [\"fire\""), "nothing the user had is lost");
}

#[test]
fn the_notice_about_a_corrupt_progress_file_is_in_the_readers_language() {
    let data = with_progress_fixture("corrupt.json");
    let out = ready(data.path())
        .args(["checklist", "--plain", "supplies", "--lang", "zh-Hans"])
        .write_stdin("")
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("ready：进度文件无法使用（"), "{err}");
    assert!(
        err.contains("；已另存为 ") && err.contains("progress.json.bak"),
        "{err}"
    );
}

#[test]
fn a_progress_file_from_a_newer_version_is_kept_aside_not_misread() {
    let data = with_progress_fixture("future-version.json");
    let out = ready(data.path())
        .args(["checklist", "--plain", "supplies"])
        .write_stdin("")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer version"));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("[ ] Drinking water"),
        "starts fresh"
    );
    assert!(data.path().join("progress.json.bak").exists());
}

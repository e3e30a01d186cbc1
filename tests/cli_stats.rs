//! `ready stats`, as the office that runs the kiosks uses it: several
//! kiosks' files at once, copied mid-write, in its own language; and the
//! generated completions and man page.

#![allow(clippy::panic, clippy::unwrap_used)]

use std::fs;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");

fn ready() -> Command {
    let mut cmd = cargo_bin_cmd!("ready");
    for key in ["LANG", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANGUAGE"] {
        cmd.env_remove(key);
    }
    cmd.arg("--content").arg(FIXTURE);
    cmd
}

fn event(day: &str, visit: u64, rest: &str) -> String {
    format!("{{\"at\":\"{day}T09:30:00+08:00\",\"visit\":{visit},{rest}}}\n")
}

/// Two kiosks: the first file was copied while a line was being written.
fn two_kiosks() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut a = String::new();
    for visit in 1..=3 {
        a += &event("2026-11-30", visit, r#""event":"session-start""#);
        a += &event("2026-11-30", visit, r#""event":"point-open","point":"flood""#);
        let correct = visit == 3;
        a += &event(
            "2026-11-30",
            visit,
            &format!(r#""event":"answer","question":"flood#q2","correct":{correct}"#),
        );
        a += &event("2026-11-30", visit, r#""event":"session-end","seconds":90"#);
    }
    // In the drill, two of three visitors first waded to the car; a later
    // poor move is not a first move.
    for (visit, step, choice, good) in [
        (1, "street", "wade", false),
        (2, "street", "wade", false),
        (3, "street", "climb", true),
        (3, "upstairs", "go-down", false),
    ] {
        a += &event(
            "2026-11-30",
            visit,
            &format!(
                r#""event":"drill-choice","drill":"high-water","step":"{step}","choice":"{choice}","good":{good}"#
            ),
        );
    }
    a += r#"{"at":"2026-11-30T09:31:00+08:00","visit":4,"event":"sess"#;
    let mut b = event("2026-12-01", 7, r#""event":"session-start""#);
    b += &event("2026-12-01", 7, r#""event":"point-open","point":"heat""#);
    b += &event(
        "2026-12-01",
        7,
        r#""event":"answer","question":"flood#q9","correct":false"#,
    );
    b += &event("2026-12-01", 7, r#""event":"quiz-end","right":1,"total":2"#);
    b += "Dec  1 09:31:00 kiosk-7 systemd[1]: Started ready kiosk.\n";
    fs::write(dir.path().join("kiosk-a.jsonl"), a).unwrap();
    fs::write(dir.path().join("kiosk-b.jsonl"), b).unwrap();
    dir
}

#[test]
fn the_office_sees_visits_scores_and_the_most_missed_question_across_kiosks() {
    let dir = two_kiosks();
    let out = ready()
        .arg("stats")
        .arg(dir.path().join("kiosk-a.jsonl"))
        .arg(dir.path().join("kiosk-b.jsonl"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("2026-11-30       3\n  2026-12-01       1"), "{text}");
    assert!(text.contains("Median visit: 1 min 30 s"), "{text}");
    assert!(text.contains("Quizzes finished: 1, average score 50%"), "{text}");
    assert!(
        text.contains("1. 66% missed (2 of 3)  flood#q2\n     You can drive through 30 cm of moving water."),
        "{text}"
    );
    assert!(text.contains("1. 3 opens  Flood (flood)"), "{text}");
    assert!(
        text.contains(
            "Most common wrong first move, per drill\n  1. The street floods (high-water)\n     2 of 3 first moves (66%): Wade to the car\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("Skipped: 2 lines that were not kiosk events, 1 event naming an id this guide lacks"),
        "{text}"
    );
}

#[test]
fn the_report_is_in_the_readers_language_and_json_for_scripts() {
    let dir = two_kiosks();
    let files = [dir.path().join("kiosk-a.jsonl"), dir.path().join("kiosk-b.jsonl")];
    let out = ready()
        .env("LANG", "zh_CN.UTF-8")
        .arg("stats")
        .args(&files)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("答错率 66%（3 次作答中错 2 次）  flood#q2"), "{text}");
    assert!(text.contains("完成测验：1，平均得分 50%"), "{text}");
    assert!(
        text.contains("各演练最常见的错误第一步\n  1. 街道被淹（high-water）\n     第一步共 3 次，其中 2 次（66%）选了“蹚水去开车”\n"),
        "{text}"
    );
    let out = ready().args(["stats", "--json"]).args(&files).output().unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["visits"], 4);
    assert_eq!(json["most_missed"][0]["question"], "flood#q2");
    assert_eq!(json["most_missed"][0]["wrong"], 2);
    assert_eq!(json["most_read"][0]["point"], "flood");
    assert_eq!(json["skipped_lines"], 2);
    assert_eq!(json["wrong_first_moves"][0]["drill"], "high-water");
    assert_eq!(json["wrong_first_moves"][0]["choice"], "wade");
    assert_eq!(json["wrong_first_moves"][0]["count"], 2);
    assert_eq!(json["wrong_first_moves"][0]["first_moves"], 3);
}

#[test]
fn an_unreadable_file_is_named_and_the_others_still_count() {
    let dir = two_kiosks();
    let out = ready()
        .arg("stats")
        .arg(dir.path().join("missing.jsonl"))
        .arg(dir.path().join("kiosk-b.jsonl"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.jsonl"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("2026-12-01       1"));
    let out = ready()
        .arg("stats")
        .arg(dir.path().join("missing.jsonl"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "nothing could be read");
}

#[test]
fn completions_and_the_man_page_come_from_the_real_parser() {
    let out = ready().args(["completions", "bash"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(
        text.contains("complete -F _ready") && text.contains("--data-dir"),
        "{text}"
    );
    let out = ready().args(["completions", "zsh"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("#compdef ready"));
    let out = ready().arg("man").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(".TH ready 1") && text.contains("stats"), "{text}");
}

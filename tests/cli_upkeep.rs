//! `ready due` and `ready export --plan`: the exit status a login script,
//! cron or a timer tests, the lines a person reads, the JSON a script reads,
//! the calendar file, and the printed plan.

#![allow(clippy::panic, clippy::unwrap_used)]

use std::fs;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

fn ready(data: &std::path::Path) -> Command {
    let mut cmd = cargo_bin_cmd!("ready");
    for key in ["LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"] {
        cmd.env_remove(key);
    }
    cmd.arg("--data-dir").arg(data).args(["--today", "2026-12-02"]);
    cmd
}

fn with_dates(dates: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(r#"{{"version": 3, "ticks": ["supplies/water"], "dates": {{{dates}}}}}"#);
    fs::write(dir.path().join("progress.json"), text).unwrap();
    dir
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn nothing_dated_is_nothing_due_silently_with_status_0() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run(ready(dir.path()).arg("due")), (0, String::new(), String::new()));
    assert!(!dir.path().join("progress.json").exists(), "`due` only reads");
}

#[test]
fn something_due_is_one_line_each_soonest_first_with_status_1() {
    let dir = with_dates(
        r#""supplies/extinguisher": "2026-12-25", "supplies/water": "2026-11-20", "family-plan": "2027-05-12""#,
    );
    let (code, out, err) = run(ready(dir.path()).arg("due"));
    assert_eq!((code, err.as_str()), (1, ""));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(
        lines[1].contains("Drinking water: use by 20 Nov 2026, OVERDUE by 12 days"),
        "{out}"
    );
    assert!(lines[2].contains("check by 25 Dec 2026, in 23 days"), "{out}");
    // In Chinese, and a longer look ahead takes in the drill.
    let (code, out, _) = run(ready(dir.path()).args(["--lang", "zh-Hans", "due", "--days", "200"]));
    assert_eq!(code, 1);
    assert!(out.contains("饮用水：2026年11月20日前用完，已逾期12天"), "{out}");
    assert!(out.contains("家庭演练：下次2027年5月12日"), "{out}");
}

#[test]
fn only_what_falls_in_the_window_counts() {
    let dir = with_dates(r#""supplies/water": "2027-01-02""#);
    assert_eq!(run(ready(dir.path()).args(["due", "--days", "30"])).0, 0);
    assert_eq!(run(ready(dir.path()).args(["due", "--days", "31"])).0, 1);
}

#[test]
fn json_names_each_item_its_date_and_how_far_off() {
    let dir = with_dates(r#""supplies/water": "2026-11-20", "supplies/medicines": "2026-12-02""#);
    let (code, out, _) = run(ready(dir.path()).args(["due", "--json"]));
    assert_eq!(code, 1);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["today"], "2026-12-02");
    assert_eq!(doc["days"], 30);
    let due = doc["due"].as_array().unwrap();
    assert_eq!(due.len(), 2);
    assert_eq!(due[0]["key"], "supplies/water");
    assert_eq!(due[0]["kind"], "use-by");
    assert_eq!(due[0]["days_left"], -12);
    assert_eq!(due[0]["overdue"], true);
    assert_eq!(due[1]["item"], "medicines");
    assert_eq!(due[1]["days_left"], 0);
    assert_eq!(due[1]["overdue"], false);
    // Nothing due is still a JSON document, with status 0.
    let empty = tempfile::tempdir().unwrap();
    let (code, out, _) = run(ready(empty.path()).args(["due", "--json"]));
    assert_eq!(code, 0);
    assert_eq!(
        serde_json::from_str::<Value>(&out).unwrap()["due"],
        serde_json::json!([])
    );
}

#[test]
fn ics_writes_a_calendar_that_parses_back() {
    let dir = with_dates(r#""supplies/water": "2027-03-01", "home-safety": "2027-02-01""#);
    let file = dir.path().join("ready.ics");
    let (code, _, err) = run(ready(dir.path()).args(["due", "--ics"]).arg(&file));
    assert_eq!((code, err.as_str()), (0, ""), "nothing due within 30 days");
    let cal: icalendar::Calendar = fs::read_to_string(&file).unwrap().parse().unwrap();
    assert_eq!(cal.components.len(), 2);
    // A file that cannot be written is an error, not "something is due".
    let (code, _, err) = run(ready(dir.path()).args(["due", "--ics", "/nonexistent/dir/x.ics"]));
    assert_eq!(code, 2);
    assert!(err.contains("cannot write"), "{err}");
}

#[test]
fn a_date_that_is_not_a_date_is_dropped_with_a_notice_not_a_crash() {
    let dir = with_dates(r#""supplies/water": "2026-02-30", "supplies/food": "2026-11-30""#);
    let (code, out, err) = run(ready(dir.path()).arg("due"));
    assert_eq!(code, 1);
    assert!(err.contains("supplies/water"), "{err}");
    assert!(out.contains("2 days"), "{out}");
}

#[test]
fn the_notice_about_a_dropped_date_is_chinese_under_a_chinese_locale() {
    let dir = with_dates(r#""supplies/water": "2026-02-30", "supplies/food": "2026-11-30""#);
    let (_, _, err) = run(ready(dir.path()).args(["due", "--lang", "zh"]));
    assert!(
        err.contains("进度文件中有一项内容无效，已删除：日期 `supplies/water`"),
        "{err}"
    );
    assert!(!err.contains("was not valid"), "{err}");
}

#[test]
fn the_plan_exports_as_one_page_that_says_where_its_details_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("progress.json"),
        r#"{"version": 3, "plan": {"out-of-town-name": "Aunt Mei", "out-of-town-phone": "+86 21 5555 0000"}}"#,
    )
    .unwrap();
    let (code, out, err) = run(ready(dir.path()).args(["export", "--plan", "--format", "html"]));
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(
        out.contains("<td>Aunt Mei</td>") && out.contains("<td>+86 21 5555 0000</td>"),
        "{out}"
    );
    assert!(out.contains("@page{size:A4"), "prints on A4");
    let kept = dir.path().join("progress.json");
    assert!(
        out.contains(&kept.display().to_string()),
        "names {}: {out}",
        kept.display()
    );
    let (code, out, _) = run(ready(dir.path()).args(["--lang", "zh-Hans", "export", "--plan", "--format", "md"]));
    assert_eq!(code, 0);
    assert!(out.contains("| 外地联络人：姓名 | Aunt Mei |"), "{out}");
    let (code, _, err) = run(ready(dir.path()).args(["export", "--plan", "--format", "json"]));
    assert_eq!(code, 2);
    assert!(err.contains("--format md or --format html"), "{err}");
}

//! The `ready` binary end to end, as a person or a script sees it: what each
//! command prints on stdout and stderr, and its exit status (0 done, 1 a
//! content or lookup problem, 2 a usage error).
//!
//! Exact output is asserted against the small fixture set in
//! `tests/fixtures/minimal`, so these tests do not move when the shipped
//! content is edited; only `embedded_*` tests read the built-in guide, and
//! only for what `content/guide.toml` fixes (the categories).

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::copy_dir;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;
use predicates::prelude::*;
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");

/// `ready` with no language in the environment, so the default is English.
fn ready() -> Command {
    let mut cmd = cargo_bin_cmd!("ready");
    for key in ["LANG", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANGUAGE"] {
        cmd.env_remove(key);
    }
    cmd
}

/// `ready --content tests/fixtures/minimal ARGS...`
fn fixture(args: &[&str]) -> Command {
    let mut cmd = ready();
    cmd.arg("--content").arg(FIXTURE).args(args);
    cmd
}

/// Runs to completion and returns (status, stdout, stderr).
fn run(cmd: &mut Command) -> (Option<i32>, String, String) {
    let output = cmd.output().unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    )
}

fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.assert().success().stderr("").get_output().clone();
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

fn json_of(cmd: &mut Command) -> Value {
    serde_json::from_str(&stdout_of(cmd)).expect("stdout is JSON")
}

/// A copy of the fixture with each `(file, from, to)` replacement made once.
fn fixture_copy(edits: &[(&str, &str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), dir.path());
    for (file, from, to) in edits {
        let path = dir.path().join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} does not contain {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }
    dir
}

/// What must never reach a terminal from content or user input: C0 and C1
/// controls other than newline, DEL, and bidi overrides, isolates and marks.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn assert_printable(what: &str, s: &str) {
    if let Some(c) = s.chars().find(|&c| is_unsafe(c)) {
        panic!("{what} contains U+{:04X}: {s:?}", c as u32);
    }
}

/// Asserts that `lines` appear in `text` as whole lines, in this order.
fn assert_lines_in_order(text: &str, lines: &[&str]) {
    let all: Vec<&str> = text.lines().collect();
    let mut from = 0;
    for want in lines {
        match all[from..].iter().position(|l| l == want) {
            Some(i) => from += i + 1,
            None => panic!("line {want:?} missing or out of order in:\n{text}"),
        }
    }
}

fn assert_fits(text: &str, width: usize) {
    for line in text.lines() {
        assert!(
            line.width() <= width,
            "{} cells > {width}: {line:?}\nin:\n{text}",
            line.width()
        );
    }
}

// ---------------------------------------------------------------- list

#[test]
fn list_prints_categories_and_points_in_english() {
    fixture(&["list", "--lang", "en"]).assert().success().stderr("").stdout(
        "Know the risks (2 points)\n  flood  Flood\n  heat   Heat\nDrills (1)\n  high-water  The street floods\n",
    );
}

#[test]
fn list_prints_categories_and_points_in_chinese() {
    for lang in ["zh-Hans", "zh", "zh-CN"] {
        fixture(&["list", "--lang", lang])
            .assert()
            .success()
            .stderr("")
            .stdout("知风险 (2 个要点)\n  flood  洪水\n  heat   高温\n情景演练 (1)\n  high-water  街道被淹\n");
    }
}

#[test]
fn lang_may_come_before_the_subcommand() {
    ready()
        .args(["--lang", "zh-Hans", "--content", FIXTURE, "list"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("知风险"));
}

#[test]
fn the_language_defaults_to_the_environment() {
    fixture(&["list"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Know the risks"));
    fixture(&["list"])
        .env("LANG", "zh_CN.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("知风险"));
    // LC_ALL wins over LANG, as POSIX orders them.
    fixture(&["list"])
        .env("LANG", "zh_CN.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Know the risks"));
    // --lang wins over the environment.
    fixture(&["list", "--lang", "en"])
        .env("LC_ALL", "zh_CN.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Know the risks"));
}

#[test]
fn list_json_has_categories_with_both_languages_and_point_ids() {
    let json = json_of(&mut fixture(&["list", "--json"]));
    let categories = json["categories"].as_array().expect("categories array");
    assert_eq!(categories.len(), 1, "{json:#}");
    let risks = &categories[0];
    assert_eq!(risks["id"], "risks");
    assert_eq!(risks["title"]["en"], "Know the risks");
    assert_eq!(risks["title"]["zh-Hans"], "知风险");
    let points = risks["points"].as_array().expect("points array");
    let ids: Vec<&str> = points.iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["flood", "heat"]);
    assert_eq!(points[0]["title"]["en"], "Flood");
    assert_eq!(points[0]["title"]["zh-Hans"], "洪水");
    assert_eq!(points[1]["title"]["en"], "Heat");
    assert_eq!(points[1]["title"]["zh-Hans"], "高温");
    assert_eq!(points[0]["hazard"], "natural");
}

#[test]
fn list_json_is_the_same_in_every_language() {
    let en = stdout_of(&mut fixture(&["list", "--json", "--lang", "en"]));
    let zh = stdout_of(&mut fixture(&["list", "--json", "--lang", "zh-Hans"]));
    assert_eq!(en, zh);
}

// ---------------------------------------------------------------- show

#[test]
fn show_prints_title_sections_and_numbered_steps() {
    let out = stdout_of(&mut fixture(&["show", "flood", "--lang", "en"]));
    assert!(out.starts_with("Flood\n=====\nMove to higher ground.\n"), "{out}");
    assert_lines_in_order(
        &out,
        &[
            "Warning signals",
            "  Blue: Heavy rain likely.",
            "Before: prepare now",
            "  1. Know your route to higher ground.",
            "During: what to do",
            "  1. Move to higher ground.",
            "  2. Do not walk through moving water.",
            "After: recover safely",
            "  1. Stay out of floodwater.",
            "Never do this",
            "  ✗ Don't drive into floodwater.",
            "Related: Heat (heat)",
            "  - Ready.gov: Floods <https://www.ready.gov/floods>",
            "Reviewed: 2026-11-24",
        ],
    );
}

#[test]
fn show_prints_chinese() {
    let out = stdout_of(&mut fixture(&["show", "flood", "--lang", "zh-Hans"]));
    assert!(out.starts_with("洪水\n"), "{out}");
    assert_lines_in_order(
        &out,
        &[
            "事前：提前准备",
            "  1. 熟悉去高处的路线。",
            "事中：如何应对",
            "  1. 向高处转移。",
            "  2. 不要涉过流动的水。",
            "事后：安全恢复",
            "  1. 不要进入积水。",
            "切勿这样做",
            "  ✗ 不要开车驶入积水。",
        ],
    );
}

#[test]
fn show_fits_80_columns_when_piped() {
    for lang in ["en", "zh-Hans"] {
        let out = stdout_of(&mut fixture(&["show", "flood", "--lang", lang]));
        assert_fits(&out, 80);
    }
}

const LONG_ZH: &str = "洪水来临时，要立即向高处转移，不要在低洼地带停留，也不要试图涉水通过流动的水流；\
    如果被困在屋内，就到最高的楼层或屋顶等待救援，并用手电筒、鲜艳的衣物或哨子发出求救信号，\
    同时保持手机电量，随时留意当地政府和气象部门发布的最新预警信息。";
const LONG_EN: &str = "When a flood is coming, move to higher ground at once and do not stay in \
    low-lying areas; if you are trapped indoors, go to the highest floor or the roof and wait for \
    rescue, signalling with a torch, bright clothing or a whistle, and keep your phone charged \
    so you can follow the latest warnings from the local government and weather service.";

/// The fixture with long steps, a long note and a long unbreakable URL, so
/// `show` really has to wrap.
fn long_copy() -> tempfile::TempDir {
    fixture_copy(&[
        (
            "points/flood.toml",
            "zh-Hans = [\"熟悉去高处的路线。\"]",
            &format!("zh-Hans = [\"{LONG_ZH}\"]"),
        ),
        (
            "points/flood.toml",
            "en = [\"Know your route to higher ground.\"]",
            &format!("en = [\"{LONG_EN}\"]"),
        ),
        (
            "points/flood.toml",
            "\n[keywords]",
            &format!("note = {{ en = \"{LONG_EN}\", zh-Hans = \"{LONG_ZH}\" }}\n\n[keywords]"),
        ),
        (
            "points/flood.toml",
            "https://www.ready.gov/floods",
            &format!("https://www.ready.gov/floods/{}", "a".repeat(120)),
        ),
        (
            "points/flood.toml",
            "meaning = { en = \"Heavy rain likely.\", zh-Hans = \"可能出现强降雨。\" }",
            &format!("meaning = {{ en = \"{LONG_EN}\", zh-Hans = \"{LONG_ZH}\" }}"),
        ),
    ])
}

#[test]
fn show_wraps_long_chinese_to_80_cells() {
    let dir = long_copy();
    let dir = dir.path().to_str().unwrap();
    let out = stdout_of(ready().args(["--content", dir, "--lang", "zh-Hans", "show", "flood"]));
    assert_fits(&out, 80);
    // The step really was wrapped, to lines close to the limit, and nothing
    // was lost on the way: the hanging indent removed, the lines rejoin.
    let lines: Vec<&str> = out.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("  1. 洪水来临时"))
        .expect("the long step");
    let mut step = lines[start].trim_start_matches("  1. ").to_string();
    for line in &lines[start + 1..] {
        if !line.starts_with("     ") {
            break;
        }
        step.push_str(line.trim_start());
    }
    assert_eq!(step, LONG_ZH);
    assert!(lines[start].width() >= 76, "{:?}", lines[start]);
    assert!(step.width() > 80);
}

#[test]
fn show_wraps_long_english_to_80_cells() {
    let dir = long_copy();
    let dir = dir.path().to_str().unwrap();
    let out = stdout_of(ready().args(["--content", dir, "--lang", "en", "show", "flood"]));
    assert_fits(&out, 80);
    assert!(out.contains("  1. When a flood is coming,"), "{out}");
    // The unbreakable URL is broken rather than left to overflow.
    assert!(out.contains("aaaaaaaaaa"), "{out}");
}

#[test]
fn show_of_an_unknown_id_suggests_the_nearest() {
    fixture(&["show", "flod", "--lang", "en"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains("flod")
                .and(predicate::str::contains("flood"))
                .and(predicate::str::contains("did you mean `flood`?")),
        );
    let (_, _, stderr) = run(&mut fixture(&["show", "flod", "--lang", "en"]));
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn show_of_an_unknown_id_suggests_in_chinese_too() {
    fixture(&["show", "flod", "--lang", "zh-Hans"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("flood").and(predicate::str::contains("你要找的是不是")));
}

#[test]
fn show_of_an_id_like_nothing_suggests_nothing() {
    fixture(&["show", "xyzzyq", "--lang", "en"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("ready: no point has the id `xyzzyq`; the ids are `flood`, `heat`\n");
}

#[test]
fn show_never_echoes_control_characters() {
    let (code, stdout, stderr) = run(&mut fixture(&["show", "\u{1b}]0;owned\u{7}\u{202e}x\r"]));
    assert_eq!(code, Some(1));
    assert_eq!(stdout, "");
    assert_printable("stderr", &stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
}

// ---------------------------------------------------------------- search

#[test]
fn search_lists_matches_best_first() {
    let out = stdout_of(&mut fixture(&["search", "flood", "--lang", "en"]));
    let lines: Vec<&str> = out.lines().collect();
    // `flood` is heat's body text too ("floodwater"); the title match wins.
    assert_eq!(
        lines,
        [
            "flood  Flood — Move to higher ground.",
            "heat   Heat — Move to higher ground."
        ]
    );
    fixture(&["search", "heat", "--lang", "en"])
        .assert()
        .success()
        .stdout("heat  Heat — Move to higher ground.\n");
}

#[test]
fn search_tolerates_a_typo() {
    fixture(&["search", "flod", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("flood  Flood — "));
}

#[test]
fn search_finds_chinese() {
    let out = stdout_of(&mut fixture(&["search", "洪水", "--lang", "zh-Hans"]));
    assert!(out.starts_with("flood  洪水：向高处转移。\n"), "{out}");
}

#[test]
fn search_joins_several_words() {
    fixture(&["search", "higher", "ground", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::contains("flood  Flood"));
}

#[test]
fn search_with_no_results_exits_1() {
    fixture(&["search", "zzzqqq", "--lang", "en"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("ready: no point matches “zzzqqq”\n");
}

#[test]
fn search_for_nothing_is_a_usage_error_in_the_readers_language() {
    for query in ["", "   ", " - "] {
        fixture(&["search", query, "--lang", "en"])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::starts_with("ready: search needs a word to look for"));
    }
    fixture(&["search", ""])
        .env("LANG", "zh_CN.UTF-8")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with("ready：请给出要搜索的词"));
}

#[test]
fn search_understands_pinyin_and_traditional_characters() {
    for (query, want) in [
        ("hongshui", "flood"),
        ("hong shui", "flood"),
        ("gaowen", "heat"),
        ("高溫", "heat"),
    ] {
        let out = stdout_of(&mut fixture(&["search", query, "--lang", "zh-Hans"]));
        assert!(out.starts_with(want), "{query}: {out}");
    }
}

#[test]
fn embedded_search_finds_the_ids_list_prints() {
    for (query, id) in [
        ("gas-leak", "gas-leak"),
        ("cpr-aed", "cpr-aed"),
        ("heart-attack", "sudden-illness"),
    ] {
        let out = stdout_of(ready().args(["search", query, "--lang", "en"]));
        assert!(out.starts_with(&format!("{id} ")), "{query}: {out}");
    }
}

#[test]
fn embedded_search_wraps_to_the_width_with_text_lined_up() {
    for lang in ["en", "zh-Hans"] {
        let out = stdout_of(ready().args(["search", "gas", "--lang", lang]));
        assert_fits(&out, 80);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with("gas-leak "), "{out}");
        // A summary too long for one line goes on, indented under the text.
        let indent = lines[0]
            .find(|c: char| c != ' ' && !c.is_ascii_lowercase() && c != '-')
            .unwrap();
        assert!(lines[1].starts_with(&" ".repeat(indent)), "{out}");
    }
}

#[test]
fn search_never_echoes_an_escape_sequence() {
    for query in [
        "\u{1b}[31m",
        "\u{1b}[2J\u{1b}[H",
        "\u{9b}31m",
        "\u{1b}]0;title\u{7}",
        "a\rb",
        "\u{202e}gnp.exe",
        "flood\u{1b}[31m",
        "line\none",
    ] {
        let (code, stdout, stderr) = run(&mut fixture(&["search", query]));
        assert!(matches!(code, Some(0 | 1)), "{query:?}: {code:?}");
        assert_printable(&format!("stdout for {query:?}"), &stdout);
        assert_printable(&format!("stderr for {query:?}"), &stderr);
        if code == Some(1) {
            assert_eq!(stderr.lines().count(), 1, "{query:?}: {stderr:?}");
        }
    }
}

// ---------------------------------------------------------------- check

#[test]
fn check_of_a_valid_set_says_ok() {
    ready()
        .args(["check", FIXTURE])
        .assert()
        .success()
        .stderr("")
        .stdout("ok: 1 category, 2 points, 4 quiz questions, 1 checklist, 1 drill, a readiness check\n");
    // With no DIR, `check` checks --content.
    fixture(&["check"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ok: "));
}

fn broken_copy() -> tempfile::TempDir {
    fixture_copy(&[
        ("points/flood.toml", "hazard = \"natural\"", "hazard = \"natual\""),
        ("points/heat.toml", "summary = ", "sumary = "),
        ("checklists/kit.toml", "point = \"flood\"", "point = \"flud\""),
    ])
}

/// Each diagnostic line as (file, line, column, message).
fn parse_diagnostic(line: &str) -> Option<(String, usize, usize, String)> {
    let mut parts = line.splitn(4, ':');
    let file = parts.next()?.to_string();
    let line_no = parts.next()?.parse().ok()?;
    let column = parts.next()?.parse().ok()?;
    let message = parts.next()?.strip_prefix(' ')?.to_string();
    (!file.is_empty() && !message.is_empty()).then_some((file, line_no, column, message))
}

#[test]
fn check_reports_every_problem_as_file_line_column() {
    let dir = broken_copy();
    let (code, stdout, stderr) = run(ready().args(["check"]).arg(dir.path()));
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(stdout, "");
    let lines: Vec<&str> = stderr.lines().collect();
    let (summary, diagnostics) = lines.split_last().expect("some output");
    assert!(diagnostics.len() >= 3, "{stderr}");
    for line in diagnostics {
        let Some((file, line_no, column, _)) = parse_diagnostic(line) else {
            panic!("not FILE:LINE:COLUMN: message: {line:?}\nin:\n{stderr}");
        };
        let text = fs::read_to_string(dir.path().join(&file))
            .unwrap_or_else(|_| panic!("{file} is not a file of the set: {line:?}"));
        let lines_in_file: Vec<&str> = text.split('\n').collect();
        assert!(
            (1..=lines_in_file.len()).contains(&line_no),
            "line out of range: {line}"
        );
        let chars = lines_in_file[line_no - 1].chars().count();
        assert!((1..=chars + 1).contains(&column), "column out of range: {line}");
    }
    let at = dir.path().display();
    assert_eq!(
        diagnostics,
        [
            format!("{at}/checklists/kit.toml:13:9: unknown point `flud`; did you mean `flood`?"),
            format!("{at}/points/flood.toml:2:10: unknown hazard class `natual`; did you mean `natural`?"),
            format!("{at}/points/heat.toml:6:1: unknown field `sumary`; did you mean `summary`?"),
        ]
    );
    assert!(summary.starts_with("ready: "), "{summary}");
    assert!(summary.contains("3 problems"), "{summary}");
}

#[test]
fn other_commands_refuse_a_broken_set_with_the_same_diagnostics() {
    let dir = broken_copy();
    let (_, _, check_err) = run(ready().args(["check"]).arg(dir.path()));
    for args in [&["list"][..], &["show", "flood"], &["search", "flood"]] {
        let (code, stdout, stderr) = run(ready().arg("--content").arg(dir.path()).args(args));
        assert_eq!(code, Some(1), "{args:?}");
        assert_eq!(stdout, "", "{args:?}");
        assert_eq!(stderr, check_err, "{args:?}");
    }
}

#[test]
fn check_of_a_missing_directory_is_one_line() {
    let (code, stdout, stderr) = run(ready().args(["check", "/nonexistent"]));
    assert_eq!(code, Some(1));
    assert_eq!(stdout, "");
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
    assert!(stderr.starts_with("ready: "), "{stderr:?}");
    assert!(stderr.contains("/nonexistent"), "{stderr:?}");
}

#[test]
fn check_of_a_directory_without_guide_toml_is_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = run(ready().arg("check").arg(dir.path()));
    assert_eq!(code, Some(1));
    assert_eq!(stdout, "");
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
    assert!(stderr.contains("guide.toml"), "{stderr:?}");
}

#[test]
fn a_missing_content_directory_is_one_line_for_every_command() {
    for args in [&["list"][..], &["show", "flood"], &["search", "x"]] {
        let (code, stdout, stderr) = run(ready().args(["--content", "/nonexistent/set"]).args(args));
        assert_eq!(code, Some(1), "{args:?}");
        assert_eq!(stdout, "", "{args:?}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr:?}");
    }
}

#[test]
fn check_never_echoes_control_characters_in_a_path() {
    let (code, _, stderr) = run(ready().args(["check", "/nonexistent/\u{1b}[31mred\u{202e}"]));
    assert_eq!(code, Some(1));
    assert_printable("stderr", &stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
}

#[test]
fn check_reports_control_characters_in_content_without_printing_them() {
    let dir = fixture_copy(&[(
        "points/flood.toml",
        "title = { en = \"Flood\"",
        "title = { en = \"Flood\\u001b[31m\"",
    )]);
    let (code, stdout, stderr) = run(ready().arg("check").arg(dir.path()));
    assert_eq!(code, Some(1));
    assert_eq!(stdout, "");
    assert_printable("stderr", &stderr);
    assert!(
        stderr.starts_with(&format!("{}/points/flood.toml:5:", dir.path().display())),
        "{stderr}"
    );
}

#[test]
fn check_prints_paths_as_the_directory_was_given() {
    let parent = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), &parent.path().join("city"));
    let heat = parent.path().join("city/points/heat.toml");
    fs::write(
        &heat,
        fs::read_to_string(&heat)
            .unwrap()
            .replacen("summary = ", "sumary = ", 1),
    )
    .unwrap();
    for given in ["city", "./city", "city/"] {
        let (code, _, stderr) = run(ready().current_dir(parent.path()).args(["check", given]));
        assert_eq!(code, Some(1));
        let first = stderr.lines().next().unwrap();
        let file = first.split(':').next().unwrap();
        assert!(file.starts_with(given.trim_end_matches('/')), "{given}: {first}");
        assert!(
            parent.path().join(file).is_file(),
            "{given}: {file} opens from the current directory"
        );
    }
}

#[test]
fn check_output_is_capped_with_a_count_of_the_rest() {
    let dir = fixture_copy(&[]);
    let flood = dir.path().join("points/flood.toml");
    let mut text = fs::read_to_string(&flood).unwrap();
    for i in 0..80 {
        text.push_str(&format!("\nextra{i} = 1"));
    }
    fs::write(&flood, text).unwrap();
    let (code, _, stderr) = run(ready().arg("check").arg(dir.path()));
    assert_eq!(code, Some(1));
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 52, "{stderr}");
    assert_eq!(lines[50], "… and 30 more");
    assert!(lines[51].contains("has 80 problems"), "{stderr}");
    let (_, _, zh) = run(ready().args(["--lang", "zh-Hans", "check"]).arg(dir.path()));
    let lines: Vec<&str> = zh.lines().collect();
    assert_eq!(lines[50], "……另有 30 处问题未列出");
    assert!(lines[51].starts_with("ready："), "{zh}");
    assert!(lines[51].contains("有 80 处问题；改正后运行"), "{zh}");
}

#[test]
fn check_speaks_chinese_under_a_chinese_locale() {
    ready()
        .env("LANG", "zh_CN.UTF-8")
        .args(["check", FIXTURE])
        .assert()
        .success()
        .stdout("通过：1 个类别，2 个要点，4 道自测题，1 份清单，1 个演练，含家庭应急准备自查\n");
}

#[test]
fn traditional_and_regional_chinese_tags_read_the_chinese_guide() {
    let chinese = stdout_of(&mut fixture(&["list", "--lang", "zh-Hans"]));
    for tag in ["zh-TW", "zh-HK", "zh-Hant", "zh_TW"] {
        assert_eq!(stdout_of(&mut fixture(&["list", "--lang", tag])), chinese, "{tag}");
    }
    let from_env = stdout_of(fixture(&["list"]).env("LANG", "zh_TW.UTF-8"));
    assert_eq!(from_env, chinese);
}

#[test]
fn english_under_a_locale_that_is_not_utf8_is_ascii() {
    for lang in ["C", "POSIX", "en_US.ISO-8859-1"] {
        let out = fixture(&["show", "flood"]).env("LANG", lang).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{lang}");
        assert!(
            out.stdout.is_ascii(),
            "{lang}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("Flood"));
        let out = fixture(&["search", "zzzqqq"]).env("LANG", lang).output().unwrap();
        assert_eq!(out.stderr, b"ready: no point matches \"zzzqqq\"\n");
    }
    let data = tempfile::tempdir().unwrap();
    let out = ready()
        .env("LANG", "C")
        .args(["quiz", "--plain", "--count", "3", "--seed", "2", "--data-dir"])
        .arg(data.path())
        .write_stdin("1\n1\n1\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_ascii(), "{}", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn chinese_under_a_locale_that_is_not_utf8_is_refused_with_a_message_it_can_show() {
    let out = fixture(&["show", "flood", "--lang", "zh-Hans"])
        .env("LANG", "zh_CN.GB18030")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "nothing that would be mojibake");
    assert!(
        out.stderr
            .starts_with(b"ready: this terminal's locale (GB18030) is not UTF-8")
    );
    // The second line is in GB18030: "ready：终端的字符编码不是 UTF-8…"
    assert!(
        out.stderr.windows(4).any(|w| w == b"\xd6\xd5\xb6\xcb"),
        "{:?}",
        out.stderr
    );
    let out = fixture(&["list"])
        .env("LANG", "zh_CN.UTF-8")
        .env("LC_CTYPE", "C")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stderr.is_ascii() && out.stdout.is_empty());
}

#[test]
fn the_full_screen_guide_under_a_locale_that_is_not_utf8_points_to_a_utf8_one() {
    let (code, stdout, stderr) = run(fixture(&[]).env("LANG", "C").env("TERM", "xterm"));
    assert_eq!(code, Some(1));
    assert_eq!(stdout, "");
    assert!(stderr.contains("LANG=C.UTF-8"), "{stderr}");
}

// ---------------------------------------------------------------- export

#[test]
fn export_markdown_to_stdout() {
    let out = stdout_of(&mut fixture(&["export", "--format", "md", "--lang", "en"]));
    assert!(out.starts_with("# Test guide\n"), "{out}");
    assert_lines_in_order(
        &out,
        &[
            "## Know the risks",
            "### Flood {#flood}",
            "1. Know your route to higher ground.",
            "### Heat {#heat}",
        ],
    );
    let zh = stdout_of(&mut fixture(&["export", "--format", "md", "--lang", "zh-Hans"]));
    assert!(zh.starts_with("# 测试指南\n"), "{zh}");
    assert!(zh.contains("### 洪水"), "{zh}");
}

fn assert_self_contained_html(html: &str, lang: &str) {
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{html}");
    assert!(html.trim_end().ends_with("</html>"), "{html}");
    let lower = html.to_lowercase();
    for banned in [
        "<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url(", " src=",
    ] {
        assert!(!lower.contains(banned), "html contains {banned:?}");
    }
    assert!(!lower.contains("src=\"http"), "html loads a remote resource");
}

#[test]
fn export_html_is_one_self_contained_document() {
    let en = stdout_of(&mut fixture(&["export", "--format", "html", "--lang", "en"]));
    assert_self_contained_html(&en, "en");
    assert!(en.contains("<title>Test guide</title>"), "{en}");
    assert!(en.contains("id=\"flood\"") && en.contains("id=\"heat\""), "{en}");
    let zh = stdout_of(&mut fixture(&["export", "--format", "html", "--lang", "zh-Hans"]));
    assert_self_contained_html(&zh, "zh-Hans");
    assert!(zh.contains("<title>测试指南</title>"), "{zh}");
}

#[test]
fn export_json_has_every_point_in_both_languages() {
    let json = json_of(&mut fixture(&["export", "--format", "json"]));
    let points = json["points"].as_array().expect("points array");
    let ids: Vec<&str> = points.iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["flood", "heat"]);
    assert_eq!(points[0]["title"]["en"], "Flood");
    assert_eq!(points[0]["title"]["zh-Hans"], "洪水");
    assert_eq!(points[0]["during"]["en"].as_array().map(Vec::len), Some(2));
    assert_eq!(points[0]["quiz"].as_array().map(Vec::len), Some(2));
    assert_eq!(json["categories"][0]["id"], "risks");
    assert_eq!(json["categories"][0]["points"][1], "heat");
}

#[test]
fn export_to_a_file_writes_the_file_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["md", "html", "json"] {
        let path = dir.path().join(format!("guide.{format}"));
        fixture(&["export", "--format", format, "--lang", "en", "-o"])
            .arg(&path)
            .assert()
            .success()
            .stdout("")
            .stderr("");
        let written = fs::read_to_string(&path).unwrap();
        let printed = stdout_of(&mut fixture(&["export", "--format", format, "--lang", "en"]));
        assert_eq!(written, printed, "{format}");
    }
    let html = fs::read_to_string(dir.path().join("guide.html")).unwrap();
    assert_self_contained_html(&html, "en");
    let json: Value = serde_json::from_str(&fs::read_to_string(dir.path().join("guide.json")).unwrap()).unwrap();
    assert_eq!(json["points"].as_array().map(Vec::len), Some(2));
}

#[test]
fn export_with_the_long_output_flag() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("guide.md");
    fixture(&["export", "--format", "md", "--output"])
        .arg(&path)
        .assert()
        .success()
        .stdout("");
    assert!(fs::read_to_string(&path).unwrap().starts_with("# "));
}

#[test]
fn export_to_an_unwritable_place_is_one_line_and_exit_1() {
    let (code, stdout, stderr) = run(&mut fixture(&[
        "export",
        "--format",
        "md",
        "-o",
        "/nonexistent/dir/guide.md",
    ]));
    assert_eq!(code, Some(1));
    assert_eq!(stdout, "");
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
    assert!(stderr.starts_with("ready: cannot write "), "{stderr:?}");
}

// ---------------------------------------------------------------- usage

#[test]
fn an_unknown_language_is_a_usage_error() {
    fixture(&["--lang", "fr", "list"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("fr").and(predicate::str::contains("zh-Hans")));
}

#[test]
fn an_unknown_subcommand_is_a_usage_error() {
    fixture(&["frobnicate"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("frobnicate"));
}

#[test]
fn export_without_format_is_a_usage_error() {
    fixture(&["export"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--format"));
    fixture(&["export", "--format", "pdf"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("pdf"));
}

#[test]
fn missing_arguments_are_usage_errors() {
    for args in [&["show"][..], &["search"], &["list", "--bogus"]] {
        fixture(args).assert().code(2).stdout("");
    }
}

#[test]
fn usage_errors_never_echo_control_characters() {
    for args in [
        &["--lang", "\u{202e}fr"][..],
        &["--lang", "\rfr"],
        &["--lang", "\u{9b}31mfr"],
        &["\u{202e}list"],
        &["export", "--format", "\u{202e}md"],
    ] {
        let (code, stdout, stderr) = run(&mut fixture(args));
        assert_eq!(code, Some(2), "{args:?}");
        assert_eq!(stdout, "", "{args:?}");
        assert_printable(&format!("stderr for {args:?}"), &stderr);
    }
}

/// The subcommands listed under "Commands:" in `ready --help`.
fn subcommands() -> Vec<String> {
    let help = stdout_of(ready().arg("--help"));
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

#[test]
fn help_works_for_the_program_and_every_subcommand() {
    let top = stdout_of(ready().arg("--help"));
    assert!(top.contains("Usage:"), "{top}");
    let names = subcommands();
    for documented in ["list", "show", "search", "check", "export"] {
        assert!(
            names.iter().any(|n| n == documented),
            "`{documented}` missing from --help: {names:?}"
        );
    }
    for name in &names {
        for args in [vec![name.as_str(), "--help"], vec!["help", name.as_str()]] {
            let out = stdout_of(ready().args(&args));
            assert!(out.contains("Usage:"), "{args:?}: {out}");
            assert!(out.contains(&format!("ready {name}")), "{args:?}: {out}");
        }
    }
    let short = stdout_of(ready().args(["show", "-h"]));
    assert!(short.contains("Usage: ready show"), "{short}");
}

#[test]
fn version_prints_the_crate_version() {
    ready()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("ready {}\n", env!("CARGO_PKG_VERSION")));
}

// ---------------------------------------------------------------- the built-in guide

#[test]
fn embedded_list_json_has_the_four_categories_in_order() {
    let json = json_of(ready().args(["list", "--json"]));
    let categories = json["categories"].as_array().expect("categories array");
    let ids: Vec<&str> = categories.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["risks", "prevent", "respond", "prepare"]);
    let mut seen = std::collections::BTreeSet::new();
    for category in categories {
        assert!(category["title"]["en"].is_string(), "{category}");
        assert!(category["title"]["zh-Hans"].is_string(), "{category}");
        let points = category["points"].as_array().expect("points array");
        assert!(!points.is_empty(), "{category}");
        for point in points {
            let id = point["id"].as_str().expect("point id");
            assert!(seen.insert(id.to_string()), "point {id} listed twice");
        }
    }
}

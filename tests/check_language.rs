//! `ready check` on a broken set words each problem in the reader's
//! language, at the same FILE:LINE:COLUMN, so an editor's quickfix list
//! reads it either way.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;
use common::copy_dir;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");

/// The fixture with a misspelt field, a broken link, a missing Chinese
/// text and a raw ESC byte: the mistakes a city editor makes. The set is
/// `city/` in the directory returned.
fn broken() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("city")).unwrap();
    copy_dir(Path::new(FIXTURE), &dir.path().join("city"));
    let edit = |file: &str, from: &str, to: &str| {
        let path = dir.path().join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} does not contain {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    edit("city/points/flood.toml", "\ntitle = ", "\ntitel = ");
    edit("city/points/flood.toml", "related = [\"heat\"]", "related = [\"haet\"]");
    edit(
        "city/points/flood.toml",
        "summary = { en = \"Move to higher ground.\", zh-Hans = \"向高处转移。\" }",
        "summary = { en = \"Move to higher ground.\" }",
    );
    edit(
        "city/points/heat.toml",
        "summary = { en = \"",
        "summary = { en = \"\u{1b}",
    );
    dir
}

fn check(dir: &Path, args: &[&str], lang: Option<&str>) -> (Option<i32>, Vec<String>) {
    let mut cmd: Command = cargo_bin_cmd!("ready");
    for key in ["LANG", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANGUAGE"] {
        cmd.env_remove(key);
    }
    if let Some(lang) = lang {
        cmd.env("LANG", lang);
    }
    let output = cmd.current_dir(dir).args(args).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    (output.status.code(), stderr.lines().map(str::to_string).collect())
}

#[test]
fn english_diagnostics_are_worded_as_before() {
    let dir = broken();
    let (code, lines) = check(dir.path(), &["check", "city", "--lang", "en"], None);
    assert_eq!(code, Some(1));
    assert_eq!(
        lines[..4],
        [
            "city/points/flood.toml:4:12: unknown point `haet`; did you mean `heat`?",
            "city/points/flood.toml:5:1: unknown field `titel`; did you mean `title`?",
            "city/points/flood.toml:6:11: `summary` is missing its zh-Hans text",
            "city/points/heat.toml:6:19: TOML syntax: the control character U+001B (ESC, starts a terminal escape \
             sequence) cannot be written in TOML text; delete it",
        ]
    );
}

#[test]
fn chinese_diagnostics_are_chinese_sentences_at_the_same_places() {
    let dir = broken();
    let expected = [
        "city/points/flood.toml:4:12: 未知的要点 `haet`；你要找的是不是 `heat`？",
        "city/points/flood.toml:5:1: 未知字段 `titel`；你要找的是不是 `title`？",
        "city/points/flood.toml:6:11: `summary` 缺少简体中文（zh-Hans）文本",
        "city/points/heat.toml:6:19: TOML 语法错误：TOML 文本中不能直接写控制字符 U+001B（ESC，会开始一个终端转义序列），请删除",
        "ready：city 有 4 处问题；改正后运行 `ready check city` 查看剩下的问题",
    ];
    let (code, by_flag) = check(dir.path(), &["check", "city", "--lang", "zh"], None);
    assert_eq!(code, Some(1));
    assert_eq!(by_flag, expected);
    let (_, by_locale) = check(dir.path(), &["check", "city"], Some("zh_CN.UTF-8"));
    assert_eq!(by_locale, expected);
}

#[test]
fn a_missing_set_is_named_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let (code, lines) = check(dir.path(), &["check", "nowhere", "--lang", "zh"], None);
    assert_eq!(code, Some(1));
    assert_eq!(lines, ["ready：内容目录 `nowhere` 不存在"]);
}

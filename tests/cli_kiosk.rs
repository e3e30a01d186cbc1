//! `ready kiosk` as its operator prepares it: making a PIN hash, and
//! checking settings and content before a deploy.

#![allow(clippy::panic, clippy::unwrap_used)]

use std::fs;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;

fn ready() -> Command {
    let mut cmd = cargo_bin_cmd!("ready");
    for key in ["LANG", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANGUAGE"] {
        cmd.env_remove(key);
    }
    cmd
}

#[test]
fn hash_pin_reads_the_pin_from_stdin_and_prints_a_setting_that_checks() {
    let out = ready()
        .args(["kiosk", "--hash-pin"])
        .write_stdin("2468\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(
        line.starts_with("pin = \"$argon2id$") && !line.contains("2468"),
        "{line}"
    );
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("kiosk.toml");
    fs::write(&config, &line).unwrap();
    let out = ready()
        .arg("kiosk")
        .arg("--config")
        .arg(&config)
        .arg("--check")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("ok"));
    let out = ready()
        .args(["kiosk", "--hash-pin"])
        .write_stdin("12ab\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("digits only"));
}

#[test]
fn check_names_every_problem_in_settings_and_content_by_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("kiosk.toml");
    fs::write(&config, "idle = 5\npin = \"2468\"\n").unwrap();
    let content = dir.path().join("content");
    fs::create_dir_all(&content).unwrap();
    fs::write(content.join("guide.toml"), "title = \n").unwrap();
    let out = ready()
        .arg("--content")
        .arg(&content)
        .arg("kiosk")
        .arg("--config")
        .arg(&config)
        .arg("--check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("kiosk.toml:1:8: `idle` must be 20 to 3600 seconds"),
        "{err}"
    );
    assert!(err.contains("kiosk.toml:2:7: `pin` must be a hash"), "{err}");
    assert!(err.contains("guide.toml:1:"), "{err}");
}

#[test]
fn the_kiosk_needs_a_terminal_and_says_so() {
    let out = ready().arg("kiosk").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
}

//! The real binary in a pseudo-terminal: what a person sees, and that the
//! terminal is given back whole however the guide ends. Each wait is for
//! the frame that shows the change the test expects; nothing sleeps blindly
//! and nothing waits for the screen to "settle".

#![allow(clippy::panic, clippy::unwrap_used)]

#[path = "common/pty.rs"]
mod pty;

use std::path::Path;

use pty::{Pty, signal};

/// The guide with its progress kept in `data` (and home beside it).
fn start_in(data: &Path, args: &[&str], env: &[(&str, &str)]) -> Pty {
    let data_arg = data.display().to_string();
    let mut all = args.to_vec();
    all.extend(["--data-dir", &data_arg]);
    Pty::start_with(&all, data, 80, 24, env)
}

#[test]
fn read_search_sos_resize_and_quit_in_a_real_terminal() {
    let home = tempfile::tempdir().unwrap();
    let mut s = start_in(home.path(), &[], &[]);
    s.wait_for("By category");
    s.send("\r");
    s.wait_for("Storm surge");
    s.send("\r");
    let point = s.wait_for("Warning signals");
    assert!(point.contains("Typhoon"), "{point}");
    s.send("/");
    s.wait_for("Type to search");
    s.send("cpr");
    s.wait_for("CPR and AED");
    s.send("\r");
    s.wait_for("Summary");
    s.send("!");
    let sos = s.wait_for("Esc to close");
    assert!(sos.contains("120"), "{sos}");
    s.send("\x1b");
    s.wait_until("the SOS card to close", |screen| {
        !screen.contains("Esc to close") && screen.contains("Summary")
    });
    // Each resize blanks the test's copy of the screen, so what shows next
    // was drawn for the new size.
    s.resize(44, 14);
    let small = s.wait_until("the title cut to 44 columns, down to the footer", |screen| {
        screen.contains("Safety…") && screen.contains("110 Police")
    });
    assert!(small.contains("CPR and AED") && small.contains("Summary"), "{small}");
    assert!(!small.contains("Sources"), "the section tabs are cut to fit: {small}");
    s.resize(30, 8);
    s.wait_for("too small");
    s.resize(80, 24);
    s.wait_for("Sources");
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.assert_restored();
}

#[test]
fn chinese_from_lang_and_what_was_read_survives_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let chinese = [("LANG", "zh_CN.UTF-8")];
    let mut s = start_in(data.path(), &[], &chinese);
    s.wait_for("按类别");
    s.send("\r\r");
    s.wait_for("预警信号");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    let mut again = start_in(data.path(), &[], &chinese);
    let resumed = again.wait_for("预警信号");
    assert!(resumed.contains("台风"), "reopens the last point: {resumed}");
    again.send("\x1b");
    again.wait_for("13种常见风险");
    again.send("\x1b");
    let home = again.wait_for("按类别");
    assert!(home.contains("1/13 已读"), "{home}");
    again.send("q");
    assert!(again.wait_exit().success());
}

#[test]
fn sigterm_restores_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let mut s = start_in(home.path(), &["--lang", "en"], &[]);
    s.wait_for("By category");
    signal(s.pid().unwrap(), "TERM");
    s.wait_exit();
    s.assert_restored();
}

/// The trigger exists in release builds too: the release binary's panic
/// path (LTO, stripped, the hook and the guard) is the one people run.
#[test]
fn a_panic_restores_the_terminal_then_prints_its_message() {
    let home = tempfile::tempdir().unwrap();
    let mut s = start_in(home.path(), &["--lang", "en"], &[("READY_TEST_PANIC", "1")]);
    let status = s.wait_exit();
    assert!(!status.success());
    s.assert_restored();
    let raw = s.raw_text();
    let left = raw.find("\x1b[?1049l").unwrap();
    let message = raw.find("READY_TEST_PANIC").unwrap();
    assert!(
        message > left,
        "the panic message is printed after the screen is restored"
    );
}

#[test]
fn a_whole_quiz_is_kept_and_a_tick_survives_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let quiz = ["quiz", "--point", "choking", "--seed", "1", "--lang", "en"];
    let mut s = start_in(data.path(), &quiz, &[]);
    let mut screen = s.wait_for("Question 1 of");
    let mut question = 1;
    while !screen.contains("Your results") {
        assert!(question <= 12, "the quiz never ends: {screen}");
        s.send("1");
        // 1 answers a single-choice question, or ticks the first option of
        // a select-all-that-apply one, which Enter then submits.
        let answered = s.wait_until("the answer or a tick", |screen| {
            screen.contains("Next ▶") || screen.contains("[x]")
        });
        if !answered.contains("Next ▶") {
            s.send("\r");
            s.wait_for("Next ▶");
        }
        s.send("\r");
        question += 1;
        let next = format!("Question {question} of");
        screen = s.wait_until(&next, |screen| {
            screen.contains(&next) || screen.contains("Your results")
        });
    }
    assert!(screen.contains("Score: "), "{screen}");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    let saved = std::fs::read_to_string(data.path().join("progress.json")).unwrap();
    let saved: serde_json::Value = serde_json::from_str(&saved).unwrap();
    assert!(
        saved["scores"]["point/choking"]["last"]["total"].as_u64().unwrap() >= 3,
        "{saved}"
    );

    let supplies = ["checklist", "supplies", "--lang", "en"];
    let mut s = start_in(data.path(), &supplies, &[]);
    s.wait_for("[ ] Drinking water");
    s.send(" ");
    s.wait_for("[x] Drinking water");
    s.send("q");
    assert!(s.wait_exit().success());
    let mut again = start_in(data.path(), &supplies, &[]);
    let items = ready::content::embedded()
        .unwrap()
        .checklist("supplies")
        .unwrap()
        .sections
        .iter()
        .map(|s| s.items.len())
        .sum::<usize>();
    // Waits for the count, not only the item: a frame can arrive in pieces.
    let screen = again.wait_for(&format!("1/{items}"));
    assert!(screen.contains("[x] Drinking water"), "{screen}");
    again.send("q");
    assert!(again.wait_exit().success());
}

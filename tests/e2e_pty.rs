//! The real binary in a pseudo-terminal: what a person sees, and that the
//! terminal is given back whole however the guide ends. Waits for the
//! screen to settle (two identical frames) rather than sleeping blindly.

#![allow(clippy::panic, clippy::unwrap_used)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n.max(1)).unwrap()
}

const TIMEOUT: Duration = Duration::from_secs(20);

struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    _data: Option<tempfile::TempDir>,
}

/// A failed test must not leave the guide running behind it.
impl Drop for Session {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

impl Session {
    fn start(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Session {
        let data = tempfile::tempdir().unwrap();
        let mut s = Session::start_in(data.path(), args, cols, rows, env);
        s._data = Some(data);
        s
    }

    fn start_in(data: &std::path::Path, args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_ready"));
        cmd.args(args);
        cmd.arg("--data-dir");
        cmd.arg(data);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "en_US.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_CTYPE");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pty.master.try_clone_reader().unwrap();
        let (p, r) = (Arc::clone(&parser), Arc::clone(&raw));
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().unwrap();
        Session {
            parser,
            raw,
            writer,
            child,
            master: pty.master,
            _data: None,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// The screen once it shows `needle` and has stopped changing.
    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        let mut previous = String::new();
        loop {
            let now = self.screen();
            if now.contains(needle) && now == previous {
                return now;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {needle:?}; the screen shows:\n{now}");
            }
            previous = now;
            thread::sleep(Duration::from_millis(60));
        }
    }

    fn resize(&mut self, cols: u16, rows: u16) {
        self.parser.lock().unwrap().set_size(nz(rows), nz(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader thread take in the last bytes.
                thread::sleep(Duration::from_millis(200));
                return status;
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!("the guide did not exit; the screen shows:\n{}", self.screen());
            }
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// The terminal is as a shell expects it: main screen, cursor shown,
    /// no mouse reporting.
    fn assert_restored(&self) {
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse still captured"
        );
        let raw = String::from_utf8_lossy(&self.raw.lock().unwrap()).into_owned();
        assert!(raw.contains("\x1b[?1049l"), "never left the alternate screen");
    }
}

#[test]
fn read_search_sos_resize_and_quit_in_a_real_terminal() {
    let mut s = Session::start(&[], 80, 24, &[]);
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
    thread::sleep(Duration::from_millis(100));
    s.resize(44, 14);
    let small = s.wait_for("CPR and AED");
    assert!(
        small.lines().all(|l| unicode_width::UnicodeWidthStr::width(l) <= 44),
        "{small}"
    );
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
    let mut s = Session::start_in(data.path(), &[], 80, 24, &[("LANG", "zh_CN.UTF-8")]);
    s.wait_for("按类别");
    s.send("\r\r");
    s.wait_for("预警信号");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    let mut again = Session::start_in(data.path(), &[], 80, 24, &[("LANG", "zh_CN.UTF-8")]);
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
    let mut s = Session::start(&["--lang", "en"], 80, 24, &[]);
    s.wait_for("By category");
    let pid = s.child.process_id().unwrap();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    s.wait_exit();
    s.assert_restored();
}

#[test]
fn a_panic_restores_the_terminal_then_prints_its_message() {
    let mut s = Session::start(&["--lang", "en"], 80, 24, &[("READY_TEST_PANIC", "1")]);
    let status = s.wait_exit();
    assert!(!status.success());
    s.assert_restored();
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    let left = raw.find("\x1b[?1049l").unwrap();
    let message = raw.find("READY_TEST_PANIC").unwrap();
    assert!(
        message > left,
        "the panic message is printed after the screen is restored"
    );
}

impl Session {
    /// The screen once it has stopped changing, whatever it shows.
    fn settle(&self) -> String {
        self.wait_for("")
    }
}

#[test]
fn a_whole_quiz_is_kept_and_a_tick_survives_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let mut s = Session::start_in(
        data.path(),
        &["quiz", "--point", "choking", "--seed", "1", "--lang", "en"],
        80,
        24,
        &[],
    );
    s.wait_for("Question 1 of");
    for _ in 0..12 {
        if s.settle().contains("Your results") {
            break;
        }
        s.send("1");
        if !s.settle().contains("Next ▶") {
            // A select-all-that-apply question: 1 ticked an option; submit.
            s.send("\r");
            s.wait_for("Next ▶");
        }
        s.send("\r");
    }
    let results = s.wait_for("Your results");
    assert!(results.contains("Score: "), "{results}");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    let saved = std::fs::read_to_string(data.path().join("progress.json")).unwrap();
    let saved: serde_json::Value = serde_json::from_str(&saved).unwrap();
    assert!(
        saved["scores"]["point/choking"]["last"]["total"].as_u64().unwrap() >= 3,
        "{saved}"
    );

    let mut s = Session::start_in(data.path(), &["checklist", "supplies", "--lang", "en"], 80, 24, &[]);
    s.wait_for("[ ] Drinking water");
    s.send(" ");
    s.wait_for("[x] Drinking water");
    s.send("q");
    assert!(s.wait_exit().success());
    let mut again = Session::start_in(data.path(), &["checklist", "supplies", "--lang", "en"], 80, 24, &[]);
    let screen = again.wait_for("Drinking water");
    assert!(screen.contains("[x] Drinking water"), "{screen}");
    let items = ready::content::embedded()
        .unwrap()
        .checklist("supplies")
        .unwrap()
        .sections
        .iter()
        .map(|s| s.items.len())
        .sum::<usize>();
    assert!(screen.contains(&format!("1/{items}")), "{screen}");
    again.send("q");
    assert!(again.wait_exit().success());
}

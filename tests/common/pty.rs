//! The real binary in a pseudo-terminal, its screen parsed as a terminal
//! would show it. Waits poll for the frame that shows the expected change;
//! nothing sleeps blindly.

#![allow(dead_code, clippy::panic, clippy::unwrap_used)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const POLL: Duration = Duration::from_millis(20);

pub struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    /// Set when the reader has seen the end: the program and everything it
    /// started have let go of the terminal, so `raw` holds all they wrote.
    ended: Arc<AtomicBool>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    /// Kept for resizing; it must live as long as the child anyway.
    master: Box<dyn MasterPty + Send>,
}

/// A failed test must not leave the program running behind it.
impl Drop for Pty {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n.max(1)).unwrap()
}

impl Pty {
    /// Runs `ready ARGS` with its home and data directories inside `home`,
    /// so anything it writes there can be seen.
    pub fn start(args: &[&str], home: &Path, cols: u16, rows: u16) -> Pty {
        Pty::start_with(args, home, cols, rows, &[])
    }

    pub fn start_with(args: &[&str], home: &Path, cols: u16, rows: u16, env: &[(&str, &str)]) -> Pty {
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
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "en_US.UTF-8");
        cmd.env("HOME", home);
        cmd.env("XDG_DATA_HOME", home.join("data"));
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
        let ended = Arc::new(AtomicBool::new(false));
        let (p, r, e) = (Arc::clone(&parser), Arc::clone(&raw), Arc::clone(&ended));
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
            e.store(true, Ordering::SeqCst);
        });
        let writer = pty.master.take_writer().unwrap();
        Pty {
            parser,
            raw,
            ended,
            writer,
            child,
            master: pty.master,
        }
    }

    /// The window changes size, as when a person drags its corner: the
    /// program is told (SIGWINCH) and the parsed screen takes the new size.
    /// Our copy of the screen is blanked first (the program clears and
    /// redraws whole on a resize anyway), so a wait after this one sees only
    /// what was drawn for the new size.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        {
            let mut parser = self.parser.lock().unwrap();
            parser.set_size(nz(rows), nz(cols));
            parser.process(b"\x1b[H\x1b[2J");
        }
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    /// Everything the program wrote, escapes and all.
    pub fn raw_text(&self) -> String {
        String::from_utf8_lossy(&self.raw.lock().unwrap()).into_owned()
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    pub fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// The first frame that shows `needle`, within `limit`.
    pub fn wait_for_within(&self, needle: &str, limit: Duration) -> String {
        self.wait_until_within(&format!("{needle:?}"), limit, |screen| screen.contains(needle))
    }

    /// The first frame for which `shows` holds (described by `what` if
    /// none comes): for a change that is not one piece of text appearing,
    /// such as an overlay gone or one of two outcomes.
    pub fn wait_until(&self, what: &str, shows: impl Fn(&str) -> bool) -> String {
        self.wait_until_within(what, Duration::from_secs(20), shows)
    }

    fn wait_until_within(&self, what: &str, limit: Duration, shows: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let now = self.screen();
            if shows(&now) {
                return now;
            }
            if start.elapsed() > limit {
                panic!("timed out waiting for {what}; the screen shows:\n{now}");
            }
            thread::sleep(POLL);
        }
    }

    pub fn wait_for(&self, needle: &str) -> String {
        self.wait_for_within(needle, Duration::from_secs(20))
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// The exit status, once the program has ended and all it wrote has
    /// been read (so what it printed last, such as a panic message, is in
    /// `raw_text`).
    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                while !self.ended.load(Ordering::SeqCst) {
                    assert!(
                        start.elapsed() < Duration::from_secs(20),
                        "the program exited but its terminal is still held open"
                    );
                    thread::sleep(POLL);
                }
                return status;
            }
            if start.elapsed() > Duration::from_secs(20) {
                let _ = self.child.kill();
                panic!("the program did not exit; the screen shows:\n{}", self.screen());
            }
            thread::sleep(POLL);
        }
    }

    /// The terminal is as a shell expects it: main screen, cursor shown,
    /// no mouse reporting. Waits for the restoring bytes to arrive.
    pub fn assert_restored(&self) {
        let start = Instant::now();
        while !String::from_utf8_lossy(&self.raw.lock().unwrap()).contains("\x1b[?1049l") {
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "never left the alternate screen"
            );
            thread::sleep(POLL);
        }
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse still captured"
        );
    }
}

/// Sends a signal to a process, the way systemd or an operator would.
pub fn signal(pid: u32, name: &str) {
    let status = std::process::Command::new("kill")
        .arg(format!("-{name}"))
        .arg(pid.to_string())
        .status()
        .unwrap();
    assert!(status.success());
}

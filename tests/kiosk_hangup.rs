//! A kiosk whose terminal goes away (the compositor or the SSH session
//! closed) must end, not spin: crossterm can keep reading end-of-file where
//! the event loop never looks at its quit flag again.

use std::io::Read;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

#[test]
#[cfg(unix)]
fn a_kiosk_whose_terminal_hangs_up_exits() {
    let home = tempfile::tempdir().unwrap();
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_ready"));
    cmd.args(["kiosk", "--lang", "en"]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "en_US.UTF-8");
    cmd.env("HOME", home.path());
    cmd.env("XDG_DATA_HOME", home.path().join("data"));
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    // Wait for the attract screen to be drawn, so the kiosk is in its loop.
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains("English") {
        let n = reader.read(&mut buf).unwrap();
        assert!(n > 0, "the kiosk ended before drawing");
        seen.extend_from_slice(&buf[..n]);
    }
    // Every handle on the terminal's other end closed: the kernel hangs up.
    drop(reader);
    drop(pty.master);
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return;
        }
        if start.elapsed() > Duration::from_secs(15) {
            let _ = child.kill();
            panic!("the kiosk kept running after its terminal hung up");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

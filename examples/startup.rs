//! Time to the first complete frame: `ready` opening home (or a point)
//! against `less` showing the same point's text, each in a fresh
//! pseudo-terminal, interleaved round by round so machine drift hits both.
//! A frame counts as complete when its last row is drawn: ratatui and less
//! both draw that row last.
//!
//!     bench/startup            (builds in release, then runs this)
//!     cargo run --release --example startup -- [READY] [ROUNDS]
//!
//! READY defaults to the `ready` built beside this example.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const COLS: u16 = 80;
const ROWS: u16 = 24;
const GIVE_UP: Duration = Duration::from_secs(10);

/// Spawns `argv` in an 80×24 pty and returns how long until `done` holds
/// for the screen, then quits it with `q`.
fn first_frame(argv: &[String], data: &Path, done: &dyn Fn(&vt100::Screen) -> bool) -> Result<Duration, String> {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .map_err(|e| e.to_string())?;
    let mut cmd = CommandBuilder::new(&argv[0]);
    cmd.args(&argv[1..]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "en_US.UTF-8");
    cmd.env("LESS", "");
    // Where `ready` keeps progress: a fresh place, as on a first start.
    cmd.env("XDG_DATA_HOME", data);
    let mut reader = pty.master.try_clone_reader().map_err(|e| e.to_string())?;
    let mut writer = pty.master.take_writer().map_err(|e| e.to_string())?;
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).map_err(|e| e.to_string())?;
    drop(pty.slave);
    let nz = |n: u16| std::num::NonZeroU16::new(n).unwrap_or(std::num::NonZeroU16::MIN);
    let mut parser = vt100::Parser::new(nz(ROWS), nz(COLS), 0);
    let mut buf = [0u8; 65536];
    let elapsed = loop {
        let n = reader.read(&mut buf).map_err(|e| e.to_string())?;
        if n == 0 {
            return Err(format!("{} ended before drawing a frame", argv[0]));
        }
        parser.process(&buf[..n]);
        if done(parser.screen()) {
            break start.elapsed();
        }
        if start.elapsed() > GIVE_UP {
            let _ = child.kill();
            return Err(format!(
                "{}: no complete frame:\n{}",
                argv[0],
                parser.screen().contents()
            ));
        }
    };
    let _ = writer.write_all(b"q");
    let _ = writer.flush();
    // Drain so the program is never blocked writing as it exits.
    std::thread::spawn(move || while matches!(reader.read(&mut buf), Ok(n) if n > 0) {});
    let _ = child.wait();
    Ok(elapsed)
}

fn last_row(screen: &vt100::Screen) -> String {
    screen.rows(0, COLS).nth(usize::from(ROWS) - 1).unwrap_or_default()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn peak_kib(argv: &[&str]) -> Option<u64> {
    let out = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .args(argv)
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stderr).lines().last()?.trim().parse().ok()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Examples are built one directory below the binaries they go with.
    let beside = || {
        let exe = std::env::current_exe().ok()?;
        Some(exe.parent()?.parent()?.join("ready").display().to_string())
    };
    let ready = args.first().cloned().or_else(beside).unwrap_or_else(|| "ready".into());
    // The pty spawner looks a bare name up in PATH: make a relative path whole.
    let ready = std::fs::canonicalize(&ready).map_or(ready, |p| p.display().to_string());
    let rounds: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(20);
    let data = std::env::temp_dir().join(format!("ready-startup-{}", std::process::id()));
    let text = data.join("typhoon.txt");
    let _ = std::fs::create_dir_all(&data);
    match Command::new(&ready).args(["--lang", "en", "show", "typhoon"]).output() {
        Ok(out) if out.status.success() => {
            if let Err(e) = std::fs::write(&text, out.stdout) {
                eprintln!("startup: {e}");
                return ExitCode::FAILURE;
            }
        }
        _ => {
            eprintln!("startup: cannot run {ready}");
            return ExitCode::FAILURE;
        }
    }
    // `ready` as people start it: no arguments, the language from LANG.
    let home: Vec<String> = vec![ready.clone()];
    let less: Vec<String> = vec!["less".into(), text.display().to_string()];
    let ready_done = |s: &vt100::Screen| last_row(s).contains("? help");
    let less_done = |s: &vt100::Screen| last_row(s).contains("typhoon.txt");
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        for (argv, done, into) in [
            (&home, &ready_done as &dyn Fn(&_) -> bool, &mut a),
            (&less, &less_done, &mut b),
        ] {
            match first_frame(argv, &data, done) {
                Ok(t) => into.push(t),
                Err(e) => {
                    eprintln!("startup: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
    }
    let ratios: Vec<f64> = a
        .iter()
        .zip(&b)
        .map(|(x, y)| x.as_secs_f64() / y.as_secs_f64())
        .collect();
    let mut sorted = ratios.clone();
    sorted.sort_by(f64::total_cmp);
    let (ma, mb) = (median(a), median(b));
    println!("time to first complete frame, 80x24, median of {rounds} interleaved rounds");
    println!("  ready (home)         {:>8.2} ms", ma.as_secs_f64() * 1e3);
    println!("  less (same point)    {:>8.2} ms", mb.as_secs_f64() * 1e3);
    println!(
        "  ratio ready/less     {:>8.2}  (median of per-round ratios)",
        sorted[sorted.len() / 2]
    );
    if let Some(kib) = peak_kib(&[&ready, "--lang", "en", "show", "typhoon"]) {
        println!("  peak memory, `ready show typhoon`: {:.1} MiB", kib as f64 / 1024.0);
    }
    if let Ok(meta) = std::fs::metadata(Path::new(&ready)) {
        println!("  release binary: {:.2} MiB", meta.len() as f64 / (1024.0 * 1024.0));
    }
    let _ = std::fs::remove_dir_all(&data);
    ExitCode::SUCCESS
}

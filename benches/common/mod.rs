//! What the benchmarks share: guides of 37 (the shipped one), 1,000 and
//! 10,000 points, and the guide driven without a terminal.

#![allow(dead_code)]

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ready::content::{Guide, Locale};
use ready::progress::Progress;
use ready::tui::ThemeName;
use ready::tui::action::Msg;
use ready::tui::app::App;
use ready::tui::update::update;
use ready::tui::view::view;

#[allow(clippy::all)]
#[path = "../../examples/gen-content.rs"]
mod generate;

/// The sizes every cost is measured at: the shipped guide, a province, a nation.
pub const SIZES: [usize; 3] = [37, 1_000, 10_000];

/// The terminal sizes every screen is drawn at.
pub const SCREENS: [(u16, u16); 2] = [(80, 24), (200, 60)];

/// A generated content set of `n` points, written once under target/.
pub fn content_dir(n: usize) -> PathBuf {
    if n == 37 {
        return PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("target/bench-content/{n}"));
    if !dir.join("guide.toml").is_file() {
        let _ = std::fs::remove_dir_all(&dir);
        if let Err(e) = generate::write_set(n, &dir, false) {
            eprintln!("cannot generate {}: {e}", dir.display());
        }
    }
    dir
}

/// The guide of `n` points, leaked: benchmarks keep it for the whole run.
pub fn guide(n: usize) -> Option<&'static Guide> {
    let loaded = if n == 37 {
        ready::content::embedded()
    } else {
        ready::content::from_dir(&content_dir(n))
    };
    match loaded {
        Ok(g) => Some(Box::leak(Box::new(g))),
        Err(e) => {
            eprintln!("skipping {n} points: the guide does not load: {e:?}");
            None
        }
    }
}

pub fn app(guide: &Guide) -> App<'_> {
    App::new(guide, Locale::En, ThemeName::Default, Progress::new())
}

pub fn terminal(w: u16, h: u16) -> Option<Terminal<TestBackend>> {
    Terminal::new(TestBackend::new(w, h)).ok()
}

pub fn key(app: &mut App<'_>, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

pub fn keys(app: &mut App<'_>, codes: &[KeyCode]) {
    for &code in codes {
        key(app, code);
    }
}

/// One frame, as the runtime draws it.
pub fn draw(app: &mut App<'_>, terminal: &mut Terminal<TestBackend>) {
    let mut last = None;
    let _ = terminal.draw(|frame| last = Some(view(app, frame)));
    app.frame = last.unwrap_or_default();
}

//! `TERM=linux`: the console theme draws every screen with marks the Linux
//! console's font has (ASCII and box drawing), never ▶ ✓ ✗ ● ░ and the like,
//! which it would show as blank diamonds.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::{draw, guide, press_all, screen_text};
use ratatui::crossterm::event::KeyCode;
use ready::content::Locale;
use ready::progress::Progress;
use ready::tui::ThemeName;
use ready::tui::app::App;
use ready::tui::screens::PractiseRow;

use KeyCode::{Char, Down, Enter, Esc};

/// Latin-1 and box drawing (U+2500–U+257F) are in every console font.
fn console_can_show(c: char) -> bool {
    u32::from(c) <= 0xFF || ('\u{2500}'..='\u{257F}').contains(&c)
}

fn open_row(app: &mut App<'static>, row: PractiseRow) {
    press_all(app, &[KeyCode::Tab, KeyCode::Tab]);
    let index = app.practise_rows().iter().position(|r| *r == row).unwrap();
    for _ in 0..index {
        press_all(app, &[Down]);
    }
    press_all(app, &[Enter]);
}

/// Each screen with its marks on show: the selection, read ticks, a
/// verdict, the select-all marks, gauges, the SOS pulse, a checklist tick.
type Setup = Box<dyn Fn(&mut App<'static>)>;

fn screens() -> Vec<(&'static str, Setup)> {
    vec![
        ("home", Box::new(|_| {})),
        (
            "list",
            Box::new(|a| {
                press_all(a, &[Enter, Enter, Esc]);
            }),
        ),
        (
            "point",
            Box::new(|a| {
                press_all(a, &[Enter, Enter]);
            }),
        ),
        (
            "quiz answered",
            Box::new(|a| {
                press_all(a, &[Enter, Enter, Char('t'), Char('1')]);
            }),
        ),
        (
            "sos",
            Box::new(|a| {
                press_all(a, &[Char('!')]);
            }),
        ),
        (
            "help",
            Box::new(|a| {
                press_all(a, &[Char('?')]);
            }),
        ),
        (
            "readiness",
            Box::new(|a| {
                open_row(a, PractiseRow::Readiness);
                press_all(a, &[Char('n'), Char('y'), Char('n')]);
            }),
        ),
        (
            "checklist",
            Box::new(|a| {
                open_row(a, PractiseRow::Checklist(0));
                press_all(a, &[Char(' ')]);
            }),
        ),
    ]
}

#[test]
fn the_console_theme_draws_only_what_the_console_font_has() {
    for (name, setup) in screens() {
        for (w, h) in [(80, 24), (40, 12)] {
            let mut app = App::new(guide(), Locale::En, ThemeName::Console, Progress::new());
            draw(&mut app, w, h);
            setup(&mut app);
            let text = screen_text(&draw(&mut app, w, h));
            let bad: Vec<char> = text.chars().filter(|c| !console_can_show(*c)).collect();
            assert!(bad.is_empty(), "{name} at {w}x{h} shows {bad:?}:\n{text}");
        }
    }
}

#[test]
fn other_themes_keep_their_marks() {
    let mut app = App::new(guide(), Locale::En, ThemeName::Default, Progress::new());
    draw(&mut app, 80, 24);
    press_all(&mut app, &[Enter, Enter, Char('t'), Char('1')]);
    let text = screen_text(&draw(&mut app, 80, 24));
    assert!(text.contains('✓') || text.contains('✗'), "{text}");
}

#[test]
fn in_the_console_a_verdict_and_the_selection_still_read() {
    let mut app = App::new(guide(), Locale::En, ThemeName::Console, Progress::new());
    draw(&mut app, 80, 24);
    press_all(&mut app, &[Enter, Enter, Char('t'), Char('1')]);
    let text = screen_text(&draw(&mut app, 80, 24));
    assert!(text.contains("v Right.") || text.contains("x Not quite."), "{text}");
    let mut app = App::new(guide(), Locale::En, ThemeName::Console, Progress::new());
    let home = screen_text(&draw(&mut app, 80, 24));
    assert!(home.contains("> "), "the selected row is marked:\n{home}");
}

//! The drill screens, drawn on ratatui's TestBackend at every size of
//! `common::SIZES`, in both languages.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::{draw, guide, press, press_all};
use ratatui::crossterm::event::KeyCode;
use ready::tui::app::App;
use ready::tui::screens::PractiseRow;

fn snapshot_all<R>(name: &str, setup: impl Fn(&mut App<'static>, u16, u16) -> R) {
    common::each_size_and_language(
        |a, w, h| {
            setup(a, w, h);
        },
        |suffix, text| {
            insta::assert_snapshot!(format!("{name}_{suffix}"), text);
        },
    );
}

/// Opens the drill list from home, then the drill with this id (if any).
fn open(app: &mut App<'static>, w: u16, h: u16, id: Option<&str>) {
    press_all(app, &[KeyCode::Tab, KeyCode::Tab]);
    let row = app
        .practise_rows()
        .iter()
        .position(|r| *r == PractiseRow::Drills)
        .unwrap();
    for _ in 0..row {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
    draw(app, w, h);
    if let Some(id) = id {
        let index = guide().drills.iter().position(|d| d.id == id).unwrap();
        for _ in 0..index {
            press(app, KeyCode::Down);
        }
        press(app, KeyCode::Enter);
    }
}

fn keys(app: &mut App<'static>, w: u16, h: u16, keys: &str) {
    for c in keys.chars() {
        draw(app, w, h);
        press(app, KeyCode::Char(c));
    }
}

#[test]
fn drill_list_with_one_drill_played() {
    snapshot_all("drill_list", |app, w, h| {
        open(app, w, h, Some("choking"));
        keys(app, w, h, "1111");
        press(app, KeyCode::Esc);
    });
}

#[test]
fn drill_first_situation() {
    snapshot_all("drill_situation", |app, w, h| open(app, w, h, Some("night-fire")));
}

#[test]
fn drill_feedback_above_the_next_situation() {
    snapshot_all("drill_feedback", |app, w, h| {
        open(app, w, h, Some("choking"));
        keys(app, w, h, "2");
    });
}

#[test]
fn drill_end_with_its_path_and_links() {
    snapshot_all("drill_end", |app, w, h| {
        open(app, w, h, Some("night-fire"));
        keys(app, w, h, "112");
    });
}

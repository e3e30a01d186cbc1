//! Where the reader is, kept: across a language switch, and across a quit
//! and a new start (the same point and section, an open checklist or the
//! readiness check).

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::{app, draw, guide, press, press_all, screen_text};
use ratatui::crossterm::event::KeyCode;
use ready::content::{Locale, Phase};
use ready::progress::Place;
use ready::tui::app::App;
use ready::tui::places::remember_place;
use ready::tui::screens::Screen;
use ready::tui::update::update;

/// The section whose heading is nearest the top of the text shown: what
/// the reader sees, however the view got there.
fn section_on_screen(app: &mut App<'_>) -> usize {
    let text = screen_text(&draw(app, 80, 24));
    let s = ready::i18n::strings(app.session.locale);
    let top: Vec<&str> = text.lines().skip(3).take(4).collect();
    let headings = [
        s.warnings,
        s.phase(Phase::Before),
        s.phase(Phase::During),
        s.phase(Phase::After),
        s.phase(Phase::Never),
    ];
    let found = headings
        .iter()
        .position(|h| top.iter().any(|l| l.trim_start().starts_with(h)));
    assert!(matches!(app.screen(), Screen::Point(_)), "not on a point");
    found.map_or_else(|| panic!("no heading near the top:\n{text}"), |i| i + 1)
}

/// Opens typhoon and moves to its fifth section (After).
fn typhoon_after(app: &mut App<'_>) {
    press_all(app, &[KeyCode::Enter, KeyCode::Enter]);
    draw(app, 80, 24);
    for _ in 0..4 {
        press(app, KeyCode::Tab);
        draw(app, 80, 24);
    }
}

#[test]
fn switching_language_in_a_point_keeps_the_section() {
    let mut app = app(Locale::En);
    typhoon_after(&mut app);
    let before = section_on_screen(&mut app);
    assert!(before > 0);
    press(&mut app, KeyCode::Char('L'));
    assert_eq!(section_on_screen(&mut app), before, "same section in Chinese");
    press(&mut app, KeyCode::Char('L'));
    assert_eq!(section_on_screen(&mut app), before, "and back in English");
}

#[test]
fn switching_language_or_resizing_under_sos_keeps_the_section() {
    let mut app = app(Locale::En);
    typhoon_after(&mut app);
    let before = section_on_screen(&mut app);
    press_all(&mut app, &[KeyCode::Char('!'), KeyCode::Char('L')]);
    draw(&mut app, 80, 24);
    press(&mut app, KeyCode::Esc);
    assert_eq!(section_on_screen(&mut app), before, "same section in Chinese");
    press(&mut app, KeyCode::Char('!'));
    update(&mut app, ready::tui::action::Msg::Resize(40, 12));
    draw(&mut app, 40, 12);
    update(&mut app, ready::tui::action::Msg::Resize(80, 24));
    press(&mut app, KeyCode::Esc);
    assert_eq!(section_on_screen(&mut app), before, "and after a resize");
}

#[test]
fn quitting_from_sos_keeps_the_section() {
    let mut app = app(Locale::En);
    typhoon_after(&mut app);
    draw(&mut app, 80, 24);
    let Screen::Point(point) = app.screen() else {
        panic!("not on a point")
    };
    let scroll = point.scroll;
    assert!(scroll > 0);
    press(&mut app, KeyCode::Char('!'));
    draw(&mut app, 80, 24);
    remember_place(&mut app);
    let place = app.session.progress.place.clone().unwrap();
    assert!(
        matches!(&place, Place::Point { id, section, .. } if id == "typhoon" && *section > 0),
        "{place:?}"
    );
}

#[test]
fn a_new_start_reopens_the_same_point_and_section() {
    let mut app = app(Locale::En);
    typhoon_after(&mut app);
    let section = section_on_screen(&mut app);
    remember_place(&mut app);
    let place = app.session.progress.place.clone().unwrap();
    assert!(
        matches!(&place, Place::Point { id, .. } if id == "typhoon"),
        "{place:?}"
    );
    let mut again = App::new(
        guide(),
        Locale::En,
        ready::tui::ThemeName::Mono,
        app.session.progress.clone(),
    );
    ready::tui::places::start(&mut again, &ready::tui::Start::Home);
    update(&mut again, ready::tui::action::Msg::Resize(80, 24));
    assert_eq!(section_on_screen(&mut again), section);
    press(&mut again, KeyCode::Esc);
    assert!(
        matches!(again.screen(), Screen::List(_)),
        "Back still leads to the category"
    );
}

#[test]
fn a_new_start_reopens_an_open_checklist_or_the_readiness_check() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Tab, KeyCode::Tab]);
    let row = app
        .practise_rows()
        .iter()
        .position(|r| matches!(r, ready::tui::screens::PractiseRow::Checklist(_)))
        .unwrap();
    for _ in 0..row {
        press(&mut app, KeyCode::Down);
    }
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Down, KeyCode::Down]);
    remember_place(&mut app);
    let mut again = App::new(
        guide(),
        Locale::En,
        ready::tui::ThemeName::Mono,
        app.session.progress.clone(),
    );
    ready::tui::places::start(&mut again, &ready::tui::Start::Home);
    assert!(
        matches!(again.screen(), Screen::Checklist(c) if c.selected == 2),
        "{:?}",
        again.screen()
    );
    let text = screen_text(&draw(&mut again, 80, 24));
    assert!(text.contains("Household emergency supplies"), "{text}");
    // At home when the guide closed: home it is, not the last point read.
    let mut home = common::app(Locale::En);
    press_all(&mut home, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Esc, KeyCode::Esc]);
    remember_place(&mut home);
    assert_eq!(home.session.progress.place, Some(Place::Home));
}

#[test]
fn resizing_back_and_forth_returns_to_the_same_line() {
    // The place is noted against the document's real length, the same total
    // the view reopens it with, so a round trip does not drift.
    let mut app = app(Locale::En);
    update(&mut app, ready::tui::action::Msg::Resize(80, 24));
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    for _ in 0..3 {
        press(&mut app, KeyCode::PageDown);
    }
    let before = common::screen_text(&common::draw(&mut app, 80, 24));
    for (w, h) in [(40, 12), (80, 24), (40, 12), (80, 24)] {
        common::draw(&mut app, w, h);
    }
    let after = common::screen_text(&common::draw(&mut app, 80, 24));
    assert_eq!(before, after);
}

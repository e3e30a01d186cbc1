//! Screens in the colour themes (Default, HighContrast, Console), in both
//! languages at 80×24, with the style of every cell: the plain-text
//! snapshots are drawn in Mono and cannot show a selection lost, a warning
//! in the wrong colour or the console given glyphs its font lacks. A
//! representative set, not every screen: home's selection and key hints, a
//! point's warning levels, search matches, the SOS card, a marked answer,
//! a ticked checklist, and the kiosk's button bar.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::{press_all, type_text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ready::content::Locale;
use ready::kiosk::Config;
use ready::tui::app::App;
use ready::tui::kiosk::{Kiosk, KioskMsg};
use ready::tui::screens::PractiseRow;

fn snapshot_themes(name: &str, setup: impl Fn(&mut App<'static>, u16, u16)) {
    common::each_theme_and_language(setup, |suffix, text| {
        insta::assert_snapshot!(format!("{name}_{suffix}"), text);
    });
}

#[test]
fn home() {
    snapshot_themes("home", |_, _, _| {});
}

#[test]
fn point_warning_levels() {
    snapshot_themes("point_warnings", |app, w, h| {
        press_all(app, &[KeyCode::Enter, KeyCode::Enter]);
        // Tab jumps by the sections the last frame laid out.
        common::draw(app, w, h);
        press_all(app, &[KeyCode::Tab]);
    });
}

#[test]
fn search_matches() {
    snapshot_themes("search", |app, _, _| {
        press_all(app, &[KeyCode::Char('/')]);
        type_text(app, "fire");
    });
}

#[test]
fn sos() {
    snapshot_themes("sos", |app, _, _| {
        press_all(app, &[KeyCode::Char('!')]);
    });
}

#[test]
fn quiz_answered() {
    snapshot_themes("quiz_answered", |app, _, _| {
        press_all(
            app,
            &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t'), KeyCode::Char('1')],
        );
    });
}

#[test]
fn checklist_ticked() {
    snapshot_themes("checklist", |app, _, _| {
        let supplies = common::guide()
            .checklists
            .iter()
            .position(|c| c.id == "supplies")
            .unwrap();
        press_all(app, &[KeyCode::Tab, KeyCode::Tab]);
        let row = app
            .practise_rows()
            .iter()
            .position(|r| *r == PractiseRow::Checklist(supplies))
            .unwrap();
        for _ in 0..row {
            press_all(app, &[KeyCode::Down]);
        }
        press_all(app, &[KeyCode::Enter, KeyCode::Char(' '), KeyCode::Down]);
    });
}

#[test]
fn kiosk_visit_with_its_button_bar() {
    let (w, h) = (80, 24);
    for theme in common::COLOUR_THEMES {
        for start in [Locale::En, Locale::ZhHans] {
            let t0 = std::time::Instant::now();
            let config = Config {
                start,
                languages: vec![
                    start,
                    if start == Locale::En {
                        Locale::ZhHans
                    } else {
                        Locale::En
                    },
                ],
                ..Config::default()
            };
            let mut k = Kiosk::new(common::guide(), config, theme, false, t0, 1);
            ready::tui::kiosk::update(&mut k, KioskMsg::Resize(w, h));
            let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
            term.draw(|f| ready::tui::kiosk::draw(&mut k, f)).unwrap();
            for code in [KeyCode::Enter, KeyCode::Enter] {
                ready::tui::kiosk::update(&mut k, KioskMsg::Key(KeyEvent::from(code)));
            }
            term.draw(|f| ready::tui::kiosk::draw(&mut k, f)).unwrap();
            let name = format!("{theme:?}").to_lowercase();
            insta::assert_snapshot!(
                format!("kiosk_visit_{name}_{}", start.tag()),
                common::styled_text(&term)
            );
        }
    }
}

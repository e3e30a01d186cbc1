//! The kiosk's own screens at the guide's full size (80×24), at a wall
//! screen's (120×40), at the smallest the guide supports (40×12) and
//! between 60 and 79 columns (70×24), in
//! both languages: the attract screen, a visit with its button bar, the
//! countdown, the operator's pad and the maintenance screen.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use std::time::{Duration, Instant};

use common::screen_text;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ready::content::Locale;
use ready::kiosk::{Config, pin};
use ready::tui::ThemeName;
use ready::tui::kiosk::{Kiosk, KioskMsg, draw, update};

const SIZES: [(u16, u16); 4] = [(80, 24), (120, 40), (40, 12), (70, 24)];

fn snapshot(name: &str, broken: bool, setup: impl Fn(&mut Kiosk<'static>, Instant)) {
    for start in [Locale::ZhHans, Locale::En] {
        for (w, h) in SIZES {
            let t0 = Instant::now();
            let languages = if start == Locale::En {
                vec![Locale::En, Locale::ZhHans]
            } else {
                vec![Locale::ZhHans, Locale::En]
            };
            let config = Config {
                start,
                languages,
                pin: Some(pin::hash("2468").unwrap()),
                ..Config::default()
            };
            let mut k = Kiosk::new(common::guide(), config, ThemeName::Mono, broken, t0, 1);
            update(&mut k, KioskMsg::Resize(w, h));
            let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
            term.draw(|f| draw(&mut k, f)).unwrap();
            setup(&mut k, t0);
            term.draw(|f| draw(&mut k, f)).unwrap();
            let text = screen_text(&term);
            insta::assert_snapshot!(format!("kiosk_{name}_{}_{w}x{h}", start.tag()), text);
        }
    }
}

fn key(k: &mut Kiosk<'_>, code: KeyCode) {
    update(k, KioskMsg::Key(KeyEvent::from(code)));
}

#[test]
fn attract() {
    snapshot("attract", false, |_, _| {});
}

#[test]
fn a_visit_with_the_button_bar() {
    snapshot("visit", false, |k, _| {
        key(k, KeyCode::Enter);
        key(k, KeyCode::Enter);
    });
}

#[test]
fn countdown() {
    snapshot("countdown", false, |k, t0| {
        key(k, KeyCode::Enter);
        update(k, KioskMsg::Tick(t0 + Duration::from_secs(93)));
    });
}

#[test]
fn operator_pad() {
    snapshot("pad", false, |k, _| {
        update(
            k,
            KioskMsg::Key(KeyEvent::new(
                KeyCode::Char('p'),
                KeyModifiers::CONTROL | KeyModifiers::ALT,
            )),
        );
        key(k, KeyCode::Char('1'));
    });
}

#[test]
fn maintenance() {
    snapshot("maintenance", true, |_, _| {});
}

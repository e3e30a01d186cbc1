//! Drills at a kiosk: played by touch where the buttons are drawn, each
//! choice counted by stable ids, and wiped with everything else when the
//! visitor walks away.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ready::kiosk::Config;
use ready::stats::Event;
use ready::tui::ThemeName;
use ready::tui::kiosk::{Effect, Kiosk, KioskMsg, Stage, draw, update};

fn kiosk(now: Instant) -> Kiosk<'static> {
    let mut k = Kiosk::new(common::guide(), Config::default(), ThemeName::Mono, false, now, 7);
    update(&mut k, KioskMsg::Resize(80, 24));
    k
}

fn frame(k: &mut Kiosk<'_>) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(k.size.0, k.size.1)).unwrap();
    term.draw(|f| draw(k, f)).unwrap();
    term
}

fn key(k: &mut Kiosk<'_>, code: KeyCode) -> Vec<Effect> {
    update(k, KioskMsg::Key(KeyEvent::from(code)))
}

/// Taps where `text` is drawn, as a finger would.
fn tap_text(k: &mut Kiosk<'_>, text: &str) -> Vec<Effect> {
    let screen = frame(k);
    let (column, row) =
        common::find(&screen, text).unwrap_or_else(|| panic!("{text:?} not drawn:\n{}", common::screen_text(&screen)));
    let m = |kind| MouseEvent {
        kind,
        column: column + 1,
        row,
        modifiers: KeyModifiers::NONE,
    };
    let mut effects = update(k, KioskMsg::Mouse(m(MouseEventKind::Down(MouseButton::Left))));
    effects.extend(update(k, KioskMsg::Mouse(m(MouseEventKind::Up(MouseButton::Left)))));
    effects
}

fn drill_choices(effects: &[Effect]) -> Vec<(String, String, String, bool)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Stat(Event::DrillChoice {
                drill,
                step,
                choice,
                good,
            }) => Some((drill.clone(), step.clone(), choice.clone(), *good)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_drill_is_played_by_touch_counted_by_ids_and_wiped_on_reset() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    key(&mut k, KeyCode::Enter);
    tap_text(&mut k, "情景演练：你会怎么做？");
    tap_text(&mut k, "晚饭时，父亲突然喘不上气");
    let effects = tap_text(&mut k, "给他喝口水");
    assert_eq!(
        drill_choices(&effects),
        [("choking".into(), "dinner".into(), "water".into(), false)]
    );
    let mut effects = tap_text(&mut k, "拦住他");
    for text in ["让他上身充分前倾", "腹部冲击5次", "继续交替"] {
        effects.extend(tap_text(&mut k, text));
    }
    let ids: Vec<String> = drill_choices(&effects)
        .into_iter()
        .map(|(_, step, choice, good)| format!("{step}/{choice}/{good}"))
        .collect();
    assert_eq!(
        ids,
        [
            "worse/stop-him/true",
            "back-blows/five-blows/true",
            "thrusts/abdominal-thrusts/true",
            "again/keep-alternating/true"
        ]
    );
    let text = common::screen_text(&frame(&mut k));
    assert!(text.contains("结果：✓ 安全脱险"), "{text}");
    // The visitor walks away: the countdown runs out and all of it goes.
    update(&mut k, KioskMsg::Tick(t0 + Duration::from_secs(600)));
    assert!(matches!(k.stage, Stage::Attract));
    key(&mut k, KeyCode::Enter);
    let text = common::screen_text(&frame(&mut k));
    assert!(
        text.contains("情景演练：你会怎么做？") && text.contains("0/11"),
        "{text}"
    );
    tap_text(&mut k, "情景演练：你会怎么做？");
    let text = common::screen_text(&frame(&mut k));
    assert!(
        !text.contains("安全脱险"),
        "no best outcome survives the reset:\n{text}"
    );
}

#[test]
fn keys_that_would_leave_a_kiosk_do_not_leave_through_a_drill() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    key(&mut k, KeyCode::Enter);
    tap_text(&mut k, "情景演练：你会怎么做？");
    tap_text(&mut k, "凌晨三点，烟雾报警器响了");
    let mut effects = Vec::new();
    for code in [
        KeyCode::Char('q'),
        KeyCode::Esc,
        KeyCode::Esc,
        KeyCode::Esc,
        KeyCode::Esc,
    ] {
        effects.extend(key(&mut k, code));
    }
    assert!(effects.iter().all(|e| *e != Effect::Exit), "{effects:?}");
    assert!(matches!(k.stage, Stage::Visit(_)));
}

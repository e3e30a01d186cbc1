//! The kiosk's behaviour, driven through `update` with time passed in: the
//! idle countdown, the reset that leaves nothing of a visitor, the locked
//! keys, touch targets where they are drawn, statistics and speech.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ready::content::Locale;
use ready::kiosk::{Config, pin};
use ready::stats::Event;
use ready::tui::ThemeName;
use ready::tui::kiosk::{Effect, Kiosk, KioskMsg, Stage, Target, draw, update};

fn kiosk(now: Instant) -> Kiosk<'static> {
    let config = Config {
        pin: Some(pin::hash("2468").unwrap()),
        ..Config::default()
    };
    let mut k = Kiosk::new(common::guide(), config, ThemeName::Default, false, now, 7);
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

fn ctrl(k: &mut Kiosk<'_>, c: char) -> Vec<Effect> {
    update(k, KioskMsg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)))
}

fn tap(k: &mut Kiosk<'_>, column: u16, row: u16) -> Vec<Effect> {
    let m = |kind| MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    let mut effects = update(k, KioskMsg::Mouse(m(MouseEventKind::Down(MouseButton::Left))));
    effects.extend(update(k, KioskMsg::Mouse(m(MouseEventKind::Up(MouseButton::Left)))));
    effects
}

/// Taps the middle of the first target of this kind drawn in the last frame.
fn tap_target(k: &mut Kiosk<'_>, target: Target) -> Vec<Effect> {
    let (rect, _) = *k
        .hits
        .iter()
        .find(|(_, t)| *t == target)
        .unwrap_or_else(|| panic!("{target:?} not drawn"));
    tap(k, rect.x + rect.width / 2, rect.y + rect.height / 2)
}

fn at(k: &mut Kiosk<'_>, t0: Instant, seconds: u64) -> Vec<Effect> {
    update(k, KioskMsg::Tick(t0 + Duration::from_secs(seconds)))
}

fn in_visit(k: &Kiosk<'_>) -> bool {
    matches!(k.stage, Stage::Visit(_))
}

#[test]
fn a_touch_on_a_language_starts_a_visit_in_that_language() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    frame(&mut k);
    let effects = tap_target(&mut k, Target::Start(Locale::En));
    assert!(in_visit(&k));
    assert_eq!(k.locale(), Locale::En);
    assert_eq!(effects[0], Effect::Stat(Event::SessionStart));
    assert!(
        matches!(&effects[1], Effect::Speak(Locale::En, s) if s.contains("Know the risks")),
        "{effects:?}"
    );
}

#[test]
fn quiet_brings_a_countdown_that_any_input_cancels_and_then_a_reset() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    key(&mut k, KeyCode::Enter);
    at(&mut k, t0, 89);
    assert_eq!(k.warning(), None);
    let before = common::screen_text(&frame(&mut k));
    at(&mut k, t0, 90);
    assert_eq!(k.warning(), Some(15));
    let text = common::screen_text(&frame(&mut k));
    assert!(text.contains("您还在吗？"), "{text}");
    // A key cancels the countdown, and does nothing else: Enter would open
    // the highlighted category the visitor cannot see behind the countdown.
    key(&mut k, KeyCode::Enter);
    assert_eq!(k.warning(), None);
    assert_eq!(common::screen_text(&frame(&mut k)), before, "the key reached the guide");
    at(&mut k, t0, 90 + 89);
    assert!(in_visit(&k));
    at(&mut k, t0, 90 + 90);
    assert_eq!(k.warning(), Some(15));
    let effects = at(&mut k, t0, 90 + 105);
    assert!(matches!(k.stage, Stage::Attract));
    assert!(effects.contains(&Effect::Stat(Event::IdleReset)));
    assert!(effects.contains(&Effect::Stat(Event::SessionEnd { seconds: 195 })));
    assert!(effects.contains(&Effect::Silence));
}

#[test]
fn a_touch_anywhere_during_the_countdown_only_cancels_it() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    key(&mut k, KeyCode::Enter);
    let before = common::screen_text(&frame(&mut k));
    at(&mut k, t0, 95);
    frame(&mut k);
    // Row 4 is the first category: outside the countdown's box, on a row.
    let effects = tap(&mut k, 5, 4);
    assert_eq!(k.warning(), None);
    assert_eq!(common::screen_text(&frame(&mut k)), before, "the tap reached the guide");
    assert!(
        effects.is_empty(),
        "the tap did not fall through to the guide: {effects:?}"
    );
}

#[test]
fn pointer_movement_is_not_activity() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    key(&mut k, KeyCode::Enter);
    at(&mut k, t0, 100);
    let moved = MouseEvent {
        kind: MouseEventKind::Moved,
        column: 3,
        row: 3,
        modifiers: KeyModifiers::NONE,
    };
    update(&mut k, KioskMsg::Mouse(moved));
    assert!(k.warning().is_some());
}

#[test]
fn a_reset_leaves_nothing_of_the_visitor() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    key(&mut k, KeyCode::Enter);
    // Read a point, start a quiz and answer, search, open the PIN pad.
    for code in [KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t'), KeyCode::Char('1')] {
        key(&mut k, code);
    }
    key(&mut k, KeyCode::Char('/'));
    for c in "fire".chars() {
        key(&mut k, KeyCode::Char(c));
    }
    update(
        &mut k,
        KioskMsg::Key(KeyEvent::new(
            KeyCode::Char('p'),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        )),
    );
    key(&mut k, KeyCode::Char('2'));
    assert!(k.pad.is_some());
    at(&mut k, t0, 200);
    // Every field of the kiosk, named: a new one that holds visitor state
    // must be added here, and to `reset`, or this stops compiling.
    let Kiosk {
        guide: _,
        config: _,
        theme: _,
        stage,
        idle: _,
        now: _,
        attract_since,
        visit_started: _,
        pad,
        lockout: _,
        press,
        size: _,
        hits: _,
        visits: _,
        seed: _,
    } = &k;
    assert!(
        matches!(stage, Stage::Attract),
        "the visit, with its quiz, search, progress and language, is gone"
    );
    assert_eq!(*pad, None, "a half-typed PIN is gone");
    assert_eq!(*press, None);
    assert_eq!(*attract_since, t0 + Duration::from_secs(200), "tips start over");
    // The next visitor starts at home, in the default language, with nothing read.
    key(&mut k, KeyCode::Enter);
    let text = common::screen_text(&frame(&mut k));
    assert!(text.contains("已读 0/37") || text.contains("0/37"), "{text}");
    assert_eq!(k.locale(), Locale::ZhHans);
}

#[test]
fn keys_that_would_leave_or_suspend_do_nothing() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    key(&mut k, KeyCode::Enter);
    let mut effects = key(&mut k, KeyCode::Char('q'));
    for c in ['c', 'z', '\\', 'd', 'q'] {
        effects.extend(ctrl(&mut k, c));
    }
    effects.extend(key(&mut k, KeyCode::Esc));
    assert!(effects.iter().all(|e| *e != Effect::Exit), "{effects:?}");
    assert!(in_visit(&k), "still in the guide, at home");
}

#[test]
fn only_the_right_pin_lets_the_operator_out() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    frame(&mut k);
    // A long press on the title opens the pad; a short one starts a visit.
    let (rect, _) = *k.hits.iter().find(|(_, t)| *t == Target::Title).unwrap();
    let down = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: rect.x + 1,
        row: rect.y,
        modifiers: KeyModifiers::NONE,
    };
    update(&mut k, KioskMsg::Mouse(down));
    at(&mut k, t0, 3);
    update(
        &mut k,
        KioskMsg::Mouse(MouseEvent {
            kind: MouseEventKind::Up(MouseButton::Left),
            ..down
        }),
    );
    assert!(k.pad.is_some() && matches!(k.stage, Stage::Attract));
    frame(&mut k);
    for d in [1, 2, 3, 4] {
        tap_target(&mut k, Target::Digit(d));
    }
    assert!(
        tap_target(&mut k, Target::Enter).is_empty(),
        "a wrong PIN does not exit"
    );
    frame(&mut k);
    for d in [2, 4, 6, 8] {
        tap_target(&mut k, Target::Digit(d));
    }
    assert_eq!(tap_target(&mut k, Target::Enter), [Effect::Exit]);
}

#[test]
fn the_bar_works_by_touch_where_it_is_drawn() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    key(&mut k, KeyCode::Enter);
    key(&mut k, KeyCode::Enter);
    key(&mut k, KeyCode::Enter);
    frame(&mut k);
    let effects = tap_target(&mut k, Target::Language);
    assert_eq!(k.locale(), Locale::En);
    assert!(
        effects.iter().any(|e| matches!(e, Effect::Speak(Locale::En, _))),
        "{effects:?}"
    );
    frame(&mut k);
    tap_target(&mut k, Target::Home);
    let text = common::screen_text(&frame(&mut k));
    assert!(text.contains("By category"), "{text}");
    tap_target(&mut k, Target::Sos);
    let text = common::screen_text(&frame(&mut k));
    assert!(text.contains("120"), "{text}");
    tap_target(&mut k, Target::Back);
    let text = common::screen_text(&frame(&mut k));
    assert!(text.contains("By category"), "Back closed SOS: {text}");
    // Every bar button is at least 3 rows high at 80x24.
    for (rect, target) in &k.hits {
        if matches!(target, Target::Back | Target::Home | Target::Language | Target::Sos) {
            assert!(rect.height >= 3, "{target:?} {rect:?}");
        }
    }
}

#[test]
fn reading_and_answering_are_counted_by_stable_ids() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    key(&mut k, KeyCode::Enter);
    key(&mut k, KeyCode::Enter);
    let effects = key(&mut k, KeyCode::Enter);
    assert!(
        effects.contains(&Effect::Stat(Event::PointOpen {
            point: "typhoon".into()
        })),
        "{effects:?}"
    );
    key(&mut k, KeyCode::Char('t'));
    let mut effects = key(&mut k, KeyCode::Char('1'));
    effects.extend(key(&mut k, KeyCode::Enter));
    let answer = effects.iter().find_map(|e| match e {
        Effect::Stat(Event::Answer { question, .. }) => Some(question.clone()),
        _ => None,
    });
    assert!(answer.is_some_and(|q| q.starts_with("typhoon#")), "{effects:?}");
}

#[test]
fn a_drag_scrolls_the_text_under_the_finger() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    for _ in 0..3 {
        key(&mut k, KeyCode::Enter);
    }
    let before = common::screen_text(&frame(&mut k));
    let m = |kind, row| MouseEvent {
        kind,
        column: 10,
        row,
        modifiers: KeyModifiers::NONE,
    };
    update(&mut k, KioskMsg::Mouse(m(MouseEventKind::Down(MouseButton::Left), 15)));
    update(&mut k, KioskMsg::Mouse(m(MouseEventKind::Drag(MouseButton::Left), 10)));
    let after = common::screen_text(&frame(&mut k));
    assert_ne!(before, after, "dragging up moved the text");
}

#[test]
fn a_visitor_is_never_asked_for_dates_or_the_family_plan() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    frame(&mut k);
    tap_target(&mut k, Target::Start(Locale::En));
    key(&mut k, KeyCode::Tab);
    key(&mut k, KeyCode::Tab);
    for _ in 0..12 {
        let text = common::screen_text(&frame(&mut k));
        if text.contains("▶ Family emergency plan") {
            break;
        }
        key(&mut k, KeyCode::Down);
    }
    key(&mut k, KeyCode::Enter);
    let text = common::screen_text(&frame(&mut k));
    assert!(text.contains("Family emergency plan"), "{text}");
    assert!(
        !text.contains("Family drill") && !text.contains("plan's details"),
        "{text}"
    );
    for code in [
        KeyCode::Char('e'),
        KeyCode::Char('r'),
        KeyCode::Char('d'),
        KeyCode::Char('c'),
    ] {
        key(&mut k, code);
        let text = common::screen_text(&frame(&mut k));
        assert!(!text.contains("Date:") && !text.contains("Next:"), "{text}");
        assert!(!text.contains("Contact 1"), "{text}");
    }
}

#[test]
fn q_is_only_a_letter_in_a_kiosk_search() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    key(&mut k, KeyCode::Enter);
    key(&mut k, KeyCode::Char('/'));
    for c in "earthquake".chars() {
        key(&mut k, KeyCode::Char(c));
    }
    let text = common::screen_text(&frame(&mut k));
    assert!(text.contains("/ earthquake"), "{text}");
}

#[test]
fn sos_or_help_closed_over_a_point_does_not_count_it_opened_again() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    key(&mut k, KeyCode::Enter);
    let mut effects = Vec::new();
    for code in [
        KeyCode::Enter,
        KeyCode::Enter,
        KeyCode::Char('!'),
        KeyCode::Esc,
        KeyCode::Char('?'),
        KeyCode::Esc,
    ] {
        effects.extend(key(&mut k, code));
    }
    let opened = effects
        .iter()
        .filter(|e| matches!(e, Effect::Stat(ready::stats::Event::PointOpen { .. })))
        .count();
    assert_eq!(opened, 1, "{effects:?}");
}

#[test]
fn a_window_too_small_does_not_offer_a_quit_key_the_kiosk_does_not_have() {
    let t0 = Instant::now();
    let mut k = kiosk(t0);
    update(&mut k, KioskMsg::Resize(36, 16));
    key(&mut k, KeyCode::Enter);
    let text = common::screen_text(&frame(&mut k));
    assert!(text.contains("窗口太小"), "{text}");
    assert!(!text.contains("退出"), "{text}");
}

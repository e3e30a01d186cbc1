use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Context, Keymap, Mode};
use crate::tui::action::Action;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

const HOME: Keymap = Keymap::new(Mode::Home);
const KIOSK: Keymap = Keymap::new(Mode::Kiosk);

#[test]
fn number_keys_carry_their_number() {
    let at = |context, c| HOME.action_for(context, key(KeyCode::Char(c)));
    assert_eq!(at(Context::Quiz, '3'), Some(Action::Choose(2)));
    assert_eq!(at(Context::Quiz, '7'), None, "a quiz has at most six options");
    assert_eq!(at(Context::Point, '9'), Some(Action::Related(8)));
    assert_eq!(at(Context::DateField, '0'), Some(Action::Digit(0)));
    assert_eq!(at(Context::Drill(2), '4'), Some(Action::Choose(3)));
    assert_eq!(
        at(Context::QuizAnswered, '1'),
        None,
        "an answered question takes no second answer"
    );
}

#[test]
fn ctrl_chords_work_everywhere_even_while_typing() {
    for context in [
        Context::Home,
        Context::Search,
        Context::PlanEditing,
        Context::DateField,
        Context::Sos,
    ] {
        assert_eq!(HOME.action_for(context, ctrl('c')), Some(Action::Quit), "{context:?}");
        assert_eq!(
            HOME.action_for(context, ctrl('z')),
            Some(Action::Suspend),
            "{context:?}"
        );
    }
    assert_eq!(
        HOME.action_for(Context::Home, ctrl('t')),
        None,
        "Ctrl is not the plain key"
    );
}

#[test]
fn the_kiosk_has_no_key_that_quits_or_suspends_and_does_not_offer_one() {
    for context in [Context::Home, Context::Point, Context::Quiz, Context::Help] {
        assert_eq!(KIOSK.action_for(context, key(KeyCode::Char('q'))), None);
        assert_eq!(KIOSK.action_for(context, ctrl('c')), None);
        assert_eq!(KIOSK.action_for(context, ctrl('z')), None);
        assert!(KIOSK.bindings(context).all(|b| b.action != Action::Quit));
    }
    assert!(HOME.footer(Context::Home).any(|b| b.action == Action::Quit));
    assert_eq!(
        KIOSK.action_for(Context::Home, key(KeyCode::Char('!'))),
        Some(Action::Sos)
    );
}

#[test]
fn views_name_the_key_the_table_binds() {
    assert_eq!(HOME.label(Context::Help, Action::Back), "Esc");
    assert_eq!(HOME.label(Context::Home, Action::Sos), "!");
    assert_eq!(HOME.label(Context::Readiness, Action::Yes), "y");
    assert_eq!(KIOSK.label(Context::Home, Action::Quit), "", "nothing to name");
}

#[test]
fn a_key_an_overlay_takes_over_is_not_also_offered_as_the_global() {
    // In SOS, `!` closes it; in help, `?` does: neither is "open SOS/help".
    assert!(HOME.bindings(Context::Sos).all(|b| b.action != Action::Sos));
    assert!(HOME.bindings(Context::Help).all(|b| b.action != Action::Help));
    assert_eq!(
        HOME.action_for(Context::Sos, key(KeyCode::Char('!'))),
        Some(Action::Back)
    );
    assert!(HOME.footer(Context::Home).any(|b| b.action == Action::Sos));
}

#[test]
fn sos_opens_from_a_form_field_being_typed_into() {
    assert_eq!(
        HOME.action_for(Context::PlanEditing, key(KeyCode::Char('!'))),
        Some(Action::Sos)
    );
}

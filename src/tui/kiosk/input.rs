//! The one place kiosk state changes: keys, touches and time in, effects
//! out. Keys that would leave or suspend a terminal program are swallowed
//! here, before the guide ever sees them.

use std::time::Instant;

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::pin_pad::{HOLD, PadResult, PinPad};
use super::state::{Effect, Kiosk, Stage, Target};
use crate::kiosk::idle::Phase;
use crate::tui::action::{Action, Msg};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KioskMsg {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize(u16, u16),
    Tick(Instant),
}

pub fn update(k: &mut Kiosk<'_>, msg: KioskMsg) -> Vec<Effect> {
    match msg {
        KioskMsg::Tick(now) => tick(k, now),
        KioskMsg::Resize(w, h) => {
            k.size = (w, h);
            let area = k.guide_area();
            send(k, Msg::Resize(area.width, area.height))
        }
        KioskMsg::Key(key) if key.kind == KeyEventKind::Release => Vec::new(),
        // Whether the countdown is showing is read before the input counts as
        // activity (which ends it): the input that cancels the countdown must
        // not also act on the guide the visitor can no longer see.
        KioskMsg::Key(key) => {
            let counting = k.warning().is_some();
            k.idle.activity(k.now);
            key_press(k, key, counting)
        }
        KioskMsg::Mouse(mouse) => {
            let counting = k.warning().is_some();
            pointer(k, mouse, counting)
        }
    }
}

fn tick(k: &mut Kiosk<'_>, now: Instant) -> Vec<Effect> {
    k.now = now;
    // A pad left open is closed like an abandoned visit.
    if k.pad.is_some() && k.idle.phase(now) == Phase::Expired {
        k.pad = None;
    }
    match (&k.stage, k.idle.phase(now)) {
        (Stage::Visit(_), Phase::Expired) => k.reset(),
        (Stage::Visit(_), _) => {
            let ms = now.saturating_duration_since(k.visit_started).as_millis();
            send(k, Msg::Tick(u64::try_from(ms).unwrap_or(u64::MAX)))
        }
        _ => Vec::new(),
    }
}

/// Ctrl chords that end, suspend or signal a terminal program. None may
/// leave a kiosk; they are swallowed before the guide sees them. (The
/// guide's own quit and suspend keys are already out of its keymap in kiosk
/// mode, so `q` is only a letter here, and types into a search.)
pub fn locked(key: &KeyEvent) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL)
        && matches!(key.code, KeyCode::Char(c) if matches!(c.to_ascii_lowercase(), 'c' | 'z' | '\\' | 'd' | 'q' | '4'))
}

fn operator_chord(key: &KeyEvent) -> bool {
    key.code == KeyCode::Char('p') && key.modifiers.contains(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

fn key_press(k: &mut Kiosk<'_>, key: KeyEvent, counting: bool) -> Vec<Effect> {
    if k.pad.is_some() {
        return pad_key(k, key);
    }
    if operator_chord(&key) {
        open_pad(k);
        return Vec::new();
    }
    if locked(&key) {
        return Vec::new();
    }
    if key.code == KeyCode::F(2) {
        return vec![Effect::Repeat];
    }
    // The countdown takes the key that cancels it.
    match &k.stage {
        Stage::Maintenance => Vec::new(),
        Stage::Attract => {
            let locale = k.config.start;
            k.start(locale)
        }
        Stage::Visit(_) if counting => Vec::new(),
        Stage::Visit(v) if matches!(key.code, KeyCode::Esc | KeyCode::Backspace | KeyCode::Left) && v.at_top() => {
            Vec::new()
        }
        Stage::Visit(_) => send(k, Msg::Key(key)),
    }
}

fn pointer(k: &mut Kiosk<'_>, mouse: MouseEvent, counting: bool) -> Vec<Effect> {
    let (col, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            k.idle.activity(k.now);
            k.press = Some((col, row, k.now));
            match k.target_at(col, row) {
                Some(Target::Title) => Vec::new(),
                Some(target) => tap(k, target),
                None if k.pad.is_some() || counting => Vec::new(),
                None => match &k.stage {
                    Stage::Attract => {
                        let locale = k.config.start;
                        k.start(locale)
                    }
                    Stage::Visit(_) => send(k, Msg::Mouse(mouse)),
                    Stage::Maintenance => Vec::new(),
                },
            }
        }
        MouseEventKind::Up(MouseButton::Left) => {
            let held = k.press.take();
            if let Some((c, r, at)) = held
                && k.target_at(c, r) == Some(Target::Title)
            {
                if k.now.saturating_duration_since(at) >= HOLD {
                    open_pad(k);
                } else if matches!(k.stage, Stage::Attract) {
                    let locale = k.config.start;
                    return k.start(locale);
                }
            }
            Vec::new()
        }
        // A finger dragged up scrolls the text up, as on a phone.
        MouseEventKind::Drag(MouseButton::Left) => {
            k.idle.activity(k.now);
            let Some((c, last_row, at)) = k.press else {
                return Vec::new();
            };
            k.press = Some((c, row, at));
            let action = if row < last_row {
                Action::ScrollDown
            } else {
                Action::ScrollUp
            };
            (0..row.abs_diff(last_row)).flat_map(|_| act(k, action)).collect()
        }
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            k.idle.activity(k.now);
            if k.pad.is_some() || counting {
                return Vec::new();
            }
            send(k, Msg::Mouse(mouse))
        }
        _ => Vec::new(),
    }
}

fn tap(k: &mut Kiosk<'_>, target: Target) -> Vec<Effect> {
    let (said, events) = match target {
        Target::Start(locale) => return k.start(locale),
        Target::StillHere | Target::Title => return Vec::new(),
        Target::Repeat => return vec![Effect::Repeat],
        Target::Digit(d) => return pad_key(k, KeyEvent::from(KeyCode::Char(char::from(b'0' + d)))),
        Target::Delete => return pad_key(k, KeyEvent::from(KeyCode::Backspace)),
        Target::Enter => return pad_key(k, KeyEvent::from(KeyCode::Enter)),
        Target::Cancel => return pad_key(k, KeyEvent::from(KeyCode::Esc)),
        Target::Back => visit_call(k, |v| v.back()),
        Target::Home => visit_call(k, |v| v.home()),
        Target::Language => visit_call(k, |v| v.act(Action::ToggleLanguage)),
        Target::Sos => visit_call(k, |v| v.act(Action::Sos)),
    };
    effects(k, said, events)
}

fn visit_call(
    k: &mut Kiosk<'_>,
    f: impl FnOnce(&mut super::visit::Visit<'_>) -> (Vec<crate::stats::Event>, Option<String>),
) -> (Option<String>, Vec<crate::stats::Event>) {
    match &mut k.stage {
        Stage::Visit(v) => {
            let (events, said) = f(v);
            (said, events)
        }
        _ => (None, Vec::new()),
    }
}

fn send(k: &mut Kiosk<'_>, msg: Msg) -> Vec<Effect> {
    let (said, events) = visit_call(k, |v| v.send(msg));
    effects(k, said, events)
}

fn act(k: &mut Kiosk<'_>, action: Action) -> Vec<Effect> {
    let (said, events) = visit_call(k, |v| v.act(action));
    effects(k, said, events)
}

fn effects(k: &Kiosk<'_>, said: Option<String>, events: Vec<crate::stats::Event>) -> Vec<Effect> {
    let mut out: Vec<Effect> = events.into_iter().map(Effect::Stat).collect();
    out.extend(said.map(|s| Effect::Speak(k.locale(), s)));
    out
}

fn open_pad(k: &mut Kiosk<'_>) {
    if k.config.pin.is_some() && !k.lockout.locked(k.now) {
        k.pad = Some(PinPad::default());
    }
}

fn pad_key(k: &mut Kiosk<'_>, key: KeyEvent) -> Vec<Effect> {
    let (Some(pad), Some(hash)) = (&mut k.pad, &k.config.pin) else {
        return Vec::new();
    };
    match key.code {
        KeyCode::Char(c @ '0'..='9') => pad.digit(c as u8 - b'0'),
        KeyCode::Backspace => pad.delete(),
        KeyCode::Esc => k.pad = None,
        KeyCode::Enter => match pad.submit(hash, &mut k.lockout, k.now) {
            PadResult::Exit => return vec![Effect::Exit],
            PadResult::Close => k.pad = None,
            PadResult::Open => {}
        },
        _ => {}
    }
    Vec::new()
}

//! One keymap: a table of keys per place a key can be pressed, with a mode
//! that takes out what must not work there (the kiosk locks quitting and
//! suspending). It drives dispatch, the footer, help and every key named
//! on screen, so none of them can disagree.

mod practise;
mod prepare;
mod tables;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::content::Locale;

/// Where a key is pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    Home,
    List,
    Point,
    Search,
    Sos,
    Help,
    Quiz,
    /// A question answered: its verdict and explanation are showing.
    QuizAnswered,
    QuizResult,
    Readiness,
    ReadinessResult,
    Checklist,
    /// A checklist with quantities, which scale with the household.
    ChecklistScaled,
    /// The same two at home, where items take dates (never in the kiosk).
    ChecklistPersonal,
    ChecklistScaledPersonal,
    /// A date being entered in a checklist.
    DateField,
    /// What is due.
    Due,
    /// The family plan's details, and one of them being typed.
    Plan,
    PlanEditing,
    /// The list of drills.
    DrillList,
    /// A drill's situation and its choices: how many (2 to 4).
    Drill(u8),
    /// A drill's outcome, the path taken and links to the points.
    DrillEnd,
}

pub struct Binding {
    pub keys: &'static [KeyCode],
    /// Pressed with Ctrl.
    pub ctrl: bool,
    pub action: Action,
    /// The key's place in `keys` is the action's number: `3` chooses the
    /// third option, follows the third link, types the digit.
    pub numbered: bool,
    /// How the keys are written in the footer and help ("" = not shown).
    pub label: &'static str,
    pub en: &'static str,
    pub zh: &'static str,
    /// Worth a place in the footer, not only in help.
    pub footer: bool,
}

impl Binding {
    pub fn describe(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => self.en,
            Locale::ZhHans => self.zh,
        }
    }

    /// As `describe`, for a screen that can draw only Latin text (the Linux
    /// console): the Chinese name of the language key becomes "Chinese".
    pub fn describe_on(&self, locale: Locale, latin_only: bool) -> &'static str {
        match self.describe(locale) {
            "中文" if latin_only => "Chinese",
            text => text,
        }
    }

    /// The action this binding gives `code`, if `code` is one of its keys.
    fn action_for(&self, code: KeyCode) -> Option<Action> {
        let at = self.keys.iter().position(|&k| k == code)?;
        Some(if self.numbered {
            self.action.numbered(at)
        } else {
            self.action
        })
    }
}

const fn bind(
    keys: &'static [KeyCode],
    action: Action,
    label: &'static str,
    en: &'static str,
    zh: &'static str,
    footer: bool,
) -> Binding {
    Binding {
        keys,
        ctrl: false,
        action,
        numbered: false,
        label,
        en,
        zh,
        footer,
    }
}

/// A run of number keys, each giving the action its own number.
const fn numbered(
    keys: &'static [KeyCode],
    action: Action,
    label: &'static str,
    en: &'static str,
    zh: &'static str,
    footer: bool,
) -> Binding {
    Binding {
        numbered: true,
        ..bind(keys, action, label, en, zh, footer)
    }
}

/// A Ctrl chord, not named in the footer or help.
const fn ctrl(keys: &'static [KeyCode], action: Action) -> Binding {
    Binding {
        ctrl: true,
        ..bind(keys, action, "", "", "", false)
    }
}

/// Who the keys are for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Someone's own terminal: every key.
    Home,
    /// A public kiosk: nothing that would leave or suspend the program.
    Kiosk,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Keymap {
    pub mode: Mode,
}

impl Keymap {
    pub const fn new(mode: Mode) -> Keymap {
        Keymap { mode }
    }

    fn allows(&self, action: Action) -> bool {
        self.mode == Mode::Home || !matches!(action, Action::Quit | Action::Suspend)
    }

    /// Every binding that works here, the screen's own first: for dispatch
    /// and for help.
    pub fn bindings(&self, context: Context) -> impl Iterator<Item = &'static Binding> + '_ {
        let own = screen(context);
        // A global key the screen binds otherwise is the screen's (`!`
        // closes SOS, `?` closes help): it is neither dispatched nor shown
        // as the global.
        let shadowed = move |g: &Binding| {
            own.iter()
                .any(|b| b.ctrl == g.ctrl && b.keys.iter().any(|k| g.keys.contains(k)))
        };
        tables::ALWAYS
            .iter()
            .chain(own)
            .chain(globals(context).iter().filter(move |g| !shadowed(g)))
            .filter(|b| self.allows(b.action))
    }

    /// The bindings worth naming in the footer, in order.
    pub fn footer(&self, context: Context) -> impl Iterator<Item = &'static Binding> + '_ {
        self.bindings(context).filter(|b| b.footer)
    }

    /// How the key for `action` is written here ("Esc", "!", "y"), for the
    /// views that name a key beside a button.
    pub fn label(&self, context: Context, action: Action) -> &'static str {
        self.bindings(context)
            .find(|b| b.action == action && !b.label.is_empty())
            .map_or("", |b| b.label)
    }

    /// The action a key press means here, if any.
    pub fn action_for(&self, context: Context, key: KeyEvent) -> Option<Action> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        self.bindings(context)
            .filter(|b| b.ctrl == ctrl)
            .find_map(|b| b.action_for(key.code))
    }
}

fn screen(context: Context) -> &'static [Binding] {
    use practise::*;
    use prepare::*;
    use tables::*;
    match context {
        Context::Home => HOME,
        Context::List => LIST,
        Context::Point => POINT,
        Context::Search => SEARCH,
        Context::Sos => SOS,
        Context::Help => HELP,
        Context::Quiz => QUIZ,
        Context::QuizAnswered => QUIZ_ANSWERED,
        Context::QuizResult => QUIZ_RESULT,
        Context::Readiness => READINESS,
        Context::ReadinessResult => READINESS_RESULT,
        Context::Checklist => CHECKLIST,
        Context::ChecklistScaled => CHECKLIST_SCALED,
        Context::ChecklistPersonal => CHECKLIST_PERSONAL,
        Context::ChecklistScaledPersonal => CHECKLIST_SCALED_PERSONAL,
        Context::DateField => DATE_FIELD,
        Context::Due => DUE,
        Context::Plan => PLAN_FORM,
        Context::PlanEditing => PLAN_EDITING,
        Context::DrillList => DRILL_LIST,
        Context::Drill(2) => &DRILL_2,
        Context::Drill(3) => &DRILL_3,
        Context::Drill(_) => &DRILL_4,
        Context::DrillEnd => DRILL_END,
    }
}

/// The global keys that apply in a context.
fn globals(context: Context) -> &'static [Binding] {
    match context {
        // Typing owns every key.
        Context::Search | Context::PlanEditing => &[],
        // A half-entered date keeps q and L from leaving it by accident.
        Context::DateField => tables::DATE_GLOBAL,
        _ => tables::GLOBAL,
    }
}

#[cfg(test)]
mod tests;

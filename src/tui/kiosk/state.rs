//! The kiosk as state: the attract screen or a visit, the idle countdown,
//! the operator's pad, and what the last frame drew where. Only
//! `update` (in `input.rs`) changes it; time comes in as a message.

use std::time::Instant;

use ratatui::layout::Rect;

use super::pin_pad::{Lockout, PinPad};
use super::visit::Visit;
use crate::content::{Guide, Locale};
use crate::kiosk::Config;
use crate::kiosk::idle::{Idle, Phase};
use crate::stats::Event;
use crate::tui::theme::ThemeName;

/// What the kiosk shows.
pub enum Stage<'g> {
    /// Waiting for a visitor: title, a rotating tip, a button per language.
    Attract,
    /// Someone is using the guide.
    Visit(Box<Visit<'g>>),
    /// The configured content is broken: emergency numbers and CPR only.
    Maintenance,
}

/// Every tappable thing the kiosk itself draws (the guide's own targets
/// live in the guide).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Start(Locale),
    /// The attract title: held for 3 s, it opens the operator's pad.
    Title,
    Back,
    Home,
    Language,
    Sos,
    Repeat,
    StillHere,
    Digit(u8),
    Delete,
    Enter,
    Cancel,
}

/// What the event loop must do for the kiosk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    Stat(Event),
    Speak(Locale, String),
    Repeat,
    Silence,
    /// The operator typed the PIN: leave, restoring the terminal.
    Exit,
}

pub struct Kiosk<'g> {
    pub guide: &'g Guide,
    pub config: Config,
    pub theme: ThemeName,
    pub stage: Stage<'g>,
    pub idle: Idle,
    pub now: Instant,
    /// When the attract screen was last shown: tips rotate from here.
    pub attract_since: Instant,
    pub visit_started: Instant,
    pub pad: Option<PinPad>,
    pub lockout: Lockout,
    /// Where and when the pointer went down, for long presses and drags.
    pub press: Option<(u16, u16, Instant)>,
    pub size: (u16, u16),
    pub hits: Vec<(Rect, Target)>,
    /// Counts visits, to seed each one's quizzes differently.
    pub visits: u64,
    pub seed: u64,
}

impl<'g> Kiosk<'g> {
    pub fn new(guide: &'g Guide, config: Config, theme: ThemeName, broken: bool, now: Instant, seed: u64) -> Kiosk<'g> {
        let idle = Idle::new(config.idle, config.warning, now);
        Kiosk {
            guide,
            config,
            theme,
            stage: if broken { Stage::Maintenance } else { Stage::Attract },
            idle,
            now,
            attract_since: now,
            visit_started: now,
            pad: None,
            lockout: Lockout::default(),
            press: None,
            size: (80, 24),
            hits: Vec::new(),
            visits: 0,
            seed,
        }
    }

    /// Everything the passing of time alone changes on screen: the stage,
    /// the attract screen's tip, the countdown, the SOS beat, the PIN pad's
    /// lockout. The loop redraws on a tick only when this changes.
    pub fn clock_face(&self) -> (u8, usize, Option<u64>, Option<bool>, bool) {
        let (stage, tip, beat) = match &self.stage {
            Stage::Attract => (0, super::attract::tip_index(self.guide, self), None),
            Stage::Visit(v) => (1, 0, v.clock_face()),
            Stage::Maintenance => (2, 0, None),
        };
        (stage, tip, self.warning(), beat, self.lockout.locked(self.now))
    }

    /// The countdown, if one is showing.
    pub fn warning(&self) -> Option<u64> {
        match (&self.stage, self.idle.phase(self.now)) {
            (Stage::Visit(_), Phase::Warning { seconds_left }) => Some(seconds_left),
            _ => None,
        }
    }

    /// Rows the button bar takes: big targets where there is room.
    pub fn bar_height(&self) -> u16 {
        if self.size.1 >= 20 { 3 } else { 1 }
    }

    /// The guide's area. The bar covers the guide's last row, its list of
    /// keyboard hints, which a touch screen does not need; so even at the
    /// smallest size the guide keeps the rows it must have.
    pub fn guide_area(&self) -> Rect {
        let h = self.size.1.saturating_sub(self.bar_height()) + 1;
        Rect::new(0, 0, self.size.0, h.min(self.size.1))
    }

    /// The language the kiosk speaks now: the visitor's, or the default.
    pub fn locale(&self) -> Locale {
        match &self.stage {
            Stage::Visit(v) => v.locale(),
            _ => self.config.start,
        }
    }

    pub fn target_at(&self, column: u16, row: u16) -> Option<Target> {
        let p = ratatui::layout::Position::new(column, row);
        self.hits.iter().rev().find(|(r, _)| r.contains(p)).map(|(_, t)| *t)
    }

    /// Starts a visit in `locale`: a fresh guide, nothing carried over.
    pub fn start(&mut self, locale: Locale) -> Vec<Effect> {
        self.visits += 1;
        let area = self.guide_area();
        let seed = self.seed.wrapping_add(self.visits);
        let visit = Visit::new(self.guide, locale, self.theme, seed, (area.width, area.height));
        let said = visit.focus();
        self.stage = Stage::Visit(Box::new(visit));
        self.idle.activity(self.now);
        self.visit_started = self.now;
        let mut effects = vec![Effect::Stat(Event::SessionStart)];
        effects.extend(said.map(|s| Effect::Speak(locale, s)));
        effects
    }

    /// The visitor walked away: wipe everything of theirs. The visit is
    /// dropped whole, so there is no list of fields to forget to clear.
    pub fn reset(&mut self) -> Vec<Effect> {
        let seconds = self.now.saturating_duration_since(self.visit_started).as_secs();
        self.stage = Stage::Attract;
        self.pad = None;
        self.press = None;
        self.attract_since = self.now;
        vec![
            Effect::Silence,
            Effect::Stat(Event::IdleReset),
            Effect::Stat(Event::SessionEnd { seconds }),
        ]
    }
}

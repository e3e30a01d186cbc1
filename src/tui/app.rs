//! The state of the interactive guide, in four parts that change for
//! different reasons: what the run was started with (`Config`), what the
//! world reports (`Env`), everything the person did (`Session`), and what
//! the last frame drew where (`LastFrame`). Only `update` changes it.
//!
//! Everything a visitor did lives in `Session`, so starting afresh (a kiosk
//! reset, a new visitor) is one assignment: `app.session = Session::new(..)`.

use std::cell::OnceCell;

use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::keymap::{Context, Keymap, Mode};
use super::screens::{ListKind, PractiseRow, Screen};
use super::theme::{Theme, ThemeName};
use crate::content::{Guide, Locale};
use crate::progress::{Progress, ReadCounts};
use crate::search::Index;

/// Fixed for the whole run.
pub struct Config<'g> {
    pub guide: &'g Guide,
    /// Built the first time search opens: most visits never search, and at
    /// thousands of points it would delay the first frame.
    pub index: OnceCell<Index>,
    pub theme: Theme,
    /// Dates and the family plan's details are offered. Off in the kiosk,
    /// where nothing personal may be entered or shown.
    pub personal: bool,
    /// The keys, and what the mode (home or kiosk) leaves out of them.
    pub keymap: Keymap,
    /// Seeds quizzes: the n-th quiz of a session uses `seed + n`, so
    /// `--seed` reproduces a whole session.
    pub seed: u64,
}

/// What the outside world reports: time and the terminal's size.
pub struct Env {
    pub now_ms: u64,
    /// The terminal's size, from the last resize (none before the first).
    pub size: Option<(u16, u16)>,
    /// The day due dates are counted from.
    pub today: jiff::civil::Date,
}

/// Everything one person did: where they are, what they answered, ticked
/// and read, the language they chose.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub locale: Locale,
    /// The places visited; Back returns exactly where the reader came from.
    pub stack: Vec<Screen>,
    pub overlay: Option<Overlay>,
    pub progress: Progress,
    /// Points read per category and hazard class, moved as a point is read.
    pub read_counts: ReadCounts,
    /// A one-line message shown until the next key (a corrupt save file …).
    pub notice: Option<String>,
    /// Quizzes started, so each one is shuffled differently.
    pub quizzes: u64,
}

impl Session {
    /// A session at home, with this progress (from disk at home, empty in a
    /// kiosk).
    pub fn new(guide: &Guide, locale: Locale, progress: Progress) -> Session {
        Session {
            locale,
            stack: vec![Screen::home()],
            overlay: None,
            read_counts: ReadCounts::new(guide, &progress.read),
            progress,
            notice: None,
            quizzes: 0,
        }
    }

    pub fn screen(&self) -> &Screen {
        // The stack is never empty: Back stops at home.
        self.stack.last().unwrap_or(&HOME)
    }
}

static HOME: Screen = Screen::home();

/// A layer over the current screen, closed with one key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// The keys of the screen underneath, scrolled by `scroll` lines.
    Help { scroll: usize },
    /// Emergency numbers and CPR; `since_ms` starts the compression beat,
    /// `scroll` moves the steps under the pinned numbers and beat.
    Sos { since_ms: u64, scroll: usize },
}

/// What the last frame drew where, for the mouse: a click can only land on
/// something drawn.
#[derive(Clone, Debug, Default)]
pub struct LastFrame {
    /// The window was big enough to lay the screen out (not "too small").
    pub laid_out: bool,
    pub hits: Vec<(Rect, Action)>,
    /// Lines the point document has, can scroll by, and where each heading
    /// is.
    pub lines: usize,
    pub max_scroll: usize,
    pub page: usize,
    pub sections: Vec<usize>,
    pub cursor: Option<Position>,
    /// Lines the open overlay (SOS or help) can scroll by.
    pub overlay_max_scroll: usize,
}

impl LastFrame {
    /// The action under a click, topmost (last drawn) first.
    pub fn action_at(&self, column: u16, row: u16) -> Option<Action> {
        let p = Position::new(column, row);
        self.hits.iter().rev().find(|(r, _)| r.contains(p)).map(|(_, a)| *a)
    }
}

pub struct App<'g> {
    pub config: Config<'g>,
    pub env: Env,
    pub session: Session,
    pub frame: LastFrame,
}

impl<'g> App<'g> {
    pub fn new(guide: &'g Guide, locale: Locale, theme: ThemeName, progress: Progress) -> App<'g> {
        App {
            config: Config {
                guide,
                index: OnceCell::new(),
                theme: Theme::new(theme),
                personal: true,
                keymap: Keymap::new(Mode::Home),
                seed: 0,
            },
            env: Env {
                now_ms: 0,
                size: None,
                // The one clock read here; tests set their own day.
                today: crate::upkeep::today(),
            },
            session: Session::new(guide, locale, progress),
            frame: LastFrame::default(),
        }
    }

    /// Keeps what the frame just drawn put where, for clicks.
    pub fn keep_frame(&mut self, last: LastFrame) {
        self.frame = last;
    }

    pub fn guide(&self) -> &'g Guide {
        self.config.guide
    }

    pub fn screen(&self) -> &Screen {
        self.session.screen()
    }

    /// Where keys are going: an overlay first, then the current screen.
    pub fn context(&self) -> Context {
        match self.session.overlay {
            Some(Overlay::Help { .. }) => Context::Help,
            Some(Overlay::Sos { .. }) => Context::Sos,
            None => self.screen().context(self.config.guide, self.config.personal),
        }
    }

    /// What the passing of time alone changes on screen: the SOS beat light
    /// while SOS is open, nothing otherwise. The loop redraws on a tick only
    /// when this changes, so an idle guide costs nothing.
    pub fn clock_face(&self) -> Option<bool> {
        match self.session.overlay {
            Some(Overlay::Sos { since_ms, .. }) => Some(super::overlays::sos::beat_on(self.env.now_ms, since_ms)),
            _ => None,
        }
    }

    /// The points a list screen shows, in order, as indexes into the guide.
    pub fn list_points(&self, kind: ListKind) -> &'g [usize] {
        super::screens::list::points(self.config.guide, kind)
    }

    pub fn practise_rows(&self) -> Vec<PractiseRow> {
        super::screens::home::practise_rows(
            self.config.guide,
            &self.session.progress,
            self.config.personal,
            self.env.today,
        )
    }

    /// How many of a list's points have been read.
    pub fn read_count(&self, kind: ListKind) -> (usize, usize) {
        let read = match kind {
            ListKind::Category(c) => self.session.read_counts.category(c),
            ListKind::Hazard(h) => self.session.read_counts.hazard(h),
        };
        (read, self.list_points(kind).len())
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;

    use super::LastFrame;
    use crate::tui::action::Action;

    #[test]
    fn a_click_lands_on_what_was_drawn_there_topmost_first() {
        let frame = LastFrame {
            hits: vec![
                (Rect::new(0, 5, 40, 1), Action::OpenRow(3)),
                // An overlay drawn later covers the row.
                (Rect::new(10, 0, 20, 10), Action::Ignore),
            ],
            ..LastFrame::default()
        };
        assert_eq!(frame.action_at(0, 5), Some(Action::OpenRow(3)));
        assert_eq!(frame.action_at(39, 5), Some(Action::OpenRow(3)), "the row's last cell");
        assert_eq!(frame.action_at(40, 5), None, "one past its end is nothing");
        assert_eq!(frame.action_at(15, 5), Some(Action::Ignore), "the overlay on top wins");
        assert_eq!(frame.action_at(15, 10), None);
    }
}

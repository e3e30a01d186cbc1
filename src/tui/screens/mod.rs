//! One module per screen. Each owns its state, its part of `update` (which
//! says whether it handled an action) and its drawing; this file only
//! delegates to them. A screen never reaches into another: what it cannot
//! do itself it asks for with an `Outcome` (push a screen, go back).

pub mod checklist;
pub mod drill;
pub mod drills;
pub mod due;
pub mod home;
pub mod list;
pub mod plan;
pub mod point;
pub mod quiz;
pub mod readiness;
pub mod search;

pub use checklist::{ChecklistState, DateField, DateTarget};
pub use drill::DrillState;
pub use drills::DrillsState;
pub use due::DueState;
pub use home::{HomeColumn, HomeState, PractiseRow};
pub use list::{ListKind, ListState};
pub use plan::PlanState;
pub use point::PointState;
pub use quiz::QuizState;
pub use readiness::ReadinessState;
pub use search::SearchState;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::action::Action;
use super::app::{App, Config, Env, LastFrame};
use super::effect::Effect;
use super::keymap::Context;
use crate::content::{Guide, Locale};
use crate::progress::Progress;

/// A place in the guide.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Home(HomeState),
    List(ListState),
    Point(PointState),
    Search(SearchState),
    Quiz(QuizState),
    Readiness(ReadinessState),
    Checklist(ChecklistState),
    /// What is due this month or overdue, soonest first.
    Due(DueState),
    /// The family plan's own details, as a form.
    Plan(PlanState),
    /// The list of drills.
    Drills(DrillsState),
    Drill(DrillState),
}

/// What a screen did with an action.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    /// Not this screen's: the global keys may take it.
    Ignored,
    Handled,
    /// Open a screen above this one.
    Push(Screen),
    /// Leave this screen.
    Pop,
    /// Leave this screen for another in its place.
    Replace(Screen),
}

/// What a screen may read and change besides its own state.
pub struct Cx<'a, 'g> {
    pub guide: &'g Guide,
    pub config: &'a Config<'g>,
    pub env: &'a Env,
    /// The current state laid out at the current size (`layout::measure`),
    /// for the actions that page or scroll; empty for the others.
    pub layout: &'a LastFrame,
    pub locale: Locale,
    pub progress: &'a mut Progress,
    pub read_counts: &'a mut crate::progress::ReadCounts,
    pub quizzes: &'a mut u64,
    pub notice: &'a mut Option<String>,
    pub effects: &'a mut Vec<Effect>,
}

impl Cx<'_, '_> {
    /// Progress changed: the loop saves it after the next frame.
    pub fn save(&mut self) {
        if !self.effects.contains(&Effect::Save) {
            self.effects.push(Effect::Save);
        }
    }

    /// Lines a page key moves.
    pub fn page(&self) -> usize {
        self.layout.page.max(1)
    }
}

impl Screen {
    pub const fn home() -> Screen {
        Screen::Home(HomeState {
            column: HomeColumn::Categories,
            selected: 0,
        })
    }

    pub fn update(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        match self {
            Screen::Home(s) => s.update(cx, action),
            Screen::List(s) => s.update(cx, action),
            Screen::Point(s) => s.update(cx, action),
            Screen::Search(s) => s.update(cx, action),
            Screen::Quiz(s) => s.update(cx, action),
            Screen::Readiness(s) => s.update(cx, action),
            Screen::Checklist(s) => s.update(cx, action),
            Screen::Due(s) => s.update(cx, action),
            Screen::Plan(s) => s.update(cx, action),
            Screen::Drills(s) => s.update(cx, action),
            Screen::Drill(s) => s.update(cx, action),
        }
    }

    /// Which keys apply here (overlays aside).
    pub fn context(&self, guide: &Guide, personal: bool) -> Context {
        match self {
            Screen::Home(_) => Context::Home,
            Screen::List(_) => Context::List,
            Screen::Point(_) => Context::Point,
            Screen::Search(_) => Context::Search,
            Screen::Quiz(s) => s.context(guide),
            Screen::Readiness(s) => s.context(guide),
            Screen::Checklist(s) => s.context(guide, personal),
            Screen::Due(_) => Context::Due,
            Screen::Plan(s) => s.context(),
            Screen::Drills(_) => Context::DrillList,
            Screen::Drill(s) => s.context(guide),
        }
    }

    pub fn draw(&self, app: &App<'_>, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
        match self {
            Screen::Home(s) => home::view::draw(app, s, frame, area, last),
            Screen::List(s) => list::draw(app, s, frame, area, last),
            Screen::Point(s) => point::view::draw(app, s, frame, area, last),
            Screen::Search(s) => search::draw(app, s, frame, area, last),
            Screen::Quiz(s) => quiz::view::draw(app, s, frame, area, last),
            Screen::Readiness(s) => readiness::draw(app, s, frame, area, last),
            Screen::Checklist(s) => checklist::view::draw(app, s, frame, area, last),
            Screen::Due(s) => due::draw(app, s, frame, area, last),
            Screen::Plan(s) => plan::draw(app, s, frame, area, last),
            Screen::Drills(s) => drills::draw(app, s, frame, area, last),
            Screen::Drill(s) => drill::view::draw(app, s, frame, area, last),
        }
    }
}

/// A highlighted row moved by a key, kept within `count` rows.
pub fn moved(current: usize, action: Action, page: usize, count: usize) -> usize {
    let max = count.saturating_sub(1);
    match action {
        Action::Up => current.saturating_sub(1),
        Action::Down => current + 1,
        Action::PageUp => current.saturating_sub(page),
        Action::PageDown => current + page,
        Action::Top => 0,
        Action::Bottom => max,
        _ => current,
    }
    .min(max)
}

/// Lines a wheel notch scrolls.
pub const WHEEL: usize = 3;

/// The moves every list screen shares: arrows, pages, ends and the wheel.
/// True if the action was one of them.
pub fn move_in_list(selected: &mut usize, action: Action, page: usize, count: usize) -> bool {
    let (step, times) = match action {
        Action::ScrollDown => (Action::Down, WHEEL),
        Action::ScrollUp => (Action::Up, WHEEL),
        Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Top | Action::Bottom => (action, 1),
        _ => return false,
    };
    for _ in 0..times {
        *selected = moved(*selected, step, page, count);
    }
    true
}

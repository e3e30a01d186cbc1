//! The state of the interactive guide. Everything the screen shows is
//! derived from this; only `update` changes it.

use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::theme::{Theme, ThemeName};
use crate::content::{Guide, Locale};
use crate::progress::{Progress, ReadCounts};
use crate::quiz::Session;
use crate::search::{Hit, Index, Narrowing};

/// A place in the guide. The app keeps a stack of them, so Back returns
/// exactly where the reader came from.
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HomeColumn {
    Categories,
    Hazards,
    Practise,
}

/// The rows of home's third column: practising and preparing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PractiseRow {
    SelfCheck,
    Mistakes,
    Drills,
    Readiness,
    Checklist(usize),
    /// "3 items due this month": shown only when something is.
    Due,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HomeState {
    pub column: HomeColumn,
    pub selected: usize,
}

/// Which points a list shows: one category's, or one hazard class's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    Category(usize),
    Hazard(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ListState {
    pub kind: ListKind,
    pub selected: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PointState {
    /// Index into `Guide::points`.
    pub point: usize,
    /// First line shown of the point's document.
    pub scroll: usize,
    /// The section last jumped to with Tab or a click. Near the end of a
    /// point several sections fit on one screen, so the scroll position
    /// alone cannot say which one the reader chose.
    pub section: Option<usize>,
    /// After a resize, the place to keep: a section and how far into it
    /// (per mille), since line numbers change when lines re-wrap.
    pub anchor: Option<(usize, u16)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SearchState {
    pub query: String,
    pub results: Vec<Hit>,
    pub selected: usize,
    /// What the last key's search was, so the next key can look only among
    /// its hits.
    pub narrowing: Narrowing,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuizState {
    pub session: Session,
    /// The question being asked (== items.len() once finished).
    pub current: usize,
    /// The highlighted missed question on the result screen.
    pub cursor: usize,
    /// The highlighted option (displayed position), once arrows moved it:
    /// none at first, so a stray Enter answers nothing.
    pub choice: Option<usize>,
    /// Options toggled on a multiple-answer question.
    pub toggled: Vec<bool>,
    /// Set once the current question is answered: show right or wrong.
    pub answered: bool,
    /// Lines scrolled back from the verdict, to see the question and its
    /// marks again on a small screen.
    pub back: usize,
    /// Saved to progress already (on finishing).
    pub recorded: bool,
    /// What is asked: where the score is kept, if anywhere.
    pub scope: crate::quiz::Scope,
}

impl QuizState {
    pub fn new(session: Session, scope: crate::quiz::Scope) -> QuizState {
        QuizState {
            session,
            current: 0,
            cursor: 0,
            choice: None,
            toggled: Vec::new(),
            answered: false,
            back: 0,
            recorded: false,
            scope,
        }
    }

    pub fn finished(&self) -> bool {
        self.current >= self.session.items.len()
    }

    /// Counts towards a score (not a review of mistakes).
    pub fn scored(&self) -> bool {
        self.scope.key().is_some()
    }

    /// Questions answered so far.
    pub fn answered_count(&self) -> usize {
        self.session.answers.iter().flatten().count()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReadinessState {
    /// The question being asked (== questions.len() once finished).
    pub current: usize,
    /// On the result, the highlighted "no" to fix.
    pub cursor: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChecklistState {
    /// Index into `Guide::checklists`.
    pub checklist: usize,
    /// Index of the highlighted item across all sections.
    pub selected: usize,
    /// A date being entered, for an item or the recurring check.
    pub date: Option<DateField>,
}

impl ChecklistState {
    pub fn new(checklist: usize, selected: usize) -> ChecklistState {
        ChecklistState {
            checklist,
            selected,
            date: None,
        }
    }
}

pub use super::date_field::{DateField, DateTarget};

#[derive(Clone, Debug, PartialEq)]
pub struct DueState {
    pub selected: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlanState {
    /// Index into `upkeep::plan::Field::all()`.
    pub selected: usize,
    /// The text being typed into the selected field, if editing.
    pub editing: Option<String>,
    /// Why the last value typed could not be kept.
    pub invalid: Option<crate::upkeep::plan::Invalid>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DrillsState {
    pub selected: usize,
}

/// A drill under way or ended. The feedback on the last choice shows above
/// the next situation, so a choice never needs a second key to go on.
#[derive(Clone, Debug, PartialEq)]
pub struct DrillState {
    /// Index into `Guide::drills`.
    pub drill: usize,
    pub walk: crate::drill::Walk,
    /// The highlighted choice, once arrows moved it: none at first, so a
    /// stray Enter chooses nothing. At the end: the highlighted point link.
    pub choice: Option<usize>,
    /// Lines scrolled back up at the end, to see the path on a small screen.
    pub back: usize,
}

impl DrillState {
    pub fn new(drill: usize, walk: crate::drill::Walk) -> DrillState {
        DrillState {
            drill,
            walk,
            choice: None,
            back: 0,
        }
    }
}

/// A layer over the current screen, closed with one key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// The keys of the screen underneath, scrolled by `scroll` lines.
    Help { scroll: usize },
    /// Emergency numbers and CPR; `since_ms` starts the compression beat,
    /// `scroll` moves the steps under the pinned numbers and beat.
    Sos { since_ms: u64, scroll: usize },
}

/// What the last frame drew, for the mouse and for scrolling: where each
/// clickable thing is, and how tall the point document turned out.
#[derive(Clone, Debug, Default)]
pub struct LastFrame {
    /// The window was big enough to lay the screen out (not "too small").
    pub laid_out: bool,
    pub hits: Vec<(Rect, Action)>,
    /// Lines the point document can scroll by, and where each heading is.
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
    pub guide: &'g Guide,
    /// Built the first time search opens: most visits never search, and at
    /// thousands of points it would delay the first frame.
    pub index: std::cell::OnceCell<Index>,
    pub locale: Locale,
    pub theme: Theme,
    pub stack: Vec<Screen>,
    pub overlay: Option<Overlay>,
    pub progress: Progress,
    /// Points read per category and hazard class, moved by `mark`.
    pub read_counts: ReadCounts,
    /// Progress changed and should be saved.
    pub dirty: bool,
    /// A one-line message shown until the next key (a corrupt save file …).
    pub notice: Option<String>,
    pub now_ms: u64,
    /// The terminal's size, from the last resize (none before the first).
    pub size: Option<(u16, u16)>,
    /// Seeds quizzes: the n-th quiz of a run uses `seed + n`, so `--seed`
    /// reproduces a whole session.
    pub seed: u64,
    pub quizzes: u64,
    pub last: LastFrame,
    pub quit: bool,
    /// Ctrl-Z was pressed: the loop suspends the process, then redraws.
    pub suspend: bool,
    /// The day due dates are counted from.
    pub today: jiff::civil::Date,
    /// Dates and the family plan's details are offered. Off in the kiosk,
    /// where nothing personal may be entered or shown.
    pub personal: bool,
}

impl<'g> App<'g> {
    /// Keeps what the frame just drawn measured. A new size can make an open
    /// overlay shorter than where it was scrolled to: bring it back to its
    /// end, so the next key moves it at once. (Behind "too small" nothing was
    /// laid out, and the place is kept for when the window grows.)
    pub fn keep_frame(&mut self, last: LastFrame) {
        if last.laid_out
            && let Some(Overlay::Help { scroll } | Overlay::Sos { scroll, .. }) = &mut self.overlay
        {
            *scroll = (*scroll).min(last.overlay_max_scroll);
        }
        self.last = last;
    }

    pub fn new(guide: &'g Guide, locale: Locale, theme: ThemeName, progress: Progress) -> App<'g> {
        App {
            guide,
            index: std::cell::OnceCell::new(),
            locale,
            theme: Theme::new(theme),
            stack: vec![Screen::Home(HomeState {
                column: HomeColumn::Categories,
                selected: 0,
            })],
            overlay: None,
            read_counts: ReadCounts::new(guide, &progress.read),
            progress,
            dirty: false,
            notice: None,
            now_ms: 0,
            size: None,
            seed: 0,
            quizzes: 0,
            last: LastFrame::default(),
            quit: false,
            suspend: false,
            // The one clock read here; tests set their own day.
            today: crate::upkeep::today(),
            personal: true,
        }
    }

    /// Opens the point the reader had open last time, above home and its
    /// category, so Back still leads somewhere sensible.
    pub fn resume(&mut self) {
        use crate::progress::Place;
        let (id, anchor) = match self.progress.place.clone() {
            None => match self.progress.last_point.clone() {
                Some(id) => (id, None),
                None => return,
            },
            Some(Place::Home) => return,
            Some(Place::Point { id, section, within }) => (id, Some((section, within.min(1000)))),
            Some(Place::Checklist { id, selected }) => {
                if let Some(checklist) = self.guide.checklists.iter().position(|c| c.id == id) {
                    self.stack
                        .push(Screen::Checklist(ChecklistState::new(checklist, selected)));
                }
                return;
            }
            Some(Place::Readiness) => {
                if let Some(check) = &self.guide.readiness {
                    let current = check
                        .questions
                        .iter()
                        .position(|q| !self.progress.readiness.contains_key(&q.id))
                        .unwrap_or(check.questions.len());
                    self.stack
                        .push(Screen::Readiness(ReadinessState { current, cursor: 0 }));
                }
                return;
            }
        };
        let Some(point) = self.guide.point_index(&id) else {
            return;
        };
        let category = self.guide.lookup.category(&self.guide.points[point].category);
        if let Some(category) = category {
            let selected = self
                .guide
                .lookup
                .in_category(category)
                .iter()
                .position(|&p| p == point)
                .unwrap_or(0);
            if let Some(Screen::Home(home)) = self.stack.first_mut() {
                home.selected = category;
            }
            self.stack.push(Screen::List(ListState {
                kind: ListKind::Category(category),
                selected,
            }));
        }
        self.stack.push(Screen::Point(PointState {
            point,
            scroll: 0,
            section: anchor.map(|(section, _)| section),
            anchor,
        }));
    }

    /// What the passing of time alone changes on screen: the SOS beat light
    /// while SOS is open, nothing otherwise. The loop redraws on a tick only
    /// when this changes, so an idle guide costs nothing.
    pub fn clock_face(&self) -> Option<bool> {
        match self.overlay {
            Some(Overlay::Sos { since_ms, .. }) => Some(super::view::sos::beat_on(self.now_ms, since_ms)),
            _ => None,
        }
    }

    pub fn screen(&self) -> &Screen {
        // The stack is never empty: Back stops at home.
        self.stack.last().unwrap_or(&HOME)
    }

    pub fn screen_mut(&mut self) -> Option<&mut Screen> {
        self.stack.last_mut()
    }

    /// The points a list screen shows, in order, as indexes into the guide.
    pub fn list_points(&self, kind: ListKind) -> &'g [usize] {
        let guide: &'g Guide = self.guide;
        match kind {
            ListKind::Category(c) => guide.lookup.in_category(c),
            ListKind::Hazard(h) => guide.hazards.get(h).map_or(&[], |h| guide.lookup.of_hazard(&h.id)),
        }
    }

    pub fn practise_rows(&self) -> Vec<PractiseRow> {
        // What is due comes first: it is the one row that asks for action.
        let mut rows = Vec::new();
        if self.personal && !crate::upkeep::due::this_month(self.guide, &self.progress, self.today).is_empty() {
            rows.push(PractiseRow::Due);
        }
        rows.extend([PractiseRow::SelfCheck, PractiseRow::Mistakes]);
        if !self.guide.drills.is_empty() {
            rows.push(PractiseRow::Drills);
        }
        if self.guide.readiness.is_some() {
            rows.push(PractiseRow::Readiness);
        }
        rows.extend((0..self.guide.checklists.len()).map(PractiseRow::Checklist));
        rows
    }

    /// How many of a list's points have been read.
    pub fn read_count(&self, kind: ListKind) -> (usize, usize) {
        let read = match kind {
            ListKind::Category(c) => self.read_counts.category(c),
            ListKind::Hazard(h) => self.read_counts.hazard(h),
        };
        (read, self.list_points(kind).len())
    }
}

static HOME: Screen = Screen::Home(HomeState {
    column: HomeColumn::Categories,
    selected: 0,
});

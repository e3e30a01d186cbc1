//! Where the reader was, kept in progress so the next start reopens there:
//! a point (at its section), a checklist (at its item) or the readiness
//! check.

use super::app::{App, LastFrame};
use super::screens::{ChecklistState, ListKind, ListState, Outcome, PointState, ReadinessState, Screen};
use crate::content::Guide;
use crate::progress::{Place, Progress};

/// The screens to start with: the place kept last time, above home (and a
/// point above its category), so Back still leads somewhere sensible.
pub fn resume(guide: &Guide, progress: &Progress) -> Vec<Screen> {
    let mut stack = vec![Screen::home()];
    let (id, anchor) = match progress.place.clone() {
        None => match progress.last_point.clone() {
            Some(id) => (id, None),
            None => return stack,
        },
        Some(Place::Home) => return stack,
        Some(Place::Point { id, section, within }) => (id, Some((section, within.min(1000)))),
        Some(Place::Checklist { id, selected }) => {
            if let Some(checklist) = guide.checklist_index(&id) {
                stack.push(Screen::Checklist(ChecklistState::new(checklist, selected)));
            }
            return stack;
        }
        Some(Place::Readiness) => {
            if guide.readiness.is_some() {
                stack.push(Screen::Readiness(ReadinessState::resume(guide, progress)));
            }
            return stack;
        }
    };
    let Some(point) = guide.point_index(&id) else {
        return stack;
    };
    if let Some(category) = guide.lookup.category(&guide.points[point].category) {
        let selected = guide
            .lookup
            .in_category(category)
            .iter()
            .position(|&p| p == point)
            .unwrap_or(0);
        if let Some(Screen::Home(home)) = stack.first_mut() {
            home.selected = category;
        }
        stack.push(Screen::List(ListState {
            kind: ListKind::Category(category),
            selected,
        }));
    }
    stack.push(Screen::Point(PointState {
        section: anchor.map(|(section, _)| section),
        anchor,
        ..PointState::at(point)
    }));
    stack
}

/// The place to keep for a screen; anything else is kept as home.
pub fn place(guide: &Guide, screen: &Screen) -> Place {
    match screen {
        Screen::Point(p) => {
            let (section, within) = p.anchor.unwrap_or((0, 0));
            Place::Point {
                id: guide.points[p.point].id.to_string(),
                section,
                within,
            }
        }
        Screen::Checklist(c) => match guide.checklists.get(c.checklist) {
            Some(list) => Place::Checklist {
                id: list.id.to_string(),
                selected: c.selected,
            },
            None => Place::Home,
        },
        Screen::Readiness(_) => Place::Readiness,
        _ => Place::Home,
    }
}

/// Opens the guide where the command line asked.
pub fn start(app: &mut App<'_>, start: &super::Start) {
    let mut effects = Vec::new();
    let outcome = match start {
        super::Start::Home => {
            app.session.stack = resume(app.config.guide, &app.session.progress);
            return;
        }
        super::Start::Quiz(scope, limit) => super::update::with_cx(app, &LastFrame::default(), &mut effects, |cx| {
            super::screens::quiz::start(cx, scope, *limit)
        }),
        super::Start::Checklist(checklist) => {
            Outcome::Push(Screen::Checklist(super::screens::ChecklistState::new(*checklist, 0)))
        }
        super::Start::Drill(drill) => super::update::with_cx(app, &LastFrame::default(), &mut effects, |cx| {
            super::screens::drill::open(cx, *drill)
        }),
    };
    super::update::follow(&mut app.session, outcome);
}

/// Notes where the reader is, for the next start to reopen there. True if
/// that changed what is saved.
pub fn remember_place(app: &mut App<'_>) -> bool {
    keep_place(app);
    let place = place(app.config.guide, app.screen());
    if app.session.progress.place.as_ref() == Some(&place) {
        return false;
    }
    app.session.progress.place = Some(place);
    true
}

/// Before lines re-wrap to a new width or language, every point open in
/// the stack notes where its reader is, not only the one on top: a point
/// left underneath (read to its end, then a related one opened) would
/// otherwise come back scrolled past its new end, and its first key would
/// seem to do nothing. Each is measured as if it were on top, unless it
/// already holds a place (a reopened point, or one not scrolled since the
/// last resize): measuring draws the whole point, to change nothing.
pub(super) fn keep_place(app: &mut App<'_>) {
    let points: Vec<usize> = (app.session.stack.iter().enumerate())
        .filter(|(_, s)| matches!(s, Screen::Point(p) if p.anchor.is_none()))
        .map(|(i, _)| i)
        .collect();
    // An open overlay (SOS, help) is drawn instead of the screen, so with it
    // the point would measure as empty and its place be lost: a language
    // switched or a window resized in SOS, or a quit from it.
    let overlay = app.session.overlay.take();
    for i in points {
        let above = app.session.stack.split_off(i + 1);
        let layout = super::layout::measure(app);
        if let Some(Screen::Point(point)) = app.session.stack.last_mut() {
            point.keep_place(&layout);
        }
        app.session.stack.extend(above);
    }
    app.session.overlay = overlay;
}

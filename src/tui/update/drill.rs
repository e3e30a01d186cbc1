//! Drills: the list of them, and one played choice by choice. A choice is
//! taken at once (its feedback shows above the next situation), so there is
//! no second key to press between decisions.

use super::{open_point, set_selected};
use crate::drill::Walk;
use crate::tui::action::Action;
use crate::tui::app::{App, DrillState, DrillsState, Screen};

pub fn open(app: &mut App<'_>, drill: usize) {
    let Some(d) = app.guide.drills.get(drill) else { return };
    app.overlay = None;
    app.stack.push(Screen::Drill(DrillState::new(drill, Walk::new(d))));
}

pub fn open_list(app: &mut App<'_>) {
    app.stack.push(Screen::Drills(DrillsState { selected: 0 }));
}

/// The actions of the drill screens, and opening a drill from anywhere;
/// false if the action is not theirs.
pub fn apply(app: &mut App<'_>, action: Action) -> bool {
    match (app.screen(), action) {
        (_, Action::OpenDrill(i)) => open(app, i),
        (Screen::Point(p), Action::Drill) => {
            let id = &app.guide.points[p.point].id;
            let first = app.guide.drill_indices_for(id).first().copied();
            if let Some(drill) = first {
                open(app, drill);
            }
        }
        (Screen::Drills(_), Action::OpenRow(row)) => {
            set_selected(app, row);
            return apply(app, Action::Open);
        }
        (Screen::Drills(s), Action::Open | Action::Confirm) => {
            let selected = s.selected;
            open(app, selected);
        }
        (Screen::Drill(_), _) => return play(app, action),
        _ => return false,
    }
    true
}

fn state<'a>(app: &'a mut App<'_>) -> Option<&'a mut DrillState> {
    match app.stack.last_mut() {
        Some(Screen::Drill(d)) => Some(d),
        _ => None,
    }
}

fn play(app: &mut App<'_>, action: Action) -> bool {
    let guide = app.guide;
    let max_scroll = app.last.max_scroll;
    let Some(d) = state(app) else { return false };
    let Some(drill) = guide.drills.get(d.drill) else {
        return false;
    };
    if d.walk.finished() {
        return ended(app, action);
    }
    let count = d.walk.choices(drill).len();
    match action {
        Action::Choose(n) | Action::OpenRow(n) if n < count => choose(app, n),
        Action::Confirm | Action::Open => {
            if let Some(n) = d.choice {
                choose(app, n);
            }
        }
        Action::Up | Action::Down | Action::Top | Action::Bottom => {
            let last = count.saturating_sub(1);
            d.choice = Some(match (action, d.choice) {
                (Action::Up, Some(c)) => c.saturating_sub(1),
                (Action::Down, Some(c)) => (c + 1).min(last),
                (Action::Up | Action::Bottom, _) => last,
                _ => 0,
            });
        }
        Action::ScrollDown => {
            d.choice = None;
            d.back = (d.back + 1).min(max_scroll);
        }
        Action::ScrollUp => {
            d.choice = None;
            d.back = d.back.saturating_sub(1);
        }
        // A digit with no choice behind it does nothing rather than fall through.
        Action::Choose(_) | Action::OpenRow(_) => {}
        _ => return false,
    }
    true
}

fn choose(app: &mut App<'_>, n: usize) {
    let guide = app.guide;
    let Some(d) = state(app) else { return };
    let Some(drill) = guide.drills.get(d.drill) else { return };
    if d.walk.choose(drill, n).is_none() {
        return;
    }
    d.choice = None;
    d.back = 0;
    if let Some(outcome) = d.walk.outcome(drill) {
        app.progress.record_drill(&drill.id, outcome);
        app.dirty = true;
    }
}

/// At the end: move through the links to the points, open one, or start
/// again. Down first scrolls what does not fit, then reaches the links.
fn ended(app: &mut App<'_>, action: Action) -> bool {
    let guide = app.guide;
    let max_scroll = app.last.max_scroll;
    let Some(d) = state(app) else { return false };
    let Some(drill) = guide.drills.get(d.drill) else {
        return false;
    };
    let links = d.walk.ending(drill).map_or(0, |e| e.points.len());
    match action {
        Action::Down | Action::ScrollDown if d.back < max_scroll => d.back += 1,
        Action::Down => d.choice = Some(d.choice.map_or(0, |c| (c + 1).min(links.saturating_sub(1)))),
        Action::Up | Action::ScrollUp => match d.choice {
            Some(0) => d.choice = None,
            Some(c) => d.choice = Some(c - 1),
            None => d.back = d.back.saturating_sub(1),
        },
        Action::Retry => {
            d.walk = Walk::new(drill);
            d.choice = None;
            d.back = 0;
        }
        Action::OpenRow(n) => open_link(app, n),
        Action::Open | Action::Confirm | Action::OpenLinked => {
            let n = d.choice.unwrap_or(0);
            open_link(app, n);
        }
        Action::Choose(_) | Action::Top | Action::Bottom => {}
        _ => return false,
    }
    true
}

fn open_link(app: &mut App<'_>, n: usize) {
    let guide = app.guide;
    let Some(d) = state(app) else { return };
    let target = guide
        .drills
        .get(d.drill)
        .and_then(|drill| d.walk.ending(drill))
        .and_then(|e| e.points.get(n))
        .and_then(|id| guide.point_index(id));
    if let Some(point) = target {
        open_point(app, point);
    }
}

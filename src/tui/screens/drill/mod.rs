//! A drill played choice by choice. A choice is taken at once (its feedback
//! shows above the next situation), so there is no second key to press
//! between decisions.

pub mod view;

use super::{Cx, Outcome, Screen};
use crate::content::Guide;
use crate::drill::Walk;
use crate::tui::action::Action;
use crate::tui::keymap::Context;

/// A drill under way or ended. The feedback on the last choice shows above
/// the next situation, so a choice never needs a second key to go on.
#[derive(Clone, Debug, PartialEq)]
pub struct DrillState {
    /// Index into `Guide::drills`.
    pub drill: usize,
    pub walk: Walk,
    /// The highlighted choice, once arrows moved it: none at first, so a
    /// stray Enter chooses nothing. At the end: the highlighted point link.
    pub choice: Option<usize>,
    /// Lines scrolled back up at the end, to see the path on a small screen.
    pub back: usize,
}

/// Opens a drill from anywhere (its list, a point, a link).
pub fn open(cx: &mut Cx<'_, '_>, drill: usize) -> Outcome {
    match cx.guide.drills.get(drill) {
        Some(d) => Outcome::Push(Screen::Drill(DrillState::new(drill, Walk::new(d)))),
        None => Outcome::Handled,
    }
}

impl DrillState {
    pub fn new(drill: usize, walk: Walk) -> DrillState {
        DrillState {
            drill,
            walk,
            choice: None,
            back: 0,
        }
    }

    pub fn context(&self, guide: &Guide) -> Context {
        if self.walk.finished() {
            return Context::DrillEnd;
        }
        let choices = guide
            .drills
            .get(self.drill)
            .map_or(4, |drill| self.walk.choices(drill).len());
        Context::Drill(u8::try_from(choices).unwrap_or(4))
    }

    pub fn update(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        let Some(drill) = cx.guide.drills.get(self.drill) else {
            return Outcome::Ignored;
        };
        let max_scroll = cx.layout.max_scroll;
        if self.walk.finished() {
            return self.ended(cx, action);
        }
        let count = self.walk.choices(drill).len();
        match action {
            Action::Choose(n) | Action::OpenRow(n) if n < count => self.choose(cx, n),
            Action::Confirm | Action::Open => {
                if let Some(n) = self.choice {
                    self.choose(cx, n);
                }
            }
            Action::Up | Action::Down | Action::Top | Action::Bottom => {
                let last = count.saturating_sub(1);
                self.choice = Some(match (action, self.choice) {
                    (Action::Up, Some(c)) => c.saturating_sub(1),
                    (Action::Down, Some(c)) => (c + 1).min(last),
                    (Action::Up | Action::Bottom, _) => last,
                    _ => 0,
                });
            }
            Action::ScrollDown => {
                self.choice = None;
                self.back = (self.back + 1).min(max_scroll);
            }
            Action::ScrollUp => {
                self.choice = None;
                self.back = self.back.saturating_sub(1);
            }
            // A digit with no choice behind it does nothing rather than fall through.
            Action::Choose(_) | Action::OpenRow(_) => {}
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn choose(&mut self, cx: &mut Cx<'_, '_>, n: usize) {
        let Some(drill) = cx.guide.drills.get(self.drill) else {
            return;
        };
        if self.walk.choose(drill, n).is_none() {
            return;
        }
        self.choice = None;
        self.back = 0;
        if let Some(outcome) = self.walk.outcome(drill) {
            cx.progress.record_drill(&drill.id, outcome);
            cx.save();
        }
    }

    /// At the end: move through the links to the points, open one, or start
    /// again. Down first scrolls what does not fit, then reaches the links.
    fn ended(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        let Some(drill) = cx.guide.drills.get(self.drill) else {
            return Outcome::Ignored;
        };
        let max_scroll = cx.layout.max_scroll;
        let links = self.walk.ending(drill).map_or(0, |e| e.points.len());
        match action {
            Action::Down | Action::ScrollDown if self.back < max_scroll => self.back += 1,
            Action::Down => self.choice = Some(self.choice.map_or(0, |c| (c + 1).min(links.saturating_sub(1)))),
            Action::Up | Action::ScrollUp => match self.choice {
                Some(0) => self.choice = None,
                Some(c) => self.choice = Some(c - 1),
                None => self.back = self.back.saturating_sub(1),
            },
            Action::Retry => {
                self.walk = Walk::new(drill);
                self.choice = None;
                self.back = 0;
            }
            Action::OpenRow(n) => return self.open_link(cx, n),
            Action::Open | Action::Confirm | Action::OpenLinked => return self.open_link(cx, self.choice.unwrap_or(0)),
            Action::Choose(_) | Action::Top | Action::Bottom => {}
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn open_link(&self, cx: &mut Cx<'_, '_>, n: usize) -> Outcome {
        let target = cx
            .guide
            .drills
            .get(self.drill)
            .and_then(|drill| self.walk.ending(drill))
            .and_then(|e| e.points.get(n))
            .and_then(|id| cx.guide.point_index(id));
        match target {
            Some(point) => super::point::open(cx, point),
            None => Outcome::Handled,
        }
    }
}

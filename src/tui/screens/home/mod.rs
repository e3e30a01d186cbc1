//! Home: the categories, the hazard classes as a second way in, and the
//! column of things to practise and prepare.

pub mod view;

use super::list::{ListKind, ListState};
use super::{Cx, Outcome, Screen, move_in_list};
use crate::content::Guide;
use crate::progress::Progress;
use crate::tui::action::Action;

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

pub fn practise_rows(guide: &Guide, progress: &Progress, personal: bool, today: jiff::civil::Date) -> Vec<PractiseRow> {
    // What is due comes first: it is the one row that asks for action.
    let mut rows = Vec::new();
    if personal && !crate::upkeep::due::this_month(guide, progress, today).is_empty() {
        rows.push(PractiseRow::Due);
    }
    rows.extend([PractiseRow::SelfCheck, PractiseRow::Mistakes]);
    if !guide.drills.is_empty() {
        rows.push(PractiseRow::Drills);
    }
    if guide.readiness.is_some() {
        rows.push(PractiseRow::Readiness);
    }
    rows.extend((0..guide.checklists.len()).map(PractiseRow::Checklist));
    rows
}

const ORDER: [HomeColumn; 3] = [HomeColumn::Categories, HomeColumn::Hazards, HomeColumn::Practise];

impl HomeState {
    fn rows(&self, cx: &Cx<'_, '_>) -> usize {
        match self.column {
            HomeColumn::Categories => cx.guide.categories.len(),
            HomeColumn::Hazards => cx.guide.hazards.len(),
            HomeColumn::Practise => practise_rows(cx.guide, cx.progress, cx.config.personal, cx.env.today).len(),
        }
    }

    pub fn update(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        let categories = cx.guide.categories.len();
        match action {
            Action::SwitchColumn | Action::PrevColumn => {
                let at = ORDER.iter().position(|c| *c == self.column).unwrap_or(0);
                let step = if action == Action::SwitchColumn {
                    1
                } else {
                    ORDER.len() - 1
                };
                self.column = ORDER[(at + step) % ORDER.len()];
                self.selected = 0;
            }
            // Categories and "practise and prepare" stand one above the
            // other: the arrows flow from one into the next.
            Action::Down if self.column == HomeColumn::Categories && self.selected + 1 >= categories => {
                self.column = HomeColumn::Practise;
                self.selected = 0;
            }
            Action::Up if self.column == HomeColumn::Practise && self.selected == 0 => {
                self.column = HomeColumn::Categories;
                self.selected = categories.saturating_sub(1);
            }
            Action::OpenHome(column, row) => {
                self.column = column;
                self.selected = row;
                return self.open(cx);
            }
            Action::Open => return self.open(cx),
            Action::Quiz => {
                let kind = match self.column {
                    HomeColumn::Categories => ListKind::Category(self.selected),
                    HomeColumn::Hazards => ListKind::Hazard(self.selected),
                    HomeColumn::Practise => return Outcome::Handled,
                };
                return super::quiz::of_list(cx, kind);
            }
            _ => {
                let (page, rows) = (cx.page(), self.rows(cx));
                if !move_in_list(&mut self.selected, action, page, rows) {
                    return Outcome::Ignored;
                }
            }
        }
        Outcome::Handled
    }

    fn open(&mut self, cx: &mut Cx<'_, '_>) -> Outcome {
        self.selected = self.selected.min(self.rows(cx).saturating_sub(1));
        let kind = match self.column {
            HomeColumn::Practise => {
                let rows = practise_rows(cx.guide, cx.progress, cx.config.personal, cx.env.today);
                return match rows.get(self.selected) {
                    Some(&row) => open_row(cx, row),
                    None => Outcome::Handled,
                };
            }
            HomeColumn::Hazards => ListKind::Hazard(self.selected),
            HomeColumn::Categories => ListKind::Category(self.selected),
        };
        Outcome::Push(Screen::List(ListState { kind, selected: 0 }))
    }
}

fn open_row(cx: &mut Cx<'_, '_>, row: PractiseRow) -> Outcome {
    use crate::quiz::{MIXED_COUNT, Scope};
    match row {
        PractiseRow::SelfCheck => super::quiz::start(cx, &Scope::Mixed(MIXED_COUNT), None),
        PractiseRow::Mistakes => {
            let missed = cx.progress.missed_questions();
            super::quiz::start(cx, &Scope::Only(missed), None)
        }
        PractiseRow::Drills => Outcome::Push(Screen::Drills(super::DrillsState { selected: 0 })),
        PractiseRow::Readiness => Outcome::Push(Screen::Readiness(super::readiness::ReadinessState::resume(
            cx.guide,
            cx.progress,
        ))),
        PractiseRow::Due => Outcome::Push(Screen::Due(super::DueState { selected: 0 })),
        PractiseRow::Checklist(c) => Outcome::Push(Screen::Checklist(super::ChecklistState::new(c, 0))),
    }
}

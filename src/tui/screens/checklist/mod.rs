//! A checklist: items ticked, quantities for the household, and at home
//! the dates that keep it up to date (`dates.rs`).

pub mod date_field;
mod dates;
pub mod dates_view;
pub mod view;

pub use date_field::{DateField, DateTarget};

use super::{Cx, Outcome, move_in_list};
use crate::checklist::{self, MAX_HOUSEHOLD};
use crate::content::Guide;
use crate::tui::action::Action;
use crate::tui::keymap::Context;

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

    pub fn context(&self, guide: &Guide, personal: bool) -> Context {
        if self.date.is_some() {
            return Context::DateField;
        }
        let scaled = guide
            .checklists
            .get(self.checklist)
            .is_some_and(|l| checklist::items(l).any(|i| i.quantity.is_some()));
        match (scaled, personal) {
            (true, true) => Context::ChecklistScaledPersonal,
            (true, false) => Context::ChecklistScaled,
            (false, true) => Context::ChecklistPersonal,
            (false, false) => Context::Checklist,
        }
    }

    pub fn update(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        // Dates are offered only at home, never in the kiosk.
        if cx.config.personal {
            let outcome = self.update_dates(cx, action);
            if outcome != Outcome::Ignored {
                return outcome;
            }
        }
        let Some(list) = cx.guide.checklists.get(self.checklist) else {
            return Outcome::Ignored;
        };
        let count = checklist::items(list).count();
        match action {
            Action::OpenRow(row) => {
                self.selected = row.min(count.saturating_sub(1));
                return self.update(cx, Action::Toggle);
            }
            Action::Toggle | Action::Open | Action::Confirm => {
                if let Some(item) = checklist::items(list).nth(self.selected) {
                    // At home a dated item ticked gets its suggested date;
                    // the kiosk keeps no dates at all.
                    if cx.config.personal {
                        crate::upkeep::toggle(cx.progress, list, item, cx.env.today);
                    } else {
                        checklist::toggle(&mut cx.progress.ticks, list, item);
                    }
                    cx.save();
                }
            }
            Action::OpenLinked => {
                let point = checklist::items(list)
                    .nth(self.selected)
                    .and_then(|i| i.point.as_ref())
                    .and_then(|id| cx.guide.point_index(id));
                if let Some(point) = point {
                    return super::point::open(cx, point);
                }
            }
            Action::More | Action::Fewer if checklist::items(list).any(|i| i.quantity.is_some()) => {
                let h = cx.progress.household;
                cx.progress.household = if action == Action::More {
                    (h + 1).min(MAX_HOUSEHOLD)
                } else {
                    h.saturating_sub(1).max(1)
                };
                cx.save();
            }
            _ if move_in_list(&mut self.selected, action, cx.page(), count) => {}
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }
}

//! Dates in a checklist at home: d, c and r open the date field or mark an
//! item checked today, e opens the family plan's details. None of it is
//! offered in the kiosk.

use super::{ChecklistState, DateField, DateTarget};
use crate::checklist;
use crate::tui::action::Action;
use crate::tui::screens::{Cx, Outcome, PlanState, Screen};
use crate::upkeep;

impl ChecklistState {
    pub(super) fn update_dates(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        if self.date.is_some() {
            return self.date_field(cx, action);
        }
        let Some(list) = cx.guide.checklists.get(self.checklist) else {
            return Outcome::Ignored;
        };
        let item = checklist::items(list).nth(self.selected);
        let (today, locale) = (cx.env.today, cx.locale);
        match action {
            Action::SetDate | Action::CheckedToday => {
                let Some((item, every)) = item.and_then(|i| i.upkeep.map(|u| (i, u.every))) else {
                    *cx.notice = Some(crate::i18n::no_date(locale).to_string());
                    return Outcome::Handled;
                };
                let key = checklist::key(list, item);
                if action == Action::CheckedToday {
                    upkeep::done_today(cx.progress, key, every, today);
                    cx.save();
                } else {
                    let date = cx
                        .progress
                        .dates
                        .get(&key)
                        .copied()
                        .unwrap_or_else(|| upkeep::after(today, every));
                    self.date = Some(DateField::new(DateTarget::Item(self.selected), date, locale));
                }
            }
            Action::RecurringDate => {
                let Some(recurring) = &list.recurring else {
                    return Outcome::Ignored;
                };
                let date = cx
                    .progress
                    .dates
                    .get(&upkeep::recurring_key(list))
                    .copied()
                    .unwrap_or_else(|| upkeep::after(today, recurring.every));
                self.date = Some(DateField::new(DateTarget::Recurring, date, locale));
            }
            Action::EditPlan if list.id == "family-plan" => {
                return Outcome::Push(Screen::Plan(PlanState::default()));
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    /// Keys while a date field is open; everything else is swallowed, so a
    /// stray key cannot tick an item underneath.
    fn date_field(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        let (locale, today) = (cx.locale, cx.env.today);
        let Some(list) = cx.guide.checklists.get(self.checklist) else {
            return Outcome::Ignored;
        };
        let Some(mut field) = self.date else {
            return Outcome::Ignored;
        };
        let (key, every) = match field.target {
            DateTarget::Item(i) => match checklist::items(list).nth(i) {
                Some(item) => (checklist::key(list, item), item.upkeep.map(|u| u.every)),
                None => return Outcome::Ignored,
            },
            DateTarget::Recurring => (upkeep::recurring_key(list), list.recurring.as_ref().map(|r| r.every)),
        };
        match action {
            Action::NextPart | Action::PrevPart => field.move_part(action == Action::NextPart, locale),
            Action::More | Action::Fewer | Action::Up | Action::Down => {
                field.step(matches!(action, Action::More | Action::Up));
            }
            Action::Digit(d) => field.digit(d, locale),
            Action::DateDone => {
                if let Some(every) = every {
                    field.set(upkeep::after(today, every));
                }
            }
            Action::Back => {
                self.date = None;
                return Outcome::Handled;
            }
            Action::ClearDate => {
                self.date = None;
                cx.progress.dates.remove(&key);
                cx.save();
                return Outcome::Handled;
            }
            Action::Confirm | Action::Open => {
                let Some(date) = field.date() else {
                    // The field shows why; nothing is kept.
                    return Outcome::Handled;
                };
                self.date = None;
                match field.target {
                    DateTarget::Item(i) => {
                        if let Some(item) = checklist::items(list).nth(i) {
                            upkeep::set_item_date(cx.progress, list, item, date);
                        }
                    }
                    DateTarget::Recurring => {
                        cx.progress.dates.insert(key, date);
                    }
                }
                cx.save();
                return Outcome::Handled;
            }
            // Help, SOS and quitting still work over the field.
            Action::Help | Action::Sos | Action::Quit | Action::Suspend => return Outcome::Ignored,
            _ => return Outcome::Handled,
        }
        self.date = Some(field);
        Outcome::Handled
    }
}

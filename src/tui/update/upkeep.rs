//! Dates in checklists, the list of what is due, and the family plan's
//! details. None of it is offered in the kiosk (`App::personal`).

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::set_selected;
use crate::checklist;
use crate::tui::action::Action;
use crate::tui::app::{App, ChecklistState, DateField, DateTarget, PlanState, Screen};
use crate::upkeep::{self, due, plan};

/// Handles the actions of these screens; false if the action is not theirs.
pub fn apply(app: &mut App<'_>, action: Action) -> bool {
    if !app.personal {
        return false;
    }
    match app.screen() {
        Screen::Checklist(c) if c.date.is_some() => date_field(app, action),
        Screen::Checklist(_) => checklist_dates(app, action),
        Screen::Due(_) => due_list(app, action),
        Screen::Plan(_) => plan_form(app, action),
        _ => false,
    }
}

fn checklist_state<'a>(app: &'a mut App<'_>) -> Option<&'a mut ChecklistState> {
    match app.stack.last_mut() {
        Some(Screen::Checklist(c)) => Some(c),
        _ => None,
    }
}

/// d, c, r and e on a checklist.
fn checklist_dates(app: &mut App<'_>, action: Action) -> bool {
    let guide = app.guide;
    let Screen::Checklist(state) = app.screen() else {
        return false;
    };
    let Some(list) = guide.checklists.get(state.checklist) else {
        return false;
    };
    let selected = state.selected;
    let item = checklist::items(list).nth(selected);
    let (today, locale) = (app.today, app.locale);
    match action {
        Action::SetDate | Action::CheckedToday => {
            let Some((item, every)) = item.and_then(|i| i.upkeep.map(|u| (i, u.every))) else {
                app.notice = Some(crate::i18n::no_date(locale).to_string());
                return true;
            };
            let key = checklist::key(list, item);
            if action == Action::CheckedToday {
                upkeep::done_today(&mut app.progress, key, every, today);
                app.dirty = true;
            } else {
                let date = app
                    .progress
                    .dates
                    .get(&key)
                    .copied()
                    .unwrap_or_else(|| upkeep::after(today, every));
                if let Some(c) = checklist_state(app) {
                    c.date = Some(DateField::new(DateTarget::Item(selected), date, locale));
                }
            }
        }
        Action::RecurringDate => {
            let Some(recurring) = &list.recurring else {
                return false;
            };
            let date = app
                .progress
                .dates
                .get(&upkeep::recurring_key(list))
                .copied()
                .unwrap_or_else(|| upkeep::after(today, recurring.every));
            if let Some(c) = checklist_state(app) {
                c.date = Some(DateField::new(DateTarget::Recurring, date, locale));
            }
        }
        Action::EditPlan if list.id == "family-plan" => app.stack.push(Screen::Plan(PlanState {
            selected: 0,
            editing: None,
            invalid: None,
        })),
        _ => return false,
    }
    true
}

/// Keys while a date field is open; everything else is swallowed, so a
/// stray key cannot tick an item underneath.
fn date_field(app: &mut App<'_>, action: Action) -> bool {
    let guide = app.guide;
    let (locale, today) = (app.locale, app.today);
    let Some(state) = checklist_state(app) else {
        return false;
    };
    let Some(list) = guide.checklists.get(state.checklist) else {
        return false;
    };
    let Some(mut field) = state.date else {
        return false;
    };
    let (key, every) = match field.target {
        DateTarget::Item(i) => match checklist::items(list).nth(i) {
            Some(item) => (checklist::key(list, item), item.upkeep.map(|u| u.every)),
            None => return false,
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
            state.date = None;
            return true;
        }
        Action::ClearDate => {
            state.date = None;
            app.progress.dates.remove(&key);
            app.dirty = true;
            return true;
        }
        Action::Confirm | Action::Open => {
            let Some(date) = field.date() else {
                // The field shows why; nothing is kept.
                return true;
            };
            state.date = None;
            match field.target {
                DateTarget::Item(i) => {
                    if let Some(item) = checklist::items(list).nth(i) {
                        upkeep::set_item_date(&mut app.progress, list, item, date);
                    }
                }
                DateTarget::Recurring => {
                    app.progress.dates.insert(key, date);
                }
            }
            app.dirty = true;
            return true;
        }
        // Help, SOS and quitting still work over the field.
        Action::Help | Action::Sos | Action::Quit | Action::Suspend => return false,
        _ => return true,
    }
    state.date = Some(field);
    true
}

/// Enter on a due row opens its checklist with the item highlighted.
fn due_list(app: &mut App<'_>, action: Action) -> bool {
    let (Action::Open | Action::OpenRow(_)) = action else {
        return false;
    };
    if let Action::OpenRow(row) = action {
        set_selected(app, row);
    }
    let Screen::Due(state) = app.screen() else {
        return false;
    };
    let due = due::this_month(app.guide, &app.progress, app.today);
    if let Some(d) = due.get(state.selected) {
        let screen = Screen::Checklist(ChecklistState::new(d.checklist, d.item.unwrap_or(0)));
        app.stack.push(screen);
    }
    true
}

fn plan_form(app: &mut App<'_>, action: Action) -> bool {
    let Some(Screen::Plan(state)) = app.stack.last_mut() else {
        return false;
    };
    let fields = plan::Field::all();
    let Some(&field) = fields.get(state.selected) else {
        return false;
    };
    match (&state.editing, action) {
        (None, Action::Open | Action::OpenRow(_)) => {
            if let Action::OpenRow(row) = action {
                state.selected = row.min(fields.len() - 1);
            }
            let field = fields[state.selected];
            state.editing = Some(app.progress.plan.get(&field.key()).cloned().unwrap_or_default());
            state.invalid = None;
        }
        (Some(_), Action::Back) => {
            state.editing = None;
            state.invalid = None;
        }
        (Some(text), Action::Confirm | Action::Open) => match plan::clean(field, text) {
            Ok(value) => {
                if value.is_empty() {
                    app.progress.plan.remove(&field.key());
                } else {
                    app.progress.plan.insert(field.key(), value);
                }
                state.editing = None;
                state.invalid = None;
                app.dirty = true;
            }
            Err(why) => state.invalid = Some(why),
        },
        (Some(_), Action::Sos | Action::Help | Action::Quit | Action::Suspend) => return false,
        (Some(_), _) => {}
        (None, _) => return false,
    }
    true
}

/// While a plan field is being edited, printable keys type into it.
pub fn type_into_plan(app: &mut App<'_>, code: KeyCode, modifiers: KeyModifiers) -> bool {
    if app.overlay.is_some() {
        return false;
    }
    let Some(Screen::Plan(PlanState {
        editing: Some(text),
        invalid,
        ..
    })) = app.stack.last_mut()
    else {
        return false;
    };
    match code {
        KeyCode::Char('u') if modifiers.contains(KeyModifiers::CONTROL) => text.clear(),
        KeyCode::Char(_) if modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => return false,
        KeyCode::Char(c) if text.chars().count() < plan::MAX_CHARS => text.push(c),
        KeyCode::Char(_) => {}
        KeyCode::Backspace => {
            text.pop();
        }
        _ => return false,
    }
    *invalid = None;
    true
}

//! The family plan's own details as a form: one row per field, Enter to
//! type into it, where the details are kept said at the top.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Cx, Outcome, move_in_list};
use crate::i18n::upkeep_words;
use crate::textwrap_cjk::width;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::keymap::Context;
use crate::tui::widgets::text::{marker, row, row_rect, tail, truncate};
use crate::upkeep::plan::{self, Field};

#[derive(Clone, Debug, PartialEq, Default)]
pub struct PlanState {
    /// Index into `upkeep::plan::Field::all()`.
    pub selected: usize,
    /// The text being typed into the selected field, if editing.
    pub editing: Option<String>,
    /// Why the last value typed could not be kept.
    pub invalid: Option<crate::upkeep::plan::Invalid>,
}

impl PlanState {
    pub fn context(&self) -> Context {
        if self.editing.is_some() {
            Context::PlanEditing
        } else {
            Context::Plan
        }
    }

    /// While a field is being edited, printable keys type into it; false if
    /// the key is not typing.
    pub fn type_key(&mut self, code: KeyCode, modifiers: KeyModifiers) -> bool {
        let Some(text) = &mut self.editing else {
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
        self.invalid = None;
        true
    }

    pub fn update(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        let fields = Field::all();
        let Some(&field) = fields.get(self.selected) else {
            return Outcome::Ignored;
        };
        match (&self.editing, action) {
            (None, Action::Open | Action::OpenRow(_)) => {
                if let Action::OpenRow(row) = action {
                    self.selected = row.min(fields.len() - 1);
                }
                let field = fields[self.selected];
                self.editing = Some(cx.progress.plan.get(&field.key()).cloned().unwrap_or_default());
                self.invalid = None;
            }
            (Some(_), Action::Back) => {
                self.editing = None;
                self.invalid = None;
            }
            (Some(text), Action::Confirm | Action::Open) => match plan::clean(field, text) {
                Ok(value) => {
                    if value.is_empty() {
                        cx.progress.plan.remove(&field.key());
                    } else {
                        cx.progress.plan.insert(field.key(), value);
                    }
                    self.editing = None;
                    self.invalid = None;
                    cx.save();
                }
                Err(why) => self.invalid = Some(why),
            },
            (Some(_), Action::Sos | Action::Help | Action::Quit | Action::Suspend) => return Outcome::Ignored,
            (Some(_), _) => {}
            (None, _) if move_in_list(&mut self.selected, action, cx.page(), fields.len()) => {}
            (None, _) => return Outcome::Ignored,
        }
        Outcome::Handled
    }
}

pub fn draw(app: &App<'_>, state: &PlanState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let words = upkeep_words(app.session.locale);
    let w = usize::from(area.width);
    let mut head = vec![Line::styled(truncate(words.plan_title, w), app.config.theme.heading)];
    head.push(Line::styled(truncate(words.plan_intro, w), app.config.theme.dim));
    // How to print it, where there is room.
    if area.height >= 20 {
        head.push(Line::styled(truncate(words.plan_export, w), app.config.theme.dim));
    }
    let top = u16::try_from(head.len()).unwrap_or(1);
    let [head_area, body] = crate::tui::layout::rows(area, [top, 0], 1);
    frame.render_widget(Paragraph::new(head), head_area);
    let fields = Field::all();
    let extra = usize::from(state.invalid.is_some());
    let rows = usize::from(body.height).saturating_sub(extra).max(1);
    let first = state.selected / rows * rows;
    let label_width = fields
        .iter()
        .map(|f| width(&crate::i18n::plan::field(app.session.locale, *f)))
        .max()
        .unwrap_or(0)
        .min(w / 2);
    let mut lines = Vec::new();
    for (i, field) in fields.iter().enumerate().skip(first).take(rows) {
        let selected = i == state.selected;
        let label = truncate(&crate::i18n::plan::field(app.session.locale, *field), label_width);
        let pad = " ".repeat(label_width.saturating_sub(width(&label)));
        let lead = format!("{}{label}{pad}  ", marker(selected));
        let room = w.saturating_sub(width(&lead));
        let (value, style) = match (&state.editing, selected) {
            // The end of what is being typed stays in view, cursor after it.
            (Some(text), true) => (tail(text, room.saturating_sub(1)), app.config.theme.base),
            _ => match app.session.progress.plan.get(&field.key()) {
                Some(v) => (truncate(v, room), app.config.theme.base),
                None => (words.empty_field.to_string(), app.config.theme.dim),
            },
        };
        // Rows below an error line sit one lower: count drawn lines.
        let rect = row_rect(body, lines.len());
        if selected {
            let x = if state.editing.is_some() {
                width(&lead) + width(&value)
            } else {
                0
            };
            last.cursor = Some(Position::new(
                rect.x.saturating_add(u16::try_from(x).unwrap_or(0)),
                rect.y,
            ));
        }
        lines.push(row(
            vec![Span::raw(lead), Span::styled(value, style)],
            selected && state.editing.is_none(),
            app.config.theme.selected,
        ));
        last.hits.push((rect, Action::OpenRow(i)));
        if selected && let Some(why) = state.invalid {
            lines.push(Line::styled(
                truncate(
                    &format!("  ! {}", crate::i18n::plan::invalid(app.session.locale, why)),
                    w,
                ),
                app.config.theme.never,
            ));
        }
    }
    last.page = rows;
    frame.render_widget(Paragraph::new(lines), body);
}

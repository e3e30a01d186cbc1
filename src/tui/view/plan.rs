//! The family plan's own details as a form: one row per field, Enter to
//! type into it, where the details are kept said at the top.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{marker, row, row_rect, truncate};
use crate::i18n::upkeep_words;
use crate::textwrap_cjk::width;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame, PlanState};
use crate::upkeep::plan::Field;

pub fn draw(app: &App<'_>, state: &PlanState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let words = upkeep_words(app.locale);
    let w = usize::from(area.width);
    let mut head = vec![Line::styled(truncate(words.plan_title, w), app.theme.heading)];
    head.push(Line::styled(truncate(words.plan_intro, w), app.theme.dim));
    // How to print it, where there is room.
    if area.height >= 20 {
        head.push(Line::styled(truncate(words.plan_export, w), app.theme.dim));
    }
    let top = u16::try_from(head.len()).unwrap_or(1);
    let [head_area, body] = Layout::vertical([Constraint::Length(top), Constraint::Min(1)]).areas(area);
    frame.render_widget(Paragraph::new(head), head_area);
    let fields = Field::all();
    let extra = usize::from(state.invalid.is_some());
    let rows = usize::from(body.height).saturating_sub(extra).max(1);
    let first = state.selected / rows * rows;
    let label_width = fields
        .iter()
        .map(|f| width(&f.label(app.locale)))
        .max()
        .unwrap_or(0)
        .min(w / 2);
    let mut lines = Vec::new();
    for (i, field) in fields.iter().enumerate().skip(first).take(rows) {
        let selected = i == state.selected;
        let label = truncate(&field.label(app.locale), label_width);
        let pad = " ".repeat(label_width.saturating_sub(width(&label)));
        let lead = format!("{}{label}{pad}  ", marker(selected));
        let room = w.saturating_sub(width(&lead));
        let (value, style) = match (&state.editing, selected) {
            // The end of what is being typed stays in view, cursor after it.
            (Some(text), true) => (tail(text, room.saturating_sub(1)), app.theme.base),
            _ => match app.progress.plan.get(&field.key()) {
                Some(v) => (truncate(v, room), app.theme.base),
                None => (words.empty_field.to_string(), app.theme.dim),
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
            app.theme.selected,
        ));
        last.hits.push((rect, Action::OpenRow(i)));
        if selected && let Some(why) = state.invalid {
            lines.push(Line::styled(
                truncate(&format!("  ! {}", why.message(app.locale)), w),
                app.theme.never,
            ));
        }
    }
    last.page = rows;
    frame.render_widget(Paragraph::new(lines), body);
}

/// The last `room` display cells of `s`, so typing never runs off the edge.
fn tail(s: &str, room: usize) -> String {
    let mut out: Vec<char> = Vec::new();
    let mut used = 0;
    for c in s.chars().rev() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw > room {
            break;
        }
        used += cw;
        out.push(c);
    }
    out.into_iter().rev().collect()
}

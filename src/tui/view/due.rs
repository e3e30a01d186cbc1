//! What is due this month or overdue, soonest first: how far off first (so
//! "OVERDUE" is never cut off), then what, then its date and checklist.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{marker, row, truncate};
use crate::i18n::upkeep_words;
use crate::tui::action::Action;
use crate::tui::app::{App, DueState, LastFrame};
use crate::upkeep::due;

/// Lines per item: what and when, then the date and its checklist.
const ITEM_LINES: usize = 2;

pub fn draw(app: &App<'_>, state: &DueState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let words = upkeep_words(app.locale);
    let w = usize::from(area.width);
    let [head, body] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    let items = due::this_month(app.guide, &app.progress, app.today);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(truncate(words.due_title, w), app.theme.heading),
            Line::styled(truncate(&crate::tui::focus::due_count(app), w), app.theme.dim),
        ]),
        head,
    );
    if items.is_empty() {
        frame.render_widget(Paragraph::new(Line::styled(words.due_empty, app.theme.dim)), body);
        return;
    }
    let per_page = (usize::from(body.height) / ITEM_LINES).max(1);
    let first = state.selected / per_page * per_page;
    let mut lines = Vec::new();
    for (i, d) in items.iter().enumerate().skip(first).take(per_page) {
        let selected = i == state.selected;
        let days = d.days_left(app.today);
        let when = due::when(days, app.locale);
        // The word carries the warning; colour only adds to it.
        let when_style = if d.overdue(app.today) {
            app.theme.never
        } else {
            app.theme.key
        };
        let what = d.title.text(app.locale);
        let room = w.saturating_sub(2 + crate::textwrap_cjk::width(&when) + 3);
        lines.push(row(
            vec![
                Span::raw(marker(selected)),
                Span::styled(when, when_style),
                Span::raw(" · "),
                Span::raw(truncate(what, room)),
            ],
            selected,
            app.theme.selected,
        ));
        let list = app
            .guide
            .checklists
            .get(d.checklist)
            .map_or("", |c| c.title.text(app.locale));
        let detail = format!("  {} · {list}", due::label(d.kind, d.date, app.locale));
        lines.push(Line::styled(truncate(&detail, w), app.theme.dim));
        let y = body.y + u16::try_from((i - first) * ITEM_LINES).unwrap_or(u16::MAX);
        let rect = Rect::new(body.x, y, body.width, 2).intersection(body);
        last.hits.push((rect, Action::OpenRow(i)));
        if selected {
            last.cursor = Some(Position::new(rect.x, rect.y));
        }
    }
    last.page = per_page;
    frame.render_widget(Paragraph::new(lines), body);
}

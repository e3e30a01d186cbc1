//! The points of one category or hazard class, with which have been read.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{marker, row, row_rect, truncate};
use crate::content::Locale;
use crate::textwrap_cjk::width;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame, ListKind, ListState};

pub fn draw(app: &App<'_>, state: &ListState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let (title, summary) = match state.kind {
        ListKind::Category(i) => app
            .guide
            .categories
            .get(i)
            .map(|c| (c.title.text(app.locale), c.summary.text(app.locale)))
            .unwrap_or_default(),
        ListKind::Hazard(i) => app
            .guide
            .hazards
            .get(i)
            .map(|h| (h.title.text(app.locale), ""))
            .unwrap_or_default(),
    };
    let [head, body] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    let w = usize::from(area.width);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(truncate(title, w), app.theme.heading),
            Line::styled(truncate(summary, w), app.theme.dim),
        ]),
        head,
    );
    let points = app.list_points(state.kind);
    let rows = usize::from(body.height).max(1);
    // Keep the selection in view: scroll by whole pages.
    let first = state.selected / rows * rows;
    let mut lines = Vec::new();
    for (i, &p) in points.iter().enumerate().skip(first).take(rows) {
        let point = &app.guide.points[p];
        let selected = i == state.selected;
        let read = app.progress.read.contains(&point.id);
        let mark = if read { "✓ " } else { "· " };
        let title = point.title.text(app.locale);
        let mut spans = vec![
            Span::raw(marker(selected)),
            Span::styled(mark, app.theme.dim),
            Span::raw(title.to_string()),
        ];
        let room = w.saturating_sub(4 + width(title) + 3);
        if room > 8 {
            let separator = if app.locale == Locale::ZhHans { "：" } else { " — " };
            spans.push(Span::styled(
                truncate(&format!("{separator}{}", point.summary.text(app.locale)), room),
                app.theme.dim,
            ));
        }
        lines.push(row(spans, selected, app.theme.selected));
        let rect = row_rect(body, i - first);
        last.hits.push((rect, Action::OpenRow(i)));
        if selected {
            last.cursor = Some(Position::new(rect.x, rect.y));
        }
    }
    last.page = rows;
    frame.render_widget(Paragraph::new(lines), body);
}

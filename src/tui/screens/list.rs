//! The points of one category or hazard class, with which have been read.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Cx, Outcome, move_in_list};
use crate::content::{Guide, Locale};
use crate::textwrap_cjk::width;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::widgets::text::{marker, row, row_rect, truncate};

/// Which points a list shows: one category's, or one hazard class's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    Category(usize),
    Hazard(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ListState {
    pub kind: ListKind,
    pub selected: usize,
}

/// The points a list shows, in order, as indexes into the guide.
pub fn points(guide: &Guide, kind: ListKind) -> &[usize] {
    match kind {
        ListKind::Category(c) => guide.lookup.in_category(c),
        ListKind::Hazard(h) => guide.hazards.get(h).map_or(&[], |h| guide.lookup.of_hazard(&h.id)),
    }
}

impl ListState {
    pub fn update(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        let count = points(cx.guide, self.kind).len();
        match action {
            Action::OpenRow(row) => {
                self.selected = row.min(count.saturating_sub(1));
                self.open(cx)
            }
            Action::Open => self.open(cx),
            Action::Quiz => super::quiz::of_list(cx, self.kind),
            _ if move_in_list(&mut self.selected, action, cx.page(), count) => Outcome::Handled,
            _ => Outcome::Ignored,
        }
    }

    fn open(&self, cx: &mut Cx<'_, '_>) -> Outcome {
        match points(cx.guide, self.kind).get(self.selected) {
            Some(&point) => super::point::open(cx, point),
            None => Outcome::Handled,
        }
    }
}

pub fn draw(app: &App<'_>, state: &ListState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let (title, summary) = match state.kind {
        ListKind::Category(i) => app
            .config
            .guide
            .categories
            .get(i)
            .map(|c| (c.title.text(app.session.locale), c.summary.text(app.session.locale)))
            .unwrap_or_default(),
        ListKind::Hazard(i) => app
            .config
            .guide
            .hazards
            .get(i)
            .map(|h| (h.title.text(app.session.locale), ""))
            .unwrap_or_default(),
    };
    let [head, body] = crate::tui::layout::rows(area, [2, 0], 1);
    let w = usize::from(area.width);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(truncate(title, w), app.config.theme.heading),
            Line::styled(truncate(summary, w), app.config.theme.dim),
        ]),
        head,
    );
    let points = app.list_points(state.kind);
    let rows = usize::from(body.height).max(1);
    // Keep the selection in view: scroll by whole pages.
    let first = state.selected / rows * rows;
    let mut lines = Vec::new();
    for (i, &p) in points.iter().enumerate().skip(first).take(rows) {
        let point = &app.config.guide.points[p];
        let selected = i == state.selected;
        let read = app.session.progress.read.contains(point.id.as_str());
        let mark = if read { "✓ " } else { "· " };
        let title = point.title.text(app.session.locale);
        let mut spans = vec![
            Span::raw(marker(selected)),
            Span::styled(mark, app.config.theme.dim),
            Span::raw(title.to_string()),
        ];
        let room = w.saturating_sub(4 + width(title) + 3);
        if room > 8 {
            let separator = if app.session.locale == Locale::ZhHans {
                "："
            } else {
                " — "
            };
            spans.push(Span::styled(
                truncate(&format!("{separator}{}", point.summary.text(app.session.locale)), room),
                app.config.theme.dim,
            ));
        }
        lines.push(row(spans, selected, app.config.theme.selected));
        let rect = row_rect(body, i - first);
        last.hits.push((rect, Action::OpenRow(i)));
        if selected {
            last.cursor = Some(Position::new(rect.x, rect.y));
        }
    }
    last.page = rows;
    frame.render_widget(Paragraph::new(lines), body);
}

//! The list of drills, each with how often it was played to its end and
//! the best outcome reached, in words and a mark that need no colour.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Cx, Outcome, move_in_list};
use crate::i18n::{drills, outcome, outcome_mark};
use crate::textwrap_cjk::width;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::widgets::text::{marker, row, row_rect, truncate};

#[derive(Clone, Debug, PartialEq)]
pub struct DrillsState {
    pub selected: usize,
}

impl DrillsState {
    pub fn update(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        let count = cx.guide.drills.len();
        match action {
            Action::OpenRow(row) => {
                self.selected = row.min(count.saturating_sub(1));
                super::drill::open(cx, self.selected)
            }
            Action::Open | Action::Confirm => super::drill::open(cx, self.selected),
            _ if move_in_list(&mut self.selected, action, cx.page(), count) => Outcome::Handled,
            _ => Outcome::Ignored,
        }
    }
}

pub fn draw(app: &App<'_>, state: &DrillsState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let l = app.session.locale;
    let w = usize::from(area.width);
    let mut lines = vec![Line::styled(truncate(drills(l).heading, w), app.config.theme.heading)];
    let rows = usize::from(area.height).saturating_sub(3).max(1);
    let first = state.selected / rows * rows;
    for (i, drill) in app.config.guide.drills.iter().enumerate().skip(first).take(rows) {
        let selected = i == state.selected;
        let status = app
            .session
            .progress
            .drills
            .get(drill.id.as_str())
            .map(|r| format!("{} {} ×{}", outcome_mark(r.best), outcome(l, r.best), r.completed))
            .unwrap_or_default();
        let room = w.saturating_sub(width(&status) + 3);
        let title = truncate(drill.title.text(l), room);
        let pad = room.saturating_sub(width(&title));
        let y = lines.len();
        lines.push(row(
            vec![
                Span::raw(marker(selected)),
                Span::raw(title),
                Span::raw(" ".repeat(pad + 1)),
                Span::styled(status, app.config.theme.dim),
            ],
            selected,
            app.config.theme.selected,
        ));
        let rect = row_rect(area, y);
        if rect.height > 0 {
            last.hits.push((rect, Action::OpenRow(i)));
            if selected {
                last.cursor = Some(Position::new(rect.x, rect.y));
            }
        }
    }
    // The selected drill's one-line summary, below the list.
    if let Some(drill) = app.config.guide.drills.get(state.selected) {
        lines.push(Line::raw(""));
        lines.push(Line::styled(truncate(drill.summary.text(l), w), app.config.theme.dim));
    }
    last.page = rows;
    frame.render_widget(Paragraph::new(lines), area);
}

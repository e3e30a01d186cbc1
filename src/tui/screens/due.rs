//! What is due this month or overdue, soonest first: how far off first (so
//! "OVERDUE" is never cut off), then what, then its date and checklist.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{ChecklistState, Cx, Outcome, Screen, move_in_list};
use crate::i18n::upkeep_words;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::widgets::text::{marker, row, truncate};
use crate::upkeep::due;

#[derive(Clone, Debug, PartialEq)]
pub struct DueState {
    pub selected: usize,
}

/// Lines per item: what and when, then the date and its checklist.
const ITEM_LINES: usize = 2;

impl DueState {
    /// Enter on a due row opens its checklist with the item highlighted.
    pub fn update(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        let due = due::this_month(cx.guide, cx.progress, cx.env.today);
        match action {
            Action::Open | Action::OpenRow(_) => {
                if let Action::OpenRow(row) = action {
                    self.selected = row.min(due.len().saturating_sub(1));
                }
                match due.get(self.selected) {
                    Some(d) => Outcome::Push(Screen::Checklist(ChecklistState::new(d.checklist, d.item.unwrap_or(0)))),
                    None => Outcome::Handled,
                }
            }
            _ if move_in_list(&mut self.selected, action, cx.page(), due.len()) => Outcome::Handled,
            _ => Outcome::Ignored,
        }
    }
}

pub fn draw(app: &App<'_>, state: &DueState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let words = upkeep_words(app.session.locale);
    let w = usize::from(area.width);
    let [head, body] = crate::tui::layout::rows(area, [2, 0], 1);
    let items = due::this_month(app.config.guide, &app.session.progress, app.env.today);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(truncate(words.due_title, w), app.config.theme.heading),
            Line::styled(truncate(&crate::tui::focus::due_count(app), w), app.config.theme.dim),
        ]),
        head,
    );
    if items.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(words.due_empty, app.config.theme.dim)),
            body,
        );
        return;
    }
    let per_page = (usize::from(body.height) / ITEM_LINES).max(1);
    let first = state.selected / per_page * per_page;
    let mut lines = Vec::new();
    for (i, d) in items.iter().enumerate().skip(first).take(per_page) {
        let selected = i == state.selected;
        let days = d.days_left(app.env.today);
        let when = crate::i18n::due::when(days, app.session.locale);
        // The word carries the warning; colour only adds to it.
        let when_style = if d.overdue(app.env.today) {
            app.config.theme.never
        } else {
            app.config.theme.key
        };
        let what = d.title.text(app.session.locale);
        let room = w.saturating_sub(2 + crate::textwrap_cjk::width(&when) + 3);
        lines.push(row(
            vec![
                Span::raw(marker(selected)),
                Span::styled(when, when_style),
                Span::raw(" · "),
                Span::raw(truncate(what, room)),
            ],
            selected,
            app.config.theme.selected,
        ));
        let list = app
            .config
            .guide
            .checklists
            .get(d.checklist)
            .map_or("", |c| c.title.text(app.session.locale));
        let detail = format!(
            "  {} · {list}",
            crate::i18n::due::label(d.kind, d.date, app.session.locale)
        );
        lines.push(Line::styled(truncate(&detail, w), app.config.theme.dim));
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

//! Home: the four categories with what has been read, and the hazard
//! classes as a second way in.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{marker, row, row_rect, truncate};
use crate::content::Locale;
use crate::tui::action::Action;
use crate::tui::app::{App, HomeColumn, HomeState, LastFrame, ListKind};

struct Column<'a> {
    column: HomeColumn,
    heading: &'a str,
    rows: Vec<(String, String)>,
}

pub fn draw(
    app: &App<'_>,
    state: &HomeState,
    frame: &mut Frame<'_>,
    area: Rect,
    last: &mut LastFrame,
) {
    let zh = app.locale == Locale::ZhHans;
    let read = |kind| {
        let (read, total) = app.read_count(kind);
        if zh {
            format!("{read}/{total} 已读")
        } else {
            format!("{read}/{total} read")
        }
    };
    let categories = Column {
        column: HomeColumn::Categories,
        heading: if zh { "按类别" } else { "By category" },
        rows: (0..app.guide.categories.len())
            .map(|i| {
                let c = &app.guide.categories[i];
                (
                    c.title.text(app.locale).to_string(),
                    read(ListKind::Category(i)),
                )
            })
            .collect(),
    };
    let hazards = Column {
        column: HomeColumn::Hazards,
        heading: if zh {
            "按突发事件类型"
        } else {
            "By type of emergency"
        },
        rows: (0..app.guide.hazards.len())
            .map(|i| {
                let h = &app.guide.hazards[i];
                (
                    h.title.text(app.locale).to_string(),
                    read(ListKind::Hazard(i)),
                )
            })
            .collect(),
    };
    let total = app.guide.points.len();
    let done = app
        .guide
        .points
        .iter()
        .filter(|p| app.progress.read.contains(&p.id))
        .count();
    let summary = if zh {
        format!(
            "{} · 已读 {done}/{total}",
            app.guide.edition.text(app.locale)
        )
    } else {
        format!(
            "{} · read {done} of {total}",
            app.guide.edition.text(app.locale)
        )
    };
    let [intro, lists] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    let intro_line = Line::from(Span::styled(
        truncate(&summary, usize::from(area.width)),
        app.theme.dim,
    ));
    frame.render_widget(Paragraph::new(intro_line), intro);
    let needed = categories.rows.len() + hazards.rows.len() + 3;
    if area.width >= 60 {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(lists);
        draw_column(app, state, &categories, frame, left, last);
        draw_column(
            app,
            state,
            &hazards,
            frame,
            right.inner(ratatui::layout::Margin::new(1, 0)),
            last,
        );
    } else if usize::from(lists.height) >= needed {
        let split = u16::try_from(categories.rows.len() + 2).unwrap_or(u16::MAX);
        let [top, bottom] =
            Layout::vertical([Constraint::Length(split), Constraint::Min(1)]).areas(lists);
        draw_column(app, state, &categories, frame, top, last);
        draw_column(app, state, &hazards, frame, bottom, last);
    } else {
        // Too short for both: show the active one; Tab switches.
        let active = if state.column == HomeColumn::Categories {
            &categories
        } else {
            &hazards
        };
        draw_column(app, state, active, frame, lists, last);
    }
}

fn draw_column(
    app: &App<'_>,
    state: &HomeState,
    column: &Column<'_>,
    frame: &mut Frame<'_>,
    area: Rect,
    last: &mut LastFrame,
) {
    let active = state.column == column.column;
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let heading_style = if active {
        app.theme.heading
    } else {
        app.theme.dim
    };
    frame.render_widget(
        Paragraph::new(Line::styled(column.heading, heading_style)),
        head,
    );
    let width = usize::from(body.width);
    let mut lines = Vec::new();
    for (i, (title, count)) in column.rows.iter().enumerate() {
        let selected = active && i == state.selected;
        let room = width.saturating_sub(crate::textwrap_cjk::width(count) + 4);
        let title = truncate(title, room);
        let pad = room.saturating_sub(crate::textwrap_cjk::width(&title));
        lines.push(row(
            vec![
                Span::raw(marker(selected)),
                Span::raw(title),
                Span::raw(" ".repeat(pad + 1)),
                Span::styled(count.clone(), app.theme.dim),
            ],
            selected,
            app.theme.selected,
        ));
        let rect = row_rect(body, i);
        if rect.height > 0 {
            last.hits.push((rect, Action::OpenHome(column.column, i)));
            if selected {
                last.cursor = Some(Position::new(rect.x, rect.y));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines), body);
}

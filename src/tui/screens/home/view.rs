//! Home: the four categories with what has been read, and the hazard
//! classes as a second way in.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::i18n::practise;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::screens::{HomeColumn, HomeState, ListKind, PractiseRow};
use crate::tui::widgets::text::{marker, row, row_rect, truncate};
use crate::{checklist, readiness};

struct Column<'a> {
    column: HomeColumn,
    heading: &'a str,
    rows: Vec<(String, String)>,
}

pub fn draw(app: &App<'_>, state: &HomeState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let read = |kind| {
        let (read, total) = app.read_count(kind);
        let best = match kind {
            ListKind::Category(i) => app
                .config
                .guide
                .categories
                .get(i)
                .and_then(|c| app.session.progress.scores.get(c.id.as_str())),
            ListKind::Hazard(_) => None,
        };
        let percent = best.filter(|s| s.best.total > 0).map(|s| s.best.percent());
        crate::i18n::tui::read_count(app.session.locale, read, total, percent)
    };
    let categories = Column {
        column: HomeColumn::Categories,
        heading: crate::i18n::tui::tui(app.session.locale).by_category,
        rows: (0..app.config.guide.categories.len())
            .map(|i| {
                let c = &app.config.guide.categories[i];
                (
                    c.title.text(app.session.locale).to_string(),
                    read(ListKind::Category(i)),
                )
            })
            .collect(),
    };
    let hazards = Column {
        column: HomeColumn::Hazards,
        heading: crate::i18n::tui::tui(app.session.locale).by_hazard,
        rows: (0..app.config.guide.hazards.len())
            .map(|i| {
                let h = &app.config.guide.hazards[i];
                (h.title.text(app.session.locale).to_string(), read(ListKind::Hazard(i)))
            })
            .collect(),
    };
    let practise = practise_column(app);
    let total = app.config.guide.points.len();
    let done = app.session.read_counts.total();
    let edition = app.config.guide.edition.text(app.session.locale);
    let summary = crate::i18n::tui::read_of(app.session.locale, edition, done, total);
    let [intro, lists] = crate::tui::layout::rows(area, [2, 0], 1);
    let intro_line = Line::from(Span::styled(
        truncate(&summary, usize::from(area.width)),
        app.config.theme.dim,
    ));
    frame.render_widget(Paragraph::new(intro_line), intro);
    let height = |c: &Column<'_>| u16::try_from(c.rows.len() + 1).unwrap_or(u16::MAX);
    let stacked = height(&categories) + 1 + height(&practise);
    if area.width >= 60 && lists.height >= stacked {
        let [left, right] = crate::tui::layout::two_columns(lists, 55);
        let [top, _, bottom] = crate::tui::layout::rows(left, [height(&categories), 1, 0], 2);
        draw_column(app, state, &categories, frame, top, last);
        draw_column(app, state, &practise, frame, bottom, last);
        draw_column(
            app,
            state,
            &hazards,
            frame,
            right.inner(ratatui::layout::Margin::new(1, 0)),
            last,
        );
    } else if lists.height >= stacked + 1 + height(&hazards) {
        let [a, _, b, _, c] = crate::tui::layout::rows(lists, [height(&categories), 1, height(&hazards), 1, 0], 4);
        draw_column(app, state, &categories, frame, a, last);
        draw_column(app, state, &hazards, frame, b, last);
        draw_column(app, state, &practise, frame, c, last);
    } else {
        // Too small for all three: show the active one; Tab switches.
        let active = match state.column {
            HomeColumn::Categories => &categories,
            HomeColumn::Hazards => &hazards,
            HomeColumn::Practise => &practise,
        };
        draw_column(app, state, active, frame, lists, last);
    }
}

fn practise_column<'a>(app: &'a App<'_>) -> Column<'a> {
    let t = practise(app.session.locale);
    let rows = app
        .practise_rows()
        .into_iter()
        .map(|row| match row {
            PractiseRow::SelfCheck => (t.self_check.to_string(), String::new()),
            PractiseRow::Mistakes => {
                let n = app.session.progress.missed_questions().len();
                let count = if n == 0 {
                    t.no_mistakes.to_string()
                } else {
                    n.to_string()
                };
                (t.mistakes.to_string(), count)
            }
            PractiseRow::Drills => {
                let played = app
                    .config
                    .guide
                    .drills
                    .iter()
                    .filter(|d| app.session.progress.drills.contains_key(d.id.as_str()))
                    .count();
                (
                    crate::i18n::drills(app.session.locale).heading.to_string(),
                    format!("{played}/{}", app.config.guide.drills.len()),
                )
            }
            PractiseRow::Readiness => {
                let level = app.config.guide.readiness.as_ref().and_then(|check| {
                    let answered = check
                        .questions
                        .iter()
                        .all(|q| app.session.progress.readiness.contains_key(q.id.as_str()));
                    let yes = readiness::yes_count(&app.session.progress.readiness, check);
                    answered.then(|| readiness::level(check, yes)).flatten()
                });
                let level = level.map(|l| format!("{} {}", t.level, l.id)).unwrap_or_default();
                (t.readiness.to_string(), level)
            }
            PractiseRow::Due => (crate::tui::focus::due_count(app), String::new()),
            PractiseRow::Checklist(i) => {
                let list = &app.config.guide.checklists[i];
                let (done, total) = checklist::tally(list, &app.session.progress.ticks);
                (
                    list.title.text(app.session.locale).to_string(),
                    format!("{done}/{total}"),
                )
            }
        })
        .collect();
    Column {
        column: HomeColumn::Practise,
        heading: t.heading,
        rows,
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
    let [head, body] = crate::tui::layout::rows(area, [1, 0], 1);
    let heading_style = if active {
        app.config.theme.heading
    } else {
        app.config.theme.dim
    };
    frame.render_widget(Paragraph::new(Line::styled(column.heading, heading_style)), head);
    let width = usize::from(body.width);
    // A column taller than its room pages, as a list does, so the selected
    // row is always the one on screen.
    let rows = usize::from(body.height).max(1);
    let first = if active { state.selected / rows * rows } else { 0 };
    let mut lines = Vec::new();
    for (i, (title, count)) in column.rows.iter().enumerate().skip(first).take(rows) {
        let selected = active && i == state.selected;
        let room = width.saturating_sub(crate::textwrap_cjk::width(count) + 4);
        let title = truncate(title, room);
        let pad = room.saturating_sub(crate::textwrap_cjk::width(&title));
        lines.push(row(
            vec![
                Span::raw(marker(selected)),
                Span::raw(title),
                Span::raw(" ".repeat(pad + 1)),
                Span::styled(count.clone(), app.config.theme.dim),
            ],
            selected,
            app.config.theme.selected,
        ));
        let rect = row_rect(body, i - first);
        if rect.height > 0 {
            last.hits.push((rect, Action::OpenHome(column.column, i)));
            if selected {
                last.cursor = Some(Position::new(rect.x, rect.y));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines), body);
}

//! Drawing. Views only read the state; each returns what it drew where, so
//! clicks can be mapped to actions over the last frame.

mod checklist;
mod checklist_dates;
mod console;
mod doc;
mod drill;
mod drills;
mod due;
mod footer;
mod gauge;
mod header;
mod help;
mod home;
mod list;
mod plan;
mod point;
mod quiz;
mod readiness;
mod search;
pub mod sos;
mod text;

pub use doc::{Doc, point_doc};
pub use text::truncate;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Paragraph};

use super::app::{App, LastFrame, Overlay, Screen};
use crate::textwrap_cjk::wrap;

/// Below this the guide cannot be used; it asks for a bigger window.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this size up, the full layout; below, the compact one.
pub const FULL_WIDTH: u16 = 80;
pub const FULL_HEIGHT: u16 = 24;

pub fn view(app: &App<'_>, frame: &mut Frame<'_>) -> LastFrame {
    let last = draw(app, frame);
    if app.theme.ascii_glyphs {
        console::ascii_glyphs(frame.buffer_mut());
    }
    last
}

fn draw(app: &App<'_>, frame: &mut Frame<'_>) -> LastFrame {
    let area = frame.area();
    let mut last = LastFrame::default();
    frame.render_widget(Block::default().style(app.theme.base), area);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(app, frame, area);
        return last;
    }
    last.laid_out = true;
    let [top, body, numbers, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    header::draw(app, frame, top, &mut last);
    match app.screen() {
        Screen::Home(state) => home::draw(app, state, frame, body, &mut last),
        Screen::List(state) => list::draw(app, state, frame, body, &mut last),
        Screen::Point(state) => point::draw(app, state, frame, body, &mut last),
        Screen::Search(state) => search::draw(app, state, frame, body, &mut last),
        Screen::Quiz(state) => quiz::draw(app, state, frame, body, &mut last),
        Screen::Readiness(state) => readiness::draw(app, state, frame, body, &mut last),
        Screen::Checklist(state) => checklist::draw(app, state, frame, body, &mut last),
        Screen::Due(state) => due::draw(app, state, frame, body, &mut last),
        Screen::Plan(state) => plan::draw(app, state, frame, body, &mut last),
        Screen::Drills(state) => drills::draw(app, state, frame, body, &mut last),
        Screen::Drill(state) => drill::draw(app, state, frame, body, &mut last),
    }
    match &app.notice {
        // Shown over the two bottom lines until the next key: a problem
        // with the save file, say.
        Some(notice) => footer::notice(app, notice, frame, numbers.union(bottom)),
        None => {
            footer::numbers(app, frame, numbers);
            footer::keys(app, frame, bottom, &mut last);
        }
    }
    match app.overlay {
        Some(Overlay::Help { scroll }) => help::draw(app, scroll, frame, body, &mut last),
        Some(Overlay::Sos { since_ms, scroll }) => sos::draw(app, since_ms, scroll, frame, body, &mut last),
        None => {}
    }
    if let Some(cursor) = last.cursor {
        frame.set_cursor_position(cursor);
    }
    last
}

/// Is the window big enough for the full layout?
pub fn is_full(area: Rect) -> bool {
    area.width >= FULL_WIDTH && area.height >= FULL_HEIGHT
}

fn too_small(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let message = match app.locale {
        crate::content::Locale::En => format!(
            "Window too small ({}×{}). Please enlarge it to at least {MIN_WIDTH}×{MIN_HEIGHT}. Press q to quit.",
            area.width, area.height
        ),
        crate::content::Locale::ZhHans => format!(
            "窗口太小（{}×{}）。请放大到至少 {MIN_WIDTH}×{MIN_HEIGHT}。按 q 退出。",
            area.width, area.height
        ),
    };
    let mut lines: Vec<_> = wrap(&message, usize::from(area.width.max(1)))
        .into_iter()
        .map(|l| ratatui::text::Line::styled(l, app.theme.title))
        .collect();
    // The numbers are still worth showing in a window too small for more.
    for n in &app.guide.numbers {
        let text = format!("{} {}", n.number, n.name.text(app.locale));
        lines.push(ratatui::text::Line::styled(
            text::truncate(&text, usize::from(area.width)),
            app.theme.base,
        ));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

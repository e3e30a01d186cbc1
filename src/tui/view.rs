//! Drawing. Views only read the state; each returns what it drew where, so
//! clicks can be mapped to actions over the last frame.

pub use super::screens::point::doc::{Doc, point_doc};
pub use super::widgets::text;
pub use super::widgets::text::truncate;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Paragraph};

use super::app::{App, LastFrame, Overlay};
use crate::textwrap_cjk::wrap;

pub use super::layout::{MIN_HEIGHT, MIN_WIDTH};

pub fn view(app: &App<'_>, frame: &mut Frame<'_>) -> LastFrame {
    let last = draw(app, frame);
    if app.config.theme.ascii_glyphs {
        super::widgets::console::ascii_glyphs(frame.buffer_mut());
    }
    last
}

fn draw(app: &App<'_>, frame: &mut Frame<'_>) -> LastFrame {
    let area = frame.area();
    let mut last = LastFrame::default();
    frame.render_widget(Block::default().style(app.config.theme.base), area);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(app, frame, area);
        return last;
    }
    last.laid_out = true;
    let [top, body, numbers, bottom] = super::layout::rows(area, [1, 0, 1, 1], 1);
    super::widgets::header::draw(app, frame, top, &mut last);
    // An overlay covers the whole body: the screen beneath would only be
    // drawn to be painted over. That doubled the cost of a frame at 200×60,
    // and a screen's cursor (search's) showed through the overlay.
    match app.session.overlay {
        Some(Overlay::Help { scroll }) => super::overlays::help::draw(app, scroll, frame, body, &mut last),
        Some(Overlay::Sos { since_ms, scroll }) => {
            super::overlays::sos::draw(app, since_ms, scroll, frame, body, &mut last)
        }
        None => app.screen().draw(app, frame, body, &mut last),
    }
    match &app.session.notice {
        // Shown over the two bottom lines until the next key: a problem
        // with the save file, say.
        Some(notice) => super::widgets::footer::notice(app, notice, frame, numbers.union(bottom)),
        None => {
            super::widgets::footer::numbers(app, frame, numbers);
            super::widgets::footer::keys(app, frame, bottom, &mut last);
        }
    }
    if let Some(cursor) = last.cursor {
        frame.set_cursor_position(cursor);
    }
    last
}

fn too_small(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let quit = app
        .config
        .keymap
        .label(crate::tui::keymap::Context::Home, crate::tui::action::Action::Quit);
    let message = crate::i18n::tui::too_small(app.session.locale, area.width, area.height, MIN_WIDTH, MIN_HEIGHT, quit);
    let mut lines: Vec<_> = wrap(&message, usize::from(area.width.max(1)))
        .into_iter()
        .map(|l| ratatui::text::Line::styled(l, app.config.theme.title))
        .collect();
    // The numbers are still worth showing in a window too small for more.
    for n in &app.config.guide.numbers {
        let text = format!("{} {}", n.number, n.name.text(app.session.locale));
        lines.push(ratatui::text::Line::styled(
            truncate(&text, usize::from(area.width)),
            app.config.theme.base,
        ));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

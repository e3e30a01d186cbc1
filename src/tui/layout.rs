//! Where things are, for `update`: the page size, how far the point or the
//! overlay can scroll, where each section starts. The view is the one place
//! that lays a screen out, so instead of a second copy of its arithmetic
//! (which drifted before: the point's section anchor was once computed
//! twice, with different totals) `update` asks it, off screen, for the
//! current state at the current size. Nothing depends on a frame having
//! been drawn before, and the two can never disagree.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::action::Action;
use super::app::{App, LastFrame};

/// Below this the guide cannot be used; it asks for a bigger window.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// The size assumed before the terminal has reported one.
const FALLBACK: (u16, u16) = (80, 24);

/// The layout of the current state at the current size.
pub fn measure(app: &App<'_>) -> LastFrame {
    let (w, h) = app.env.size.unwrap_or(FALLBACK);
    let Ok(mut term) = Terminal::new(TestBackend::new(w, h));
    let mut last = LastFrame::default();
    // Drawing into memory cannot fail; if it did, nothing scrolls.
    let _ = term.draw(|frame| last = super::view::view(app, frame));
    last
}

/// The actions whose effect depends on the layout: paging, scrolling,
/// jumping between sections. Only these pay for measuring.
pub fn needs_layout(action: Action) -> bool {
    matches!(
        action,
        Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom
            | Action::ScrollUp
            | Action::ScrollDown
            | Action::NextSection
            | Action::PrevSection
            | Action::JumpSection(_)
    )
}

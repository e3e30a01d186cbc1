//! The one way something on screen becomes tappable: drawn and registered
//! in the same call, so a click can only land where it is drawn.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Paragraph;

use crate::tui::action::Action;
use crate::tui::app::LastFrame;

/// Draws `label` at the start of `area`, clipped to it, and makes exactly
/// the cells it covers act as `action`. Returns those cells.
pub fn button(frame: &mut Frame<'_>, last: &mut LastFrame, area: Rect, label: Span<'_>, action: Action) -> Rect {
    let width = u16::try_from(label.width()).unwrap_or(u16::MAX);
    let rect = Rect { width, ..area }.intersection(area).intersection(frame.area());
    if rect.is_empty() {
        return rect;
    }
    frame.render_widget(Paragraph::new(label), rect);
    last.hits.push((rect, action));
    rect
}

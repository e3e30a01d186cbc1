//! Small drawing helpers shared by the screens.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// A string cut to `width` display cells, with `…` if anything was cut.
/// Cuts between characters, never inside one.
pub fn truncate(s: &str, width: usize) -> String {
    if crate::textwrap_cjk::width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// The marker in front of a row: a visible ▶ on the selected one, so the
/// selection shows even without colour.
pub fn marker(selected: bool) -> &'static str {
    if selected { "▶ " } else { "  " }
}

/// One row of a list, styled whole when selected: the selection style is
/// laid over every span, so a dimmed part cannot punch a hole in it.
pub fn row<'a>(mut spans: Vec<Span<'a>>, selected: bool, selected_style: Style) -> Line<'a> {
    if selected {
        for span in &mut spans {
            span.style = span.style.patch(selected_style);
        }
    }
    let line = Line::from(spans);
    if selected { line.style(selected_style) } else { line }
}

/// The rectangle of row `i` of `area`, for click targets.
pub fn row_rect(area: Rect, i: usize) -> Rect {
    let y = area.y.saturating_add(u16::try_from(i).unwrap_or(u16::MAX));
    Rect::new(area.x, y, area.width, 1).intersection(area)
}

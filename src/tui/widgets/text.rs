//! Small drawing helpers shared by the screens.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_truncate::UnicodeTruncateStr;

/// A string cut to `width` display cells, with `…` if anything was cut.
/// Cuts between grapheme clusters, never inside one (an accent stays on
/// its letter).
pub fn truncate(s: &str, width: usize) -> String {
    if crate::textwrap_cjk::width(s) <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let (kept, _) = s.unicode_truncate(width - 1);
    format!("{kept}…")
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

/// A count of cells or lines as a screen coordinate, saturating rather
/// than wrapping on a count too big for the screen.
pub fn cells(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// The last `room` display cells of `s`: where typing happens, so a long
/// query or field never runs off the edge.
pub fn tail(s: &str, room: usize) -> String {
    let mut out: Vec<char> = Vec::new();
    let mut used = 0;
    for c in s.chars().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    out.into_iter().rev().collect()
}

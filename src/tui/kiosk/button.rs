//! A touch target that is drawn and registered in one call, so a tap can
//! only land where a button is shown, and everywhere it is shown.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders, Widget};

use super::state::Target;
use crate::textwrap_cjk::width;

pub fn button(buf: &mut Buffer, hits: &mut Vec<(Rect, Target)>, area: Rect, label: &str, style: Style, target: Target) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    // Three rows make a box; fewer, a bracketed label, still fully tappable.
    let inner = if area.height >= 3 && area.width >= 4 {
        let block = Block::default().borders(Borders::ALL).border_style(style);
        let inner = block.inner(area);
        block.render(area, buf);
        buf.set_style(inner, style);
        inner
    } else {
        buf.set_style(area, style);
        area
    };
    let text = crate::tui::view::truncate(label, usize::from(inner.width));
    let w = u16::try_from(width(&text)).unwrap_or(inner.width).min(inner.width);
    let x = inner.x + (inner.width - w) / 2;
    let y = inner.y + inner.height.saturating_sub(1) / 2;
    buf.set_stringn(x, y, &text, usize::from(inner.width), style);
    hits.push((area, target));
}

/// `n` equal slots across `area`, with a one-column gap between them.
pub fn row_of(area: Rect, n: u16) -> Vec<Rect> {
    let n = n.max(1);
    let gap = if area.width > n * 6 { 1 } else { 0 };
    let w = (area.width.saturating_sub(gap * (n - 1))) / n;
    (0..n)
        .map(|i| Rect::new(area.x + i * (w + gap), area.y, w, area.height))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_button_registers_exactly_the_cells_it_draws() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 30, 5));
        let mut hits = Vec::new();
        let area = Rect::new(2, 1, 12, 3);
        button(&mut buf, &mut hits, area, "中文", Style::default(), Target::Back);
        assert_eq!(hits, [(area, Target::Back)]);
        let at = (0..30).find(|&x| buf[(x, 2)].symbol() == "中");
        assert_eq!(at, Some(6), "centred in the box");
        assert_eq!(buf[(8, 2)].symbol(), "文");
        // Clipped to the screen: a target is never registered off screen.
        button(
            &mut buf,
            &mut hits,
            Rect::new(25, 3, 10, 3),
            "x",
            Style::default(),
            Target::Home,
        );
        assert_eq!(hits[1].0, Rect::new(25, 3, 5, 2));
    }

    #[test]
    fn slots_fill_the_row_without_overlapping() {
        let slots = row_of(Rect::new(0, 10, 80, 3), 4);
        assert_eq!(slots.len(), 4);
        for pair in slots.windows(2) {
            assert!(pair[0].right() <= pair[1].x);
        }
        assert!(slots[3].right() <= 80);
    }
}

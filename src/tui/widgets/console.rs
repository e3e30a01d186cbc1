//! The Linux console (`TERM=linux`) draws from a 256- or 512-glyph font:
//! box drawing is there, but not ▶ ✓ ✗ ● ░ and the like, which it shows as
//! blank diamonds. With the console theme every finished frame has those
//! marks swapped for ASCII ones of the same width, so no screen needs to
//! know, and every mark keeps its meaning.

use ratatui::buffer::Buffer;

/// The ASCII stand-in for a mark the console's font lacks.
pub fn ascii_for(symbol: &str) -> Option<&'static str> {
    Some(match symbol {
        "▶" | "►" | "→" | "›" => ">",
        "◀" | "◄" | "←" | "‹" => "<",
        "↑" | "▲" => "^",
        "↓" | "▼" => "v",
        "✓" | "✔" => "v",
        "✗" | "✘" => "x",
        "●" | "•" => "*",
        "○" => "o",
        "█" | "▓" => "#",
        "░" | "▒" => ".",
        // A truncated title or line: one cell, as the ellipsis was.
        "…" => "~",
        "—" | "–" | "−" => "-",
        "‘" | "’" => "'",
        "“" | "”" => "\"",
        "×" => "x",
        "≥" => ">",
        "≤" => "<",
        _ => return None,
    })
}

/// Swaps the marks in a drawn frame for their ASCII stand-ins.
pub fn ascii_glyphs(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        if let Some(ascii) = ascii_for(cell.symbol()) {
            cell.set_symbol(ascii);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn every_stand_in_is_one_ascii_cell_like_the_mark() {
        for mark in ["▶", "◀", "↑", "↓", "✓", "✗", "●", "○", "█", "░", "•", "→"] {
            let ascii = ascii_for(mark).unwrap_or_default();
            assert!(ascii.is_ascii() && ascii.width() == 1 && mark.width() == 1, "{mark}");
        }
        assert_eq!(ascii_for("─"), None, "box drawing is in the console font");
        assert_eq!(ascii_for("地"), None);
    }
}

//! What a kiosk shows when its content set is broken: a calm notice, the
//! emergency numbers and the first steps of CPR, all from the guide built
//! into the binary, so a typo in a city's files never leaves a visitor
//! with a broken screen. The diagnostics go to the journal, not here.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::attract::numbers;
use super::state::Kiosk;
use crate::content::Phase;
use crate::i18n::kiosk_screen::words;
use crate::textwrap_cjk::{wrap, wrap_hanging};
use crate::tui::theme::Theme;

pub fn draw(k: &mut Kiosk<'_>, buf: &mut Buffer, area: Rect, theme: &Theme) {
    let guide = k.guide;
    let w = usize::from(area.width.min(76).saturating_sub(2)).max(10);
    let room = usize::from(area.height.saturating_sub(1));
    let mut lines: Vec<Line> = Vec::new();
    // The first language always; another only if it fits whole.
    for (i, l) in k.config.ordered().into_iter().enumerate() {
        let block = language_block(guide, l, w, theme);
        if i > 0 && lines.len() + 1 + block.len() > room {
            break;
        }
        if i > 0 {
            lines.push(Line::raw(""));
        }
        lines.extend(block);
    }
    lines.truncate(room);
    let top = room.saturating_sub(lines.len()) / 2;
    let width = u16::try_from(w).unwrap_or(area.width).min(area.width);
    let shown = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + u16::try_from(top).unwrap_or(0),
        width,
        u16::try_from(lines.len()).unwrap_or(0),
    );
    Paragraph::new(lines).render(shown, buf);
    let numbers_row = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
    numbers(guide, buf, numbers_row, theme, k.config.start);
}

fn language_block<'a>(
    guide: &'a crate::content::Guide,
    l: crate::content::Locale,
    w: usize,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let s = words(l);
    let styled = |text: &str, style| wrap(text, w).into_iter().map(move |t| Line::styled(t, style));
    let mut lines: Vec<Line> = styled(s.maintenance, theme.title).collect();
    lines.extend(styled(s.maintenance_why, theme.base));
    for n in &guide.numbers {
        let text = format!("{}  {} — {}", n.number, n.name.text(l), n.use_for.text(l));
        lines.extend(
            wrap_hanging("  ", &text, w)
                .into_iter()
                .map(|t| Line::styled(t, theme.key)),
        );
    }
    if let Some(cpr) = guide.point("cpr-aed") {
        lines.extend(styled(s.cpr, theme.heading));
        for (n, step) in cpr.steps(Phase::During).list(l).iter().take(4).enumerate() {
            lines.extend(
                wrap_hanging(&format!("{}. ", n + 1), step, w)
                    .into_iter()
                    .map(Line::raw),
            );
        }
    }
    lines
}

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
use super::words::words;
use crate::content::Phase;
use crate::textwrap_cjk::wrap_hanging;
use crate::tui::theme::Theme;

pub fn draw(k: &mut Kiosk<'_>, buf: &mut Buffer, area: Rect, theme: &Theme) {
    let guide = k.guide;
    let mut lines: Vec<Line> = Vec::new();
    let w = usize::from(area.width.min(76).saturating_sub(2));
    for (i, &l) in k.config.languages.iter().enumerate() {
        let s = words(l);
        if i > 0 {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(s.maintenance, theme.title));
        lines.push(Line::styled(s.maintenance_why, theme.base));
        for n in &guide.numbers {
            let text = format!("{}  {} — {}", n.number, n.name.text(l), n.use_for.text(l));
            lines.extend(
                wrap_hanging("  ", &text, w)
                    .into_iter()
                    .map(|t| Line::styled(t, theme.key)),
            );
        }
        if let Some(cpr) = guide.point("cpr-aed") {
            lines.push(Line::styled(s.cpr, theme.heading));
            for (n, step) in cpr.steps(Phase::During).list(l).iter().take(4).enumerate() {
                let lead = format!("{}. ", n + 1);
                lines.extend(wrap_hanging(&lead, step, w).into_iter().map(Line::raw));
            }
        }
    }
    let body = Rect::new(area.x, area.y, area.width, area.height.saturating_sub(1));
    let top = body
        .height
        .saturating_sub(u16::try_from(lines.len()).unwrap_or(u16::MAX))
        / 2;
    let shown = Rect::new(
        area.x + area.width.saturating_sub(u16::try_from(w).unwrap_or(0)) / 2,
        body.y + top,
        u16::try_from(w).unwrap_or(area.width).min(area.width),
        body.height - top,
    );
    Paragraph::new(lines).render(shown, buf);
    let numbers_row = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
    numbers(guide, buf, numbers_row, theme, k.config.start);
}

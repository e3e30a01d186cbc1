//! The attract screen: what a passer-by sees. The guide's title, a safety
//! tip from the content that changes every few seconds, the invitation to
//! touch in every language offered, one big button per language, and the
//! emergency numbers, which are never more than a glance away.

use std::time::Duration;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Modifier;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

use super::button::{button, row_of};
use super::state::{Kiosk, Target};
use super::words::words;
use crate::content::Guide;
use crate::textwrap_cjk::{width, wrap};
use crate::tui::theme::Theme;

/// How long each tip stays up.
pub const TIP_EVERY: Duration = Duration::from_secs(8);

/// The tip shown at a moment: points' summaries in guide order, in turn.
pub fn tip_index(guide: &Guide, k: &Kiosk<'_>) -> usize {
    let shown = k.now.saturating_duration_since(k.attract_since).as_secs() / TIP_EVERY.as_secs();
    usize::try_from(shown).unwrap_or(0) % guide.points.len().max(1)
}

pub fn draw(k: &mut Kiosk<'_>, buf: &mut Buffer, area: Rect, theme: &Theme) {
    let guide = k.guide;
    let first = k.config.start;
    let mut y = area.y + area.height / 12;
    let line = |buf: &mut Buffer, y: u16, text: &str, style| {
        Paragraph::new(Line::styled(text.to_string(), style))
            .alignment(Alignment::Center)
            .render(Rect::new(area.x, y, area.width, 1), buf);
    };
    // Latin titles grow large where they fit; Chinese has no large glyphs
    // in the terminal, so it is drawn bold at its own size.
    let en = guide.title.text(crate::content::Locale::En);
    let big = u16::try_from(width(en) * 4).unwrap_or(u16::MAX);
    let title_rows = if first == crate::content::Locale::En && big <= area.width && area.height >= 30 {
        BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(theme.title)
            .lines(vec![en.into()])
            .centered()
            .build()
            .render(Rect::new(area.x, y, area.width, 4), buf);
        4
    } else {
        for l in &k.config.languages {
            line(buf, y, guide.title.text(*l), theme.title);
            y += 1;
        }
        0
    };
    let title_area = Rect::new(
        area.x,
        y.saturating_sub(k.config.languages.len() as u16),
        area.width,
        1 + title_rows,
    );
    k.hits.push((title_area, Target::Title));
    y += title_rows + 1;
    line(buf, y, guide.edition.text(first), theme.dim);
    y += 2;
    // The tip, in the first language, wrapped to a readable width.
    if let Some(point) = guide.points.get(tip_index(guide, k)) {
        let w = usize::from(area.width.min(72).saturating_sub(4));
        let head = format!("{}：{}", words(first).tip, point.title.text(first));
        let head = if first == crate::content::Locale::En {
            head.replace('：', ": ")
        } else {
            head
        };
        line(buf, y, &head, theme.heading);
        y += 1;
        let room = usize::from(area.height.saturating_sub(y + 12)).clamp(1, 4);
        for l in wrap(point.summary.text(first), w).into_iter().take(room) {
            line(buf, y, &l, theme.base);
            y += 1;
        }
    }
    y += 1;
    for l in &k.config.languages {
        line(buf, y, words(*l).touch, theme.base.add_modifier(Modifier::BOLD));
        y += 1;
    }
    let bottom = area.bottom().saturating_sub(2);
    let buttons_h = if bottom.saturating_sub(y) >= 5 { 3 } else { 1 };
    let by = (y + 1).min(bottom.saturating_sub(buttons_h));
    let n = u16::try_from(k.config.languages.len()).unwrap_or(1);
    let row_w = area.width.min(24 * n + n);
    let row = Rect::new(area.x + (area.width - row_w) / 2, by, row_w, buttons_h);
    for (slot, l) in row_of(row, n).into_iter().zip(k.config.languages.clone()) {
        button(
            buf,
            &mut k.hits,
            slot,
            words(l).language,
            theme.selected,
            Target::Start(l),
        );
    }
    numbers(
        guide,
        buf,
        Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1),
        theme,
        first,
    );
}

/// The emergency numbers on one line, as many as fit.
pub fn numbers(guide: &Guide, buf: &mut Buffer, area: Rect, theme: &Theme, locale: crate::content::Locale) {
    let mut text = String::new();
    for n in &guide.numbers {
        let item = format!("{} {}  ", n.number, n.name.text(locale));
        if width(&text) + width(&item) > usize::from(area.width) {
            break;
        }
        text.push_str(&item);
    }
    Paragraph::new(Line::styled(text.trim_end().to_string(), theme.sos))
        .alignment(Alignment::Center)
        .render(area, buf);
}

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

use super::button::{button, row_of};
use super::state::{Kiosk, Target};
use crate::content::{Guide, Locale};
use crate::i18n::kiosk_screen::words;
use crate::textwrap_cjk::{width, wrap};
use crate::tui::theme::Theme;

/// How long each tip stays up.
pub const TIP_EVERY: Duration = Duration::from_secs(8);

/// The tip shown at a moment: points' summaries in guide order, in turn.
pub fn tip_index(guide: &Guide, k: &Kiosk<'_>) -> usize {
    let shown = k.now.saturating_duration_since(k.attract_since).as_secs() / TIP_EVERY.as_secs();
    usize::try_from(shown).unwrap_or(0) % guide.points.len().max(1)
}

/// One block of the screen: its lines, drawn centred.
struct Block {
    lines: Vec<(String, ratatui::style::Style)>,
    /// Lower goes first when rows are short.
    keep: u8,
}

pub fn draw(k: &mut Kiosk<'_>, buf: &mut Buffer, area: Rect, theme: &Theme) {
    let guide = k.guide;
    let first = k.config.start;
    let languages = k.config.ordered();
    let w = usize::from(area.width.min(72).saturating_sub(4)).max(10);
    let mut blocks = vec![Block {
        lines: languages
            .iter()
            .map(|l| (guide.title.text(*l).to_string(), theme.title))
            .collect(),
        keep: 9,
    }];
    blocks.push(Block {
        lines: vec![(guide.edition.text(first).to_string(), theme.dim)],
        keep: 2,
    });
    if let Some(point) = guide.points.get(tip_index(guide, k)) {
        let colon = if first == Locale::En { ": " } else { "：" };
        let mut lines = vec![(
            format!("{}{colon}{}", words(first).tip, point.title.text(first)),
            theme.heading,
        )];
        lines.extend(
            wrap(point.summary.text(first), w)
                .into_iter()
                .take(4)
                .map(|l| (l, theme.base)),
        );
        blocks.push(Block { lines, keep: 3 });
    }
    let bold = theme.base.add_modifier(Modifier::BOLD);
    let touch = languages
        .iter()
        .flat_map(|l| wrap(words(*l).touch, w))
        .map(|l| (l, bold))
        .collect();
    blocks.push(Block { lines: touch, keep: 8 });
    // Rows for the body: all but the numbers line; buttons want 3.
    let body = area.height.saturating_sub(1);
    let buttons = if body >= 14 { 3 } else { 1 };
    let gaps = |b: &[Block]| u16::try_from(b.len()).unwrap_or(0);
    let rows = |b: &[Block]| b.iter().map(|x| u16::try_from(x.lines.len()).unwrap_or(0)).sum::<u16>();
    while rows(&blocks) + gaps(&blocks) + buttons > body {
        let Some(drop) = blocks.iter().enumerate().min_by_key(|(_, b)| b.keep).map(|(i, _)| i) else {
            break;
        };
        if blocks[drop].keep >= 8 {
            // Only essentials are left: trim them line by line instead.
            match blocks.iter_mut().rev().find(|b| b.lines.len() > 1) {
                Some(b) => {
                    b.lines.pop();
                }
                None => break,
            }
        } else {
            blocks.remove(drop);
        }
    }
    let used = rows(&blocks) + gaps(&blocks) + buttons;
    let mut y = area.y + body.saturating_sub(used) / 2;
    for (i, block) in blocks.iter().enumerate() {
        let top = y;
        for (text, style) in &block.lines {
            Paragraph::new(Line::styled(text.clone(), *style))
                .alignment(Alignment::Center)
                .render(Rect::new(area.x, y, area.width, 1), buf);
            y += 1;
        }
        if i == 0 {
            k.hits
                .push((Rect::new(area.x, top, area.width, y - top), Target::Title));
        }
        y += 1;
    }
    let n = u16::try_from(languages.len()).unwrap_or(1);
    let row_w = area.width.min(24 * n + n);
    let row = Rect::new(area.x + (area.width - row_w) / 2, y, row_w, buttons);
    for (slot, l) in row_of(row, n).into_iter().zip(languages) {
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
pub fn numbers(guide: &Guide, buf: &mut Buffer, area: Rect, theme: &Theme, locale: Locale) {
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

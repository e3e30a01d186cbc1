//! Drawing the kiosk: the stage, the button bar under a visit, and the
//! countdown or the operator's pad over everything. Each frame records
//! where every target was drawn; the next tap is resolved against it.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

use super::button::{button, row_of};
use super::state::{Kiosk, Stage, Target};
use super::{attract, maintenance};
use crate::i18n::kiosk_screen::words;
use crate::tui::theme::Theme;

pub fn draw(k: &mut Kiosk<'_>, frame: &mut Frame<'_>) {
    let area = frame.area();
    k.size = (area.width, area.height);
    k.hits.clear();
    let theme = Theme::new(k.theme);
    let buf = frame.buffer_mut();
    buf.set_style(area, theme.base);
    let mut cursor = None;
    let guide_area = k.guide_area();
    if let Stage::Visit(visit) = &mut k.stage {
        cursor = visit.draw(buf, guide_area);
        bar(k, buf, area, &theme);
    } else if matches!(k.stage, Stage::Attract) {
        attract::draw(k, buf, area, &theme);
    } else {
        maintenance::draw(k, buf, area, &theme);
    }
    if let Some(seconds) = k.warning() {
        countdown(k, buf, area, &theme, seconds);
        cursor = None;
    }
    if k.pad.is_some() {
        pad(k, buf, area, &theme);
        cursor = None;
    }
    if let Some(c) = cursor {
        frame.set_cursor_position(c);
    }
}

/// Back, Home, the other language, SOS and (with speech) Repeat: always on
/// screen under a visit, so nothing needs a keyboard.
fn bar(k: &mut Kiosk<'_>, buf: &mut Buffer, area: Rect, theme: &Theme) {
    let h = k.bar_height();
    let row = Rect::new(area.x, area.bottom().saturating_sub(h), area.width, h);
    // The bar covers the guide's hint row: nothing of it may show through.
    Clear.render(row, buf);
    buf.set_style(row, theme.base);
    let locale = k.locale();
    let s = words(locale);
    let mut items = vec![
        (s.back, Target::Back, theme.selected),
        (s.home, Target::Home, theme.selected),
    ];
    if let Some(other) = k.config.languages.iter().find(|&&l| l != locale) {
        items.push((words(*other).language, Target::Language, theme.selected));
    }
    if k.config.speak.contains_key(&locale) {
        items.push((s.repeat, Target::Repeat, theme.selected));
    }
    items.push((s.sos, Target::Sos, theme.sos));
    let slots = row_of(row, u16::try_from(items.len()).unwrap_or(1));
    for (slot, (label, target, style)) in slots.into_iter().zip(items) {
        button(buf, &mut k.hits, slot, label, style, target);
    }
}

fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let (w, h) = (w.min(area.width), h.min(area.height));
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

/// "Are you still there?", with the seconds left in large digits. A tap
/// anywhere cancels it: the whole screen is its target.
fn countdown(k: &mut Kiosk<'_>, buf: &mut Buffer, area: Rect, theme: &Theme, seconds: u64) {
    k.hits.push((area, Target::StillHere));
    let s = words(k.locale());
    let big = area.height >= 19 && area.width >= 44;
    let box_area = centred(area, 44, if big { 15 } else { 7 });
    Clear.render(box_area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.title)
        .style(theme.base);
    let inner = block.inner(box_area);
    block.render(box_area, buf);
    let mut y = inner.y;
    let mut line = |buf: &mut Buffer, text: &str, style| {
        Paragraph::new(Line::styled(text.to_string(), style))
            .alignment(Alignment::Center)
            .render(Rect::new(inner.x, y, inner.width, 1), buf);
        y += 1;
    };
    line(buf, s.still_there, theme.title);
    line(buf, s.resetting, theme.base);
    if big {
        BigText::builder()
            .pixel_size(PixelSize::Full)
            .style(theme.title)
            .lines(vec![seconds.to_string().into()])
            .centered()
            .build()
            .render(Rect::new(inner.x, y, inner.width, 8), buf);
        y += 8;
    } else {
        line(buf, &seconds.to_string(), theme.title);
    }
    let button_area = Rect::new(
        inner.x + 2,
        y,
        inner.width.saturating_sub(4),
        inner.bottom().saturating_sub(y),
    );
    button(
        buf,
        &mut k.hits,
        button_area,
        s.still_here,
        theme.selected,
        Target::StillHere,
    );
}

/// The operator's number pad: 1–9, delete, 0, enter, and cancel.
fn pad(k: &mut Kiosk<'_>, buf: &mut Buffer, area: Rect, theme: &Theme) {
    let Some(pad) = k.pad.clone() else { return };
    let s = words(k.locale());
    let tall = area.height >= 24;
    let key_h = if tall { 3 } else { 1 };
    let box_area = centred(area, 34, 4 + 5 * key_h);
    Clear.render(box_area, buf);
    k.hits.push((area, Target::StillHere));
    let block = Block::default()
        .borders(Borders::ALL)
        .title(s.operator)
        .style(theme.base);
    let inner = block.inner(box_area);
    block.render(box_area, buf);
    let shown = if pad.wrong {
        s.wrong_pin.to_string()
    } else {
        "•".repeat(pad.typed.len())
    };
    Paragraph::new(Line::styled(shown, theme.title))
        .alignment(Alignment::Center)
        .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
    let rows: [[(&str, Target); 3]; 4] = [
        [
            ("1", Target::Digit(1)),
            ("2", Target::Digit(2)),
            ("3", Target::Digit(3)),
        ],
        [
            ("4", Target::Digit(4)),
            ("5", Target::Digit(5)),
            ("6", Target::Digit(6)),
        ],
        [
            ("7", Target::Digit(7)),
            ("8", Target::Digit(8)),
            ("9", Target::Digit(9)),
        ],
        [("⌫", Target::Delete), ("0", Target::Digit(0)), ("OK", Target::Enter)],
    ];
    let mut y = inner.y + 1;
    for keys in rows {
        let slots = row_of(Rect::new(inner.x, y, inner.width, key_h), 3);
        for (slot, (label, target)) in slots.into_iter().zip(keys) {
            button(buf, &mut k.hits, slot, label, theme.selected, target);
        }
        y += key_h;
    }
    button(
        buf,
        &mut k.hits,
        Rect::new(inner.x, y, inner.width, key_h),
        s.cancel,
        theme.dim,
        Target::Cancel,
    );
}

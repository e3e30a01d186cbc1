//! SOS: who to call and what to say, and the first steps of CPR with a beat
//! to push to. Drawn over everything, readable at the smallest size.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::content::Phase;
use crate::textwrap_cjk::wrap_hanging;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::keymap::Context;
use crate::tui::widgets::text::truncate;

/// 110 compressions a minute: the middle of the 100–120 guidelines give.
pub const BEAT_MS: u64 = 60_000 / 110;

pub fn draw(app: &App<'_>, since_ms: u64, scroll: usize, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let close = app.config.keymap.label(Context::Sos, Action::Back);
    let title = crate::i18n::tui::overlay_title(app.session.locale, crate::i18n::tui::Overlay::Sos, close);
    let block = Block::bordered()
        .title(title)
        .border_style(app.config.theme.sos)
        .style(app.config.theme.base);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    last.hits.push((area, Action::Ignore));
    last.hits.push((Rect::new(area.x, area.y, area.width, 1), Action::Back));
    let width = usize::from(inner.width);
    let mut lines: Vec<Line<'_>> = Vec::new();
    let numbers: Vec<String> = app
        .config
        .guide
        .numbers
        .iter()
        .take(3)
        .map(|n| format!("{} {}", n.number, n.name.text(app.session.locale)))
        .collect();
    lines.push(Line::styled(
        truncate(&numbers.join("  "), width),
        app.config.theme.title,
    ));
    let on = beat_on(app.env.now_ms, since_ms);
    let words = crate::i18n::tui::tui(app.session.locale);
    let beat = words.sos_beat;
    let pulse = if on { "● " } else { "○ " };
    let push = words.sos_push;
    lines.push(Line::from(vec![
        Span::raw(truncate(beat, width.saturating_sub(7))),
        Span::styled(pulse, app.config.theme.title),
        Span::styled(if on { push } else { "" }, app.config.theme.title),
    ]));
    // The numbers and the beat stay put; the steps below them scroll.
    let pinned = lines.len();
    let heading = |text: &'static str| Line::styled(text, app.config.theme.heading);
    if let Some(cpr) = app.config.guide.point("cpr-aed") {
        lines.push(heading(words.sos_cpr));
        steps(
            &mut lines,
            cpr.steps(Phase::During).list(app.session.locale),
            width,
            app,
        );
    }
    if let Some(call) = app.config.guide.point("emergency-call") {
        lines.push(heading(words.sos_phone));
        steps(
            &mut lines,
            call.steps(Phase::During).list(app.session.locale),
            width,
            app,
        );
    }
    let room = usize::from(inner.height).saturating_sub(pinned);
    let max_scroll = lines.len().saturating_sub(pinned + room);
    let scroll = scroll.min(max_scroll);
    let body = lines.split_off(pinned);
    lines.extend(body.into_iter().skip(scroll));
    frame.render_widget(Paragraph::new(lines), inner);
    last.overlay_max_scroll = max_scroll;
    last.page = room.max(1);
}

fn steps<'a>(lines: &mut Vec<Line<'a>>, steps: &[crate::content::Str], width: usize, app: &App<'_>) {
    for (i, step) in steps.iter().enumerate() {
        for line in wrap_hanging(&format!("{}. ", i + 1), step, width) {
            lines.push(Line::styled(line, app.config.theme.base));
        }
    }
}

/// Whether the beat light is on: on for the first half of every beat.
pub fn beat_on(now_ms: u64, since_ms: u64) -> bool {
    now_ms.saturating_sub(since_ms) % BEAT_MS < BEAT_MS / 2
}

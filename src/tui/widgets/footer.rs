//! The two bottom lines: the emergency numbers, always visible, and the few
//! keys that matter on this screen (each one also a button to tap).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::textwrap_cjk::width;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::keymap::Binding;

pub fn numbers(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let mut spans = Vec::new();
    let mut used = 0;
    for n in &app.config.guide.numbers {
        let name = n.name.text(app.session.locale);
        let cost = width(&n.number) + width(name) + 3;
        if used + cost > usize::from(area.width) {
            break;
        }
        spans.push(Span::styled(n.number.clone(), app.config.theme.key));
        spans.push(Span::styled(format!(" {name}  "), app.config.theme.base));
        used += cost;
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(app.config.theme.base), area);
}

pub fn keys(app: &App<'_>, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let context = app.context();
    let entries: Vec<_> = app.config.keymap.footer(context).collect();
    // Help always fits, at the right end: on a small screen it is the way
    // to every key the footer has no room for.
    let help = entries.iter().position(|b| b.action == Action::Help);
    let help_width = help.map_or(0, |i| entry_width(entries[i], app) + 2);
    let mut spans = Vec::new();
    let mut x = area.x;
    let end = (area.x + area.width).saturating_sub(help_width);
    for (i, binding) in entries.iter().enumerate() {
        if Some(i) == help {
            continue;
        }
        let w = entry_width(binding, app);
        if x + w > end {
            break;
        }
        push_entry(&mut spans, binding, app);
        if tappable(binding.action) {
            last.hits.push((Rect::new(x, area.y, w, 1), binding.action));
        }
        spans.push(Span::raw("  "));
        x += w + 2;
    }
    if let Some(i) = help {
        let w = entry_width(entries[i], app);
        let at = (area.x + area.width).saturating_sub(w);
        spans.push(Span::raw(" ".repeat(usize::from(at.saturating_sub(x)))));
        push_entry(&mut spans, entries[i], app);
        last.hits.push((Rect::new(at, area.y, w, 1), Action::Help));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn entry_width(binding: &Binding, app: &App<'_>) -> u16 {
    u16::try_from(
        width(binding.label) + 1 + width(binding.describe_on(app.session.locale, app.config.theme.ascii_glyphs)),
    )
    .unwrap_or(u16::MAX)
}

fn push_entry<'a>(spans: &mut Vec<Span<'a>>, binding: &'a Binding, app: &App<'_>) {
    spans.push(Span::styled(binding.label, app.config.theme.key));
    spans.push(Span::styled(
        format!(
            " {}",
            binding.describe_on(app.session.locale, app.config.theme.ascii_glyphs)
        ),
        app.config.theme.dim,
    ));
}

pub fn notice(app: &App<'_>, notice: &str, frame: &mut Frame<'_>, area: Rect) {
    let text = crate::content::sanitize::clean(notice, true);
    let lines: Vec<Line<'_>> = crate::textwrap_cjk::wrap_hanging("! ", &text, usize::from(area.width))
        .into_iter()
        .take(usize::from(area.height))
        .map(|l| Line::styled(l, app.config.theme.title))
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// A hint is a reminder of a key, not a control: tapping one may move,
/// open or close, but never answer, tick or change anything, since the
/// hint "1–6 choose" is not option 1.
fn tappable(action: Action) -> bool {
    !matches!(
        action,
        Action::Choose(_)
            | Action::Toggle
            | Action::Confirm
            | Action::Yes
            | Action::No
            | Action::More
            | Action::Fewer
            | Action::Related(_)
            | Action::Retry
    )
}

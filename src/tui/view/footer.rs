//! The two bottom lines: the emergency numbers, always visible, and the few
//! keys that matter on this screen (each one also a button to tap).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::textwrap_cjk::width;
use crate::tui::app::{App, LastFrame};
use crate::tui::keymap::{self};
use crate::tui::update::context;

pub fn numbers(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let mut spans = Vec::new();
    let mut used = 0;
    for n in &app.guide.numbers {
        let name = n.name.text(app.locale);
        let cost = width(&n.number) + width(name) + 3;
        if used + cost > usize::from(area.width) {
            break;
        }
        spans.push(Span::styled(n.number.clone(), app.theme.key));
        spans.push(Span::styled(format!(" {name}  "), app.theme.base));
        used += cost;
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(app.theme.base),
        area,
    );
}

pub fn keys(app: &App<'_>, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let context = context(app);
    let mut spans = Vec::new();
    let mut x = area.x;
    let end = area.x + area.width;
    let entries = keymap::bindings(context)
        .iter()
        .chain(keymap::globals(context))
        .filter(|b| b.footer);
    for binding in entries {
        let label = binding.label;
        let text = binding.describe(app.locale);
        let w = (width(label) + 1 + width(text)) as u16;
        if x + w > end {
            break;
        }
        spans.push(Span::styled(label, app.theme.key));
        spans.push(Span::styled(format!(" {text}"), app.theme.dim));
        last.hits.push((Rect::new(x, area.y, w, 1), binding.action));
        x += w;
        if x + 2 <= end {
            spans.push(Span::raw("  "));
            x += 2;
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

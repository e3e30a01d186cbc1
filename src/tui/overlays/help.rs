//! Help: every key of the screen underneath, from the same table that
//! dispatches them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::textwrap_cjk::width;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::keymap::Context;
use crate::tui::widgets::text::truncate;

pub fn draw(app: &App<'_>, scroll: usize, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    // Help describes the screen under it, not itself.
    let under = app.screen().context(app.config.guide, app.config.personal);
    let close = app.config.keymap.label(Context::Help, Action::Back);
    let title = crate::i18n::tui::overlay_title(app.session.locale, crate::i18n::tui::Overlay::Help, close);
    let block = Block::bordered()
        .title(title)
        .border_style(app.config.theme.heading)
        .style(app.config.theme.base);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    last.hits.push((area, Action::Back));
    let bindings: Vec<_> = app
        .config
        .keymap
        .bindings(under)
        .filter(|b| !b.label.is_empty())
        .collect();
    let label_width = bindings.iter().map(|b| width(b.label)).max().unwrap_or(0);
    let mut lines: Vec<Line<'_>> = Vec::new();
    if under == Context::Search {
        lines.push(Line::raw(crate::i18n::tui::tui(app.session.locale).help_type_to_search));
    }
    for b in bindings {
        let pad = " ".repeat(label_width - width(b.label) + 2);
        let text = truncate(
            b.describe_on(app.session.locale, app.config.theme.ascii_glyphs),
            usize::from(inner.width).saturating_sub(label_width + 2),
        );
        lines.push(Line::from(vec![
            Span::styled(b.label, app.config.theme.key),
            Span::raw(pad),
            Span::raw(text),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        crate::i18n::tui::tui(app.session.locale).help_mouse,
        app.config.theme.dim,
    ));
    let height = usize::from(inner.height).max(1);
    let max_scroll = lines.len().saturating_sub(height);
    last.overlay_max_scroll = max_scroll;
    last.page = height;
    let lines: Vec<Line<'_>> = lines.into_iter().skip(scroll.min(max_scroll)).collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

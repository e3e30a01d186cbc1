//! One point: its title, a tab bar of sections, and the scrollable guidance
//! with a scrollbar and a percentage, so the reader knows how much is left.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::doc::{point_doc, tab};
use crate::textwrap_cjk::width;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::screens::PointState;
use crate::tui::widgets::text::{cells, truncate};

const READING_WIDTH: usize = 100;

pub fn draw(app: &App<'_>, state: &PointState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let Some(point) = app.config.guide.points.get(state.point) else {
        return;
    };
    let [title_area, tabs_area, body] = crate::tui::layout::rows(area, [1, 1, 0], 2);
    // Long lines are hard to follow: on a wide kiosk screen, keep to about
    // a hundred cells.
    let text_width = usize::from(body.width.saturating_sub(3)).clamp(1, READING_WIDTH);
    let doc = point_doc(app, point, text_width);
    last.lines = doc.lines.len();
    let page = usize::from(body.height);
    let max_scroll = doc.lines.len().saturating_sub(page);
    let scroll = match state.anchor {
        Some(anchor) => {
            let starts: Vec<usize> = doc.sections.iter().map(|&(_, line)| line).collect();
            super::anchored_scroll(&starts, doc.lines.len(), anchor)
        }
        None => state.scroll,
    }
    .min(max_scroll);
    let percent = (scroll * 100).checked_div(max_scroll).unwrap_or(100);
    let position = format!(" {percent}%");
    let title_room = usize::from(area.width).saturating_sub(width(&position));
    let title = truncate(point.title.text(app.session.locale), title_room);
    let pad = title_room.saturating_sub(width(&title));
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(title, app.config.theme.title),
            Span::raw(" ".repeat(pad)),
            Span::styled(position, app.config.theme.dim),
        ])),
        title_area,
    );
    // The current section is the last one that starts at or above the top line.
    let lines_at: Vec<usize> = doc.sections.iter().map(|&(_, line)| line).collect();
    let current = state
        .section
        .filter(|&i| i < lines_at.len())
        .unwrap_or_else(|| super::current_section(&lines_at, scroll));
    let labels: Vec<String> = doc
        .sections
        .iter()
        .map(|&(section, _)| format!(" {} ", tab(app, section)))
        .collect();
    // On a narrow screen the strip starts late enough to show the current tab.
    let room = usize::from(tabs_area.width);
    let mut first = 0;
    while first < current && labels[first..=current].iter().map(|l| width(l)).sum::<usize>() > room {
        first += 1;
    }
    let mut x = tabs_area.x;
    let end = tabs_area.x + tabs_area.width;
    let mut spans = Vec::new();
    for (i, label) in labels.iter().enumerate().skip(first) {
        let w = cells(width(label));
        if x + w > end {
            break;
        }
        let style = if i == current {
            app.config.theme.selected
        } else {
            app.config.theme.dim
        };
        spans.push(Span::styled(label.clone(), style));
        last.hits
            .push((Rect::new(x, tabs_area.y, w, 1), Action::JumpSection(i)));
        x += w;
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), tabs_area);
    let text_area = Rect::new(body.x + 1, body.y, body.width.saturating_sub(3), body.height);
    for &(line, n) in &doc.links {
        if line >= scroll && line < scroll + page {
            let y = text_area.y.saturating_add(cells(line - scroll));
            last.hits
                .push((Rect::new(text_area.x, y, text_area.width, 1), Action::Related(n)));
        }
    }
    for &(line, drill) in &doc.drills {
        if line >= scroll && line < scroll + page {
            let y = text_area.y.saturating_add(cells(line - scroll));
            last.hits
                .push((Rect::new(text_area.x, y, text_area.width, 1), Action::OpenDrill(drill)));
        }
    }
    let visible: Vec<Line<'_>> = doc.lines.into_iter().skip(scroll).take(page).collect();
    frame.render_widget(Paragraph::new(visible).style(app.config.theme.base), text_area);
    if max_scroll > 0 {
        let mut bar = ScrollbarState::new(max_scroll)
            .position(scroll)
            .viewport_content_length(page);
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None),
            body,
            &mut bar,
        );
    }
    last.max_scroll = max_scroll;
    last.page = page.saturating_sub(1).max(1);
    last.sections = doc.sections.iter().map(|&(_, line)| line).collect();
    last.cursor = Some(Position::new(text_area.x, text_area.y));
}

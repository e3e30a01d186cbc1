//! A checklist: its items by section, ticked or not, a bar for the whole
//! list, quantities for the household, and why each item matters.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::checklist::{is_ticked, tally};
use crate::i18n::checklist::item_amount as amount;
use crate::i18n::{colon, practise};
use crate::textwrap_cjk::wrap_hanging;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::screens::ChecklistState;
use crate::tui::screens::quiz::view::{place_hits, push_hit};
use crate::tui::widgets::gauge::titled;
use crate::tui::widgets::text::{cells, marker, row, truncate};

pub fn draw(app: &App<'_>, state: &ChecklistState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let Some(list) = app.config.guide.checklists.get(state.checklist) else {
        return;
    };
    let t = practise(app.session.locale);
    let w = usize::from(area.width);
    let (done, total) = tally(list, &app.session.progress.ticks);
    let title = list.title.text(app.session.locale);
    let (title, progress) = titled(title, done, total, w);
    let mut head = vec![Line::from(vec![
        Span::styled(title, app.config.theme.heading),
        Span::raw("  "),
        Span::styled(progress, app.config.theme.dim),
    ])];
    let has_quantities = list
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .any(|i| i.quantity.is_some());
    if has_quantities {
        let people = format!(
            "{}{}{} {}  ",
            t.household,
            colon(app.session.locale),
            app.session.progress.household,
            t.people_unit(app.session.progress.household)
        );
        // The buttons react exactly where they are drawn: their columns are
        // measured from the text before them, by display width.
        let x = area.x + u16::try_from(crate::textwrap_cjk::width(&people)).unwrap_or(area.width);
        let y = area.y + 1;
        let fits = x.saturating_add(7) <= area.right();
        let buttons = if fits { "[−] [+]" } else { "" };
        head.push(Line::from(vec![
            Span::styled(truncate(&people, w), app.config.theme.key),
            Span::styled(buttons, app.config.theme.selected),
        ]));
        if fits {
            last.hits.push((Rect::new(x, y, 3, 1), Action::Fewer));
            last.hits.push((Rect::new(x + 4, y, 3, 1), Action::More));
        }
    }
    if app.config.personal {
        super::dates_view::head_lines(app, list, area, &mut head, last);
    }
    let top = u16::try_from(head.len()).unwrap_or(0);
    let full_body = Rect::new(area.x, area.y + top, area.width, area.height.saturating_sub(top));
    // The date field takes the bottom rows: the items scroll above it, so
    // the one being dated stays in view.
    let boxed = if state.date.is_some() {
        4.min(full_body.height.saturating_sub(1))
    } else {
        0
    };
    let body = Rect {
        height: full_body.height - boxed,
        ..full_body
    };
    let body_hits = last.hits.len();
    let mut lines: Vec<Line<'_>> = Vec::new();
    let mut index = 0;
    let mut cursor_line = 0;
    let mut key = String::new();
    for section in &list.sections {
        lines.push(Line::styled(
            section.title.text(app.session.locale).to_string(),
            app.config.theme.heading,
        ));
        for item in &section.items {
            let selected = index == state.selected;
            let ticked = is_ticked(&app.session.progress.ticks, list, item, &mut key);
            let lead = format!("{}{} ", marker(selected), if ticked { "[x]" } else { "[ ]" });
            let mut text = item.text.text(app.session.locale).to_string();
            if let Some(a) = amount(item, app.session.progress.household, app.session.locale) {
                text.push_str(" — ");
                text.push_str(&a);
            }
            let overdue = app.config.personal && super::dates_view::item_date(app, list, item, &mut text);
            let first = lines.len();
            for (i, l) in wrap_hanging(&lead, &text, w).into_iter().enumerate() {
                let style = match (overdue, ticked) {
                    (true, _) => app.config.theme.never,
                    (false, true) => app.config.theme.dim,
                    (false, false) => app.config.theme.base,
                };
                lines.push(row(
                    vec![Span::styled(l, style)],
                    selected && i == 0,
                    app.config.theme.selected,
                ));
            }
            push_hit(last, body, first, lines.len() - first, Action::OpenRow(index));
            if selected {
                cursor_line = first;
                let details = [
                    (t.why, Some(&item.why)),
                    (t.where_kept, item.where_kept.as_ref()),
                    (t.check, item.check.as_ref()),
                ];
                for (label, text) in details {
                    if let Some(text) = text {
                        let lead = format!("      {label}{}", colon(app.session.locale));
                        for l in wrap_hanging(&lead, text.text(app.session.locale), w) {
                            lines.push(Line::styled(l, app.config.theme.dim));
                        }
                    }
                }
            }
            index += 1;
        }
    }
    let height = usize::from(body.height).max(1);
    // Keep the highlighted item and its details in view.
    let scroll = if height < 10 {
        cursor_line
    } else {
        cursor_line.saturating_sub(height / 3)
    };
    let scroll = scroll.min(lines.len().saturating_sub(height));
    last.cursor = Some(Position::new(body.x, body.y.saturating_add(cells(cursor_line))));
    last.page = height.saturating_sub(2).max(1);
    place_hits(last, body, scroll, body_hits);
    frame.render_widget(Paragraph::new(head), area);
    frame.render_widget(Paragraph::new(lines).scroll((cells(scroll), 0)), body);
    if let Some(field) = &state.date {
        super::dates_view::date_box(app, list, field, frame, full_body, last);
    }
}

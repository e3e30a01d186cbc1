//! The household readiness check: yes or no, one question at a time, then
//! a level and what to do about every "no".

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::gauge::titled;
use super::quiz::{place_hits, push_hit};
use super::text::{marker, row, truncate};
use crate::i18n::{colon, practise};
use crate::readiness::{gaps, level, yes_count};
use crate::textwrap_cjk::{wrap, wrap_hanging};
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame, ReadinessState};

pub fn draw(app: &App<'_>, state: &ReadinessState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let Some(check) = app.guide.readiness.as_ref() else {
        return;
    };
    let t = practise(app.locale);
    let w = usize::from(area.width);
    let first_hit = last.hits.len();
    let total = check.questions.len();
    // The title and the level stay at the top; what is below scrolls to
    // keep the highlighted "no" and its fix in view.
    let mut pinned = 0;
    let mut focus_end = 0;
    let (title, progress) = titled(check.title.text(app.locale), state.current.min(total), total, w);
    let mut lines = vec![Line::from(vec![
        Span::styled(title, app.theme.heading),
        Span::raw("  "),
        Span::styled(progress, app.theme.dim),
    ])];
    lines.push(Line::raw(""));
    if let Some(q) = check.questions.get(state.current) {
        lines.extend(
            wrap(q.question.text(app.locale), w)
                .into_iter()
                .map(|l| Line::styled(l, app.theme.title)),
        );
        // A saved answer is shown, so going back to change one is safe.
        let saved = app.progress.readiness.get(&q.id).map(|&a| if a { t.yes } else { t.no });
        if let Some(saved) = saved {
            let text = crate::i18n::readiness_saved(app.locale, saved);
            lines.push(Line::styled(truncate(&text, w), app.theme.dim));
        }
        lines.push(Line::raw(""));
        let top = lines.len();
        let yes = format!(" y  {} ", t.yes);
        let no = format!(" n  {} ", t.no);
        let yes_width = crate::textwrap_cjk::width(&yes) as u16;
        let no_width = crate::textwrap_cjk::width(&no) as u16;
        lines.push(Line::from(vec![
            Span::styled(yes, app.theme.selected),
            Span::raw("   "),
            Span::styled(no, app.theme.selected),
        ]));
        let y = area.y.saturating_add(top as u16);
        last.hits.push((Rect::new(area.x, y, yes_width, 1), Action::Yes));
        last.hits
            .push((Rect::new(area.x + yes_width + 3, y, no_width, 1), Action::No));
        last.cursor = Some(Position::new(area.x, y));
    } else {
        let answers = &app.progress.readiness;
        let yes = yes_count(answers, check);
        if let Some(l) = level(check, yes) {
            let heading = format!(
                "{} {}{}{}  ({yes}/{total})",
                t.level,
                l.id,
                colon(app.locale),
                l.title.text(app.locale)
            );
            lines.push(Line::styled(truncate(&heading, w), app.theme.title));
            pinned = lines.len();
            lines.extend(wrap(l.meaning.text(app.locale), w).into_iter().map(Line::raw));
        }
        lines.push(Line::raw(""));
        let todo = gaps(answers, check);
        if todo.is_empty() {
            lines.extend(
                wrap(t.nothing_to_do, w)
                    .into_iter()
                    .map(|l| Line::styled(l, app.theme.heading)),
            );
        } else {
            lines.push(Line::styled(format!("{} ({})", t.to_do, todo.len()), app.theme.heading));
        }
        for (i, q) in todo.iter().enumerate() {
            let selected = i == state.cursor;
            let top = lines.len();
            let text = format!("{}✗ {}", marker(selected), q.question.text(app.locale));
            lines.push(row(vec![Span::raw(truncate(&text, w))], selected, app.theme.selected));
            push_hit(last, area, top, 1, Action::OpenRow(i));
            if selected {
                for l in wrap_hanging("    → ", q.fix.text(app.locale), w) {
                    lines.push(Line::styled(l, app.theme.dim));
                }
                focus_end = lines.len();
                last.cursor = Some(Position::new(area.x, area.y.saturating_add(top as u16)));
            }
        }
    }
    let height = usize::from(area.height).max(1);
    let room = height.saturating_sub(pinned).max(1);
    let scroll = focus_end
        .saturating_sub(pinned + room)
        .min(lines.len().saturating_sub(height));
    last.page = room.saturating_sub(3).max(1);
    let body = Rect::new(
        area.x,
        area.y + pinned as u16,
        area.width,
        area.height.saturating_sub(pinned as u16),
    );
    place_hits(last, body, scroll, first_hit);
    let rest = lines.split_off(pinned.min(lines.len()));
    lines.extend(rest.into_iter().skip(scroll));
    frame.render_widget(Paragraph::new(lines), area);
}

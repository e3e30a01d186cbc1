//! The household readiness check: yes or no, one question at a time, then
//! a level and what to do about every "no".

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::quiz::view::{place_hits, push_hit};
use super::{Cx, Outcome, move_in_list};
use crate::content::Guide;
use crate::i18n::{colon, practise};
use crate::progress::Progress;
use crate::readiness::{gaps, level, yes_count};
use crate::textwrap_cjk::{wrap, wrap_hanging};
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::keymap::Context;
use crate::tui::widgets::gauge::titled;
use crate::tui::widgets::text::{cells, marker, row, truncate};

#[derive(Clone, Debug, PartialEq)]
pub struct ReadinessState {
    /// The question being asked (== questions.len() once finished).
    pub current: usize,
    /// On the result, the highlighted "no" to fix.
    pub cursor: usize,
}

impl ReadinessState {
    /// At the first question not yet answered; with every one answered, at
    /// the result. Starting over is one explicit key.
    pub fn resume(guide: &Guide, progress: &Progress) -> ReadinessState {
        let current = guide.readiness.as_ref().map_or(0, |check| {
            check
                .questions
                .iter()
                .position(|q| !progress.readiness.contains_key(q.id.as_str()))
                .unwrap_or(check.questions.len())
        });
        ReadinessState { current, cursor: 0 }
    }

    fn finished(&self, guide: &Guide) -> bool {
        guide
            .readiness
            .as_ref()
            .is_some_and(|c| self.current >= c.questions.len())
    }

    pub fn context(&self, guide: &Guide) -> Context {
        if self.finished(guide) {
            Context::ReadinessResult
        } else {
            Context::Readiness
        }
    }

    pub fn update(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        let Some(check) = cx.guide.readiness.as_ref() else {
            return Outcome::Ignored;
        };
        let finished = self.current >= check.questions.len();
        let gap_count = gaps(&cx.progress.readiness, check).len();
        match action {
            Action::Yes | Action::No if !finished => {
                let id = check.questions[self.current].id.clone();
                self.current += 1;
                cx.progress.readiness.insert(id.to_string(), action == Action::Yes);
                cx.save();
            }
            Action::Up if !finished => self.current = self.current.saturating_sub(1),
            Action::Retry => {
                self.current = 0;
                self.cursor = 0;
            }
            Action::OpenRow(row) if finished => {
                self.cursor = row.min(gap_count.saturating_sub(1));
                return self.open_gap(cx);
            }
            Action::Open | Action::OpenLinked | Action::Confirm if finished => return self.open_gap(cx),
            _ if finished && move_in_list(&mut self.cursor, action, cx.page(), gap_count) => {}
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn open_gap(&self, cx: &mut Cx<'_, '_>) -> Outcome {
        let Some(check) = cx.guide.readiness.as_ref() else {
            return Outcome::Handled;
        };
        let gaps = gaps(&cx.progress.readiness, check);
        match gaps.get(self.cursor).and_then(|q| cx.guide.point_index(&q.point)) {
            Some(point) => super::point::open(cx, point),
            None => Outcome::Handled,
        }
    }
}

pub fn draw(app: &App<'_>, state: &ReadinessState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let Some(check) = app.config.guide.readiness.as_ref() else {
        return;
    };
    let t = practise(app.session.locale);
    let w = usize::from(area.width);
    let first_hit = last.hits.len();
    let total = check.questions.len();
    // The title and the level stay at the top; what is below scrolls to
    // keep the highlighted "no" and its fix in view.
    let mut pinned = 0;
    let mut focus_end = 0;
    let (title, progress) = titled(check.title.text(app.session.locale), state.current.min(total), total, w);
    let mut lines = vec![Line::from(vec![
        Span::styled(title, app.config.theme.heading),
        Span::raw("  "),
        Span::styled(progress, app.config.theme.dim),
    ])];
    lines.push(Line::raw(""));
    if let Some(q) = check.questions.get(state.current) {
        lines.extend(
            wrap(q.question.text(app.session.locale), w)
                .into_iter()
                .map(|l| Line::styled(l, app.config.theme.title)),
        );
        // A saved answer is shown, so going back to change one is safe.
        let saved = app
            .session
            .progress
            .readiness
            .get(q.id.as_str())
            .map(|&a| if a { t.yes } else { t.no });
        if let Some(saved) = saved {
            let text = crate::i18n::readiness_saved(app.session.locale, saved);
            lines.push(Line::styled(truncate(&text, w), app.config.theme.dim));
        }
        lines.push(Line::raw(""));
        let top = lines.len();
        let keys = &app.config.keymap;
        let yes = format!(" {}  {} ", keys.label(Context::Readiness, Action::Yes), t.yes);
        let no = format!(" {}  {} ", keys.label(Context::Readiness, Action::No), t.no);
        let yes_width = cells(crate::textwrap_cjk::width(&yes));
        let no_width = cells(crate::textwrap_cjk::width(&no));
        lines.push(Line::from(vec![
            Span::styled(yes, app.config.theme.selected),
            Span::raw("   "),
            Span::styled(no, app.config.theme.selected),
        ]));
        let y = area.y.saturating_add(cells(top));
        last.hits.push((Rect::new(area.x, y, yes_width, 1), Action::Yes));
        last.hits
            .push((Rect::new(area.x + yes_width + 3, y, no_width, 1), Action::No));
        last.cursor = Some(Position::new(area.x, y));
    } else {
        let answers = &app.session.progress.readiness;
        let yes = yes_count(answers, check);
        if let Some(l) = level(check, yes) {
            let heading = format!(
                "{} {}{}{}  ({yes}/{total})",
                t.level,
                l.id,
                colon(app.session.locale),
                l.title.text(app.session.locale)
            );
            lines.push(Line::styled(truncate(&heading, w), app.config.theme.title));
            pinned = lines.len();
            lines.extend(wrap(l.meaning.text(app.session.locale), w).into_iter().map(Line::raw));
        }
        lines.push(Line::raw(""));
        let todo = gaps(answers, check);
        if todo.is_empty() {
            lines.extend(
                wrap(t.nothing_to_do, w)
                    .into_iter()
                    .map(|l| Line::styled(l, app.config.theme.heading)),
            );
        } else {
            lines.push(Line::styled(
                format!("{} ({})", t.to_do, todo.len()),
                app.config.theme.heading,
            ));
        }
        for (i, q) in todo.iter().enumerate() {
            let selected = i == state.cursor;
            let top = lines.len();
            let text = format!("{}✗ {}", marker(selected), q.question.text(app.session.locale));
            lines.push(row(
                vec![Span::raw(truncate(&text, w))],
                selected,
                app.config.theme.selected,
            ));
            push_hit(last, area, top, 1, Action::OpenRow(i));
            if selected {
                for l in wrap_hanging("    → ", q.fix.text(app.session.locale), w) {
                    lines.push(Line::styled(l, app.config.theme.dim));
                }
                focus_end = lines.len();
                last.cursor = Some(Position::new(area.x, area.y.saturating_add(cells(top))));
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
        area.y.saturating_add(cells(pinned)),
        area.width,
        area.height.saturating_sub(cells(pinned)),
    );
    place_hits(last, body, scroll, first_hit);
    let rest = lines.split_off(pinned.min(lines.len()));
    lines.extend(rest.into_iter().skip(scroll));
    frame.render_widget(Paragraph::new(lines), area);
}

//! A drill: the feedback on the last choice, the situation, and the choices
//! as big numbered buttons; at the end, the outcome, the path taken with
//! each choice marked ✓ or ✗, and links to the points that teach it.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::content::{Drill, Outcome};
use crate::i18n::{colon, drills, outcome, outcome_mark, verdict};
use crate::textwrap_cjk::{width, wrap, wrap_hanging};
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::screens::DrillState;
use crate::tui::screens::quiz::view::{place_hits, push_hit};
use crate::tui::widgets::text::{cells, marker, row, truncate};

pub fn draw(app: &App<'_>, state: &DrillState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let Some(drill) = app.config.guide.drills.get(state.drill) else {
        return;
    };
    let first_hit = last.hits.len();
    let w = usize::from(area.width);
    let mut lines = heading(app, drill, state, w);
    feedback(app, drill, state, w, &mut lines);
    let scroll = if state.walk.finished() {
        ending(app, drill, state, area, &mut lines, last)
    } else {
        decision(app, drill, state, area, &mut lines, last)
    };
    place_hits(last, area, scroll, first_hit);
    let more = scroll < last.max_scroll;
    frame.render_widget(Paragraph::new(lines).scroll((cells(scroll), 0)), area);
    // More below: a mark in the corner, since the last choice may be hidden.
    if more && area.width > 0 && area.height > 0 {
        let corner = Rect::new(area.right() - 1, area.bottom() - 1, 1, 1);
        frame.render_widget(Paragraph::new(Span::styled("▼", app.config.theme.key)), corner);
    }
}

fn heading<'a>(app: &App<'_>, drill: &'a Drill, state: &DrillState, w: usize) -> Vec<Line<'a>> {
    let t = drills(app.session.locale);
    let step = if state.walk.finished() {
        String::new()
    } else {
        t.step_of.replace("{n}", &(state.walk.moves().len() + 1).to_string())
    };
    let title = truncate(drill.title.text(app.session.locale), w.saturating_sub(width(&step) + 2));
    let pad = w.saturating_sub(width(&title) + width(&step));
    vec![Line::from(vec![
        Span::styled(title, app.config.theme.title),
        Span::raw(" ".repeat(pad)),
        Span::styled(step, app.config.theme.dim),
    ])]
}

/// What the last choice did, marked in text so it reads without colour.
fn feedback(app: &App<'_>, drill: &Drill, state: &DrillState, w: usize, lines: &mut Vec<Line<'_>>) {
    let Some((_, choice)) = state.walk.last(drill) else {
        return;
    };
    let style = if choice.good {
        app.config.theme.heading
    } else {
        app.config.theme.never
    };
    let text = verdict(
        app.session.locale,
        choice.good,
        choice.feedback.text(app.session.locale),
    );
    lines.extend(wrap(&text, w).into_iter().map(|l| Line::styled(l, style)));
}

/// The situation and the choices; returns the lines to scroll by.
fn decision(
    app: &App<'_>,
    drill: &Drill,
    state: &DrillState,
    area: Rect,
    lines: &mut Vec<Line<'_>>,
    last: &mut LastFrame,
) -> usize {
    let Some(step) = state.walk.step(drill) else { return 0 };
    let w = usize::from(area.width);
    // Boxed buttons and air between parts when they fit (or on a tall
    // screen, where scrolling to them is fine); otherwise one row per choice,
    // still a whole-width target, and no blanks, so the choices are in view.
    let situation: usize = step
        .situation
        .list(app.session.locale)
        .iter()
        .map(|l| wrap(l, w).len())
        .sum();
    let buttons: usize = step
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| {
            wrap_hanging(
                &format!("{}  ", i + 1),
                c.text.text(app.session.locale),
                w.saturating_sub(4).max(1),
            )
            .len()
                + 2
        })
        .sum();
    let boxed_height = lines.len() + situation + buttons + 2;
    let boxed = area.height >= 20 || boxed_height <= usize::from(area.height);
    if boxed {
        lines.push(Line::raw(""));
    }
    for line in step.situation.list(app.session.locale) {
        lines.extend(
            wrap(line, w)
                .into_iter()
                .map(|l| Line::styled(l, app.config.theme.title)),
        );
    }
    if boxed {
        lines.push(Line::raw(""));
    }
    let mut focus = None;
    for (i, choice) in step.choices.iter().enumerate() {
        let selected = state.choice == Some(i);
        let style = if selected {
            app.config.theme.selected
        } else {
            app.config.theme.key
        };
        let top = lines.len();
        let label = choice.text.text(app.session.locale);
        if boxed {
            button(lines, &format!("{}  ", i + 1), label, w, style, app.config.theme.base);
        } else {
            let lead = format!("{}[{}] ", marker(selected), i + 1);
            for (n, l) in wrap_hanging(&lead, label, w).into_iter().enumerate() {
                lines.push(row(
                    vec![Span::styled(l, if n == 0 { style } else { app.config.theme.base })],
                    selected,
                    app.config.theme.selected,
                ));
            }
        }
        push_hit(last, area, top, lines.len() - top, Action::Choose(i));
        if selected {
            focus = Some((top, lines.len()));
            last.cursor = Some(Position::new(area.x, area.y.saturating_add(cells(top))));
        }
    }
    let height = usize::from(area.height).max(1);
    let overflow = lines.len().saturating_sub(height);
    last.max_scroll = overflow;
    match focus {
        // Keep the highlighted choice in view.
        Some((_, bottom)) => bottom.saturating_sub(height).min(overflow),
        None => state.back.min(overflow),
    }
}

/// A button drawn as a box of text lines: `┌─┐ │ 1  label │ └─┘`.
fn button(lines: &mut Vec<Line<'_>>, lead: &str, label: &str, w: usize, style: Style, border: Style) {
    let inner = w.saturating_sub(4).max(1);
    lines.push(Line::styled(format!("┌{}┐", "─".repeat(w.saturating_sub(2))), border));
    for l in wrap_hanging(lead, label, inner) {
        let pad = inner.saturating_sub(width(&l));
        lines.push(Line::from(vec![
            Span::styled("│ ", border),
            Span::styled(format!("{l}{}", " ".repeat(pad)), style),
            Span::styled(" │", border),
        ]));
    }
    lines.push(Line::styled(format!("└{}┘", "─".repeat(w.saturating_sub(2))), border));
}

/// The outcome, the path and the links; returns the lines to scroll by.
fn ending(
    app: &App<'_>,
    drill: &Drill,
    state: &DrillState,
    area: Rect,
    lines: &mut Vec<Line<'_>>,
    last: &mut LastFrame,
) -> usize {
    let Some(end) = state.walk.ending(drill) else { return 0 };
    let (t, l) = (drills(app.session.locale), app.session.locale);
    let w = usize::from(area.width);
    let style = match end.outcome {
        Outcome::Safe => app.config.theme.heading,
        Outcome::Hurt | Outcome::Worse => app.config.theme.never,
    };
    lines.push(Line::raw(""));
    let said = format!(
        "{}{}{} {}",
        t.outcome,
        colon(l),
        outcome_mark(end.outcome),
        outcome(l, end.outcome)
    );
    lines.push(Line::styled(truncate(&said, w), style));
    for line in end.text.list(l) {
        lines.extend(wrap(line, w).into_iter().map(Line::raw));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(t.your_path, app.config.theme.heading));
    for (_, choice) in state.walk.path(drill) {
        let (mark, style) = if choice.good {
            ("✓ ", app.config.theme.base)
        } else {
            ("✗ ", app.config.theme.never)
        };
        let text = choice.text.text(l);
        lines.extend(wrap_hanging(mark, text, w).into_iter().map(|s| Line::styled(s, style)));
    }
    let (good, total) = state.walk.score(drill);
    lines.push(Line::styled(
        format!("{}{}{good}/{total}", t.good_moves, colon(l)),
        app.config.theme.dim,
    ));
    lines.push(Line::raw(""));
    lines.push(Line::styled(t.read_points, app.config.theme.heading));
    let mut focus = None;
    for (i, id) in end.points.iter().enumerate() {
        let Some(point) = app.config.guide.point(id) else {
            continue;
        };
        let selected = state.choice == Some(i);
        let text = format!("{}{}", marker(selected), point.title.text(l));
        let top = lines.len();
        lines.push(row(
            vec![Span::styled(truncate(&text, w), app.config.theme.link)],
            selected,
            app.config.theme.selected,
        ));
        push_hit(last, area, top, 1, Action::OpenRow(i));
        if selected {
            focus = Some(top);
            last.cursor = Some(Position::new(area.x, area.y.saturating_add(cells(top))));
        }
    }
    let top = lines.len();
    lines.push(Line::styled(
        truncate(&format!("[ r  {} ]", t.again), w),
        app.config.theme.key,
    ));
    push_hit(last, area, top, 1, Action::Retry);
    let height = usize::from(area.height).max(1);
    let overflow = lines.len().saturating_sub(height);
    last.max_scroll = overflow;
    match focus {
        Some(_) => overflow,
        None => state.back.min(overflow),
    }
}

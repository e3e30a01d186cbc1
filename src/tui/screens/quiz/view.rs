//! A quiz: one question at a time, with at once the verdict, the right
//! answer, why, and a way to the point; then the results.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::content::QuestionKind;
use crate::i18n::{colon, practise};
use crate::textwrap_cjk::{wrap, wrap_hanging};
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::keymap::Context;
use crate::tui::screens::QuizState;
use crate::tui::widgets::gauge::titled;
use crate::tui::widgets::text::{cells, marker, row, truncate};

pub fn draw(app: &App<'_>, state: &QuizState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    if state.finished() {
        return results(app, state, frame, area, last);
    }
    let t = practise(app.session.locale);
    let w = usize::from(area.width);
    let first_hit = last.hits.len();
    let Some(question) = state.session.question(app.config.guide, state.current) else {
        return;
    };
    let item = &state.session.items[state.current];
    let point = &app.config.guide.points[item.point];
    let total = state.session.items.len();
    let heading = t
        .question_of
        .replace("{n}", &(state.current + 1).to_string())
        .replace("{total}", &total.to_string());
    let (heading, progress) = titled(&heading, state.current, total, w);
    let mut lines: Vec<Line<'_>> = vec![
        Line::from(vec![
            Span::styled(heading, app.config.theme.heading),
            Span::raw("  "),
            Span::styled(progress, app.config.theme.dim),
        ]),
        Line::raw(""),
    ];
    lines.extend(
        wrap(question.question.text(app.session.locale), w)
            .into_iter()
            .map(|l| Line::styled(l, app.config.theme.title)),
    );
    let multiple = question.kind == QuestionKind::Multiple;
    if multiple && !state.answered {
        lines.extend(
            wrap(
                &crate::i18n::select_all(
                    app.session.locale,
                    app.config.keymap.label(Context::Quiz(6), Action::Confirm),
                ),
                w,
            )
            .into_iter()
            .map(|l| Line::styled(l, app.config.theme.dim)),
        );
    }
    let right = state.session.shown_answer(app.config.guide, state.current);
    let chosen: Vec<usize> = state.session.answers[state.current]
        .as_ref()
        .map(|a| {
            (0..item.order.len())
                .filter(|&s| a.chosen.contains(&item.order[s]))
                .collect()
        })
        .unwrap_or_default();
    for (shown, &original) in item.order.iter().enumerate() {
        let selected = state.choice == Some(shown) && !state.answered;
        // After a select-all question each option says, in characters that
        // survive NO_COLOR, what the reader did with it.
        let (is_right, ticked) = (right.contains(&shown), chosen.contains(&shown));
        let mark = match (state.answered, multiple) {
            (true, true) if is_right && ticked => "[✓] ",
            (true, true) if ticked => "[✗] ",
            (true, true) if is_right => "[!] ",
            (true, true) => "[ ] ",
            (true, false) if is_right => "✓ ",
            (true, false) if ticked => "✗ ",
            (true, false) => "  ",
            (false, true) if state.toggled.get(shown) == Some(&true) => "[x] ",
            (false, true) => "[ ] ",
            (false, false) => "",
        };
        let lead = format!("{}{mark}{}. ", marker(selected), shown + 1);
        let text = question.options[original].text(app.session.locale);
        let top = lines.len();
        for (i, l) in wrap_hanging(&lead, text, w).into_iter().enumerate() {
            let style = if state.answered && right.contains(&shown) {
                app.config.theme.heading
            } else {
                app.config.theme.base
            };
            lines.push(row(
                vec![Span::styled(l, style)],
                selected && i == 0,
                app.config.theme.selected,
            ));
        }
        push_hit(last, area, top, lines.len() - top, Action::OpenRow(shown));
        if selected {
            last.cursor = Some(Position::new(area.x, area.y.saturating_add(cells(top))));
        }
    }
    if multiple && state.answered {
        let legend = crate::i18n::select_all_marks(app.session.locale);
        lines.extend(
            wrap(legend, w)
                .into_iter()
                .map(|l| Line::styled(l, app.config.theme.dim)),
        );
    }
    if multiple && !state.answered {
        let top = lines.len() + 1;
        lines.push(Line::raw(""));
        let submit = crate::i18n::submit(app.session.locale);
        let confirm = app.config.keymap.label(Context::Quiz(6), Action::Confirm);
        lines.push(Line::styled(
            format!("[ {confirm}  {submit} ]"),
            app.config.theme.selected,
        ));
        push_hit(last, area, top, 1, Action::Confirm);
    }
    let mut verdict_line = 0;
    if state.answered {
        verdict_line = lines.len() + 1;
        let correct = state.session.answers[state.current].as_ref().is_some_and(|a| a.correct);
        lines.push(Line::raw(""));
        let verdict = if correct { t.right } else { t.wrong };
        // Name the right options in words too: on a small screen the list
        // above may be scrolled away.
        let answers: Vec<String> = right
            .iter()
            .map(|&s| {
                format!(
                    "{}. {}",
                    s + 1,
                    question.options[item.order[s]].text(app.session.locale)
                )
            })
            .collect();
        let style = if correct {
            app.config.theme.heading
        } else {
            app.config.theme.never
        };
        let verdict = crate::i18n::answer_line(app.session.locale, verdict, &answers);
        lines.extend(wrap(&verdict, w).into_iter().map(|l| Line::styled(l, style)));
        lines.extend(
            wrap(question.explanation.text(app.session.locale), w)
                .into_iter()
                .map(Line::raw),
        );
        let top = lines.len();
        let keys = &app.config.keymap;
        let open = keys.label(Context::QuizAnswered, Action::OpenLinked);
        let link = format!("{open}  {} “{}”", t.read_point, point.title.text(app.session.locale));
        lines.push(Line::styled(truncate(&link, w), app.config.theme.link));
        push_hit(last, area, top, 1, Action::OpenLinked);
        let top = lines.len();
        let next = keys.label(Context::QuizAnswered, Action::Confirm);
        lines.push(Line::styled(format!("{next}  {}", t.next), app.config.theme.key));
        push_hit(last, area, top, 1, Action::Confirm);
        last.cursor = Some(Position::new(area.x, area.y.saturating_add(cells(top))));
    }
    // On a short screen: while answering, keep the highlighted option in
    // view; once answered, start at the verdict.
    let height = usize::from(area.height).max(1);
    let overflow = lines.len().saturating_sub(height);
    let scroll = if state.answered {
        verdict_line.saturating_sub(1).min(overflow).saturating_sub(state.back)
    } else {
        let focus = last
            .cursor
            .filter(|_| state.choice.is_some())
            .map_or(0, |c| usize::from(c.y - area.y) + 2);
        focus.saturating_sub(height).min(overflow)
    };
    place_hits(last, area, scroll, first_hit);
    frame.render_widget(Paragraph::new(lines).scroll((cells(scroll), 0)), area);
}

fn results(app: &App<'_>, state: &QuizState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let t = practise(app.session.locale);
    let w = usize::from(area.width);
    let first_hit = last.hits.len();
    let score = state.session.score();
    let percent = (score.right * 100).checked_div(score.total).unwrap_or(0);
    let mut lines = vec![
        Line::styled(t.results, app.config.theme.heading),
        Line::styled(
            format!(
                "{}{}{}/{} ({percent}%)",
                t.score,
                colon(app.session.locale),
                score.right,
                score.total
            ),
            app.config.theme.title,
        ),
    ];
    let parts: Vec<String> = state
        .session
        .by_category(app.config.guide)
        .iter()
        .map(|(id, s)| {
            let name = app
                .config
                .guide
                .category(id)
                .map_or(id.as_str(), |c| c.title.text(app.session.locale));
            format!("{name} {}/{}", s.right, s.total)
        })
        .collect();
    lines.extend(
        wrap(
            &format!("{}{}{}", t.by_category, colon(app.session.locale), parts.join(" · ")),
            w,
        )
        .into_iter()
        .map(Line::raw),
    );
    lines.push(Line::raw(""));
    let missed = state.session.missed();
    if missed.is_empty() {
        lines.push(Line::styled(t.all_right, app.config.theme.heading));
    } else {
        lines.push(Line::styled(
            format!("{} (r: {})", t.missed, t.retry),
            app.config.theme.heading,
        ));
    }
    let rows = usize::from(area.height).saturating_sub(lines.len()).max(1);
    let first = state.cursor / rows * rows;
    for (i, q) in missed.iter().enumerate().skip(first).take(rows) {
        let Some(point) = app.config.guide.point(&q.point) else {
            continue;
        };
        let Some(question) = point.quiz.iter().find(|x| x.id == q.id) else {
            continue;
        };
        let selected = i == state.cursor;
        let text = format!(
            "{}{} — {}",
            marker(selected),
            question.question.text(app.session.locale),
            point.title.text(app.session.locale)
        );
        let top = lines.len();
        lines.push(row(
            vec![Span::raw(truncate(&text, w))],
            selected,
            app.config.theme.selected,
        ));
        push_hit(last, area, top, 1, Action::OpenRow(i));
        if selected {
            last.cursor = Some(Position::new(area.x, area.y.saturating_add(cells(top))));
        }
    }
    last.page = rows;
    place_hits(last, area, 0, first_hit);
    frame.render_widget(Paragraph::new(lines), area);
}

/// A click target over `height` lines starting at line `top` of `area`
/// (before any scrolling: `place_hits` clips it to what is shown).
pub fn push_hit(last: &mut LastFrame, area: Rect, top: usize, height: usize, action: Action) {
    let y = area.y.saturating_add(u16::try_from(top).unwrap_or(u16::MAX));
    let h = u16::try_from(height).unwrap_or(1);
    last.hits.push((Rect::new(area.x, y, area.width, h), action));
}

/// Moves the click targets added since `first` up by `scroll` lines and
/// clips them to `area`, dropping those not shown.
pub fn place_hits(last: &mut LastFrame, area: Rect, scroll: usize, first: usize) {
    let by = u16::try_from(scroll).unwrap_or(u16::MAX);
    let mut placed: Vec<_> = last.hits.split_off(first.min(last.hits.len()));
    placed.retain_mut(|(rect, _)| {
        let top = rect.y.saturating_sub(by);
        let cut = by.saturating_sub(rect.y.saturating_sub(area.y));
        *rect = Rect::new(rect.x, top.max(area.y), rect.width, rect.height.saturating_sub(cut)).intersection(area);
        !rect.is_empty()
    });
    last.hits.extend(placed);
    if let Some(c) = &mut last.cursor {
        c.y = c.y.saturating_sub(by).clamp(area.y, area.bottom().saturating_sub(1));
    }
}

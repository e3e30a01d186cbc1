//! Quizzes, the readiness check and checklists: the screens where people
//! practise and prepare rather than read.

use super::{open_point, set_selected};
use crate::checklist::{self, MAX_HOUSEHOLD};
use crate::content::QuestionKind;
use crate::quiz::{MIXED_COUNT, Scope, Session};
use crate::readiness;
use crate::tui::action::Action;
use crate::tui::app::{App, ChecklistState, PractiseRow, QuizState, ReadinessState, Screen};

pub fn start_quiz(app: &mut App<'_>, scope: &Scope) {
    start_quiz_limited(app, scope, None);
}

pub fn start_quiz_limited(app: &mut App<'_>, scope: &Scope, limit: Option<usize>) {
    let seed = app.seed.wrapping_add(app.quizzes);
    app.quizzes += 1;
    let mut session = Session::new(app.guide, scope, seed);
    if let Some(n) = limit {
        session.limit(n);
    }
    if !session.items.is_empty() {
        app.stack.push(Screen::Quiz(QuizState::new(session, scope.clone())));
    }
}

/// `t` on a point quizzes that point; on a category or hazard class (its
/// list, or its row on home), that category's or class's questions.
pub fn quiz_here(app: &mut App<'_>) {
    use crate::tui::app::{HomeColumn, ListKind};
    let kind = match app.screen() {
        Screen::Point(p) => {
            let scope = Scope::Point(app.guide.points[p.point].id.clone());
            return start_quiz(app, &scope);
        }
        Screen::List(l) => l.kind,
        Screen::Home(h) if h.column == HomeColumn::Categories => ListKind::Category(h.selected),
        Screen::Home(h) if h.column == HomeColumn::Hazards => ListKind::Hazard(h.selected),
        _ => return,
    };
    let scope = match kind {
        ListKind::Category(c) => match app.guide.categories.get(c) {
            Some(c) => Scope::Category(c.id.clone()),
            None => return,
        },
        ListKind::Hazard(_) => Scope::Only(
            app.list_points(kind)
                .iter()
                .flat_map(|&p| {
                    let point = &app.guide.points[p];
                    point.quiz.iter().map(|q| crate::quiz::QuestionRef {
                        point: point.id.clone(),
                        id: q.id.clone(),
                    })
                })
                .collect(),
        ),
    };
    start_quiz(app, &scope);
}

pub fn open_row(app: &mut App<'_>, row: PractiseRow) {
    match row {
        PractiseRow::SelfCheck => start_quiz(app, &Scope::Mixed(MIXED_COUNT)),
        PractiseRow::Mistakes => {
            let missed = app.progress.missed_questions();
            start_quiz(app, &Scope::Only(missed));
        }
        PractiseRow::Drills => super::drill::open_list(app),
        PractiseRow::Readiness => {
            // Resume at the first question not yet answered; with every one
            // answered, at the result. Starting over is one explicit key.
            let current = app.guide.readiness.as_ref().map_or(0, |check| {
                check
                    .questions
                    .iter()
                    .position(|q| !app.progress.readiness.contains_key(&q.id))
                    .unwrap_or(check.questions.len())
            });
            app.stack.push(Screen::Readiness(ReadinessState { current, cursor: 0 }));
        }
        PractiseRow::Due => app.stack.push(Screen::Due(crate::tui::app::DueState { selected: 0 })),
        PractiseRow::Checklist(checklist) => app.stack.push(Screen::Checklist(ChecklistState::new(checklist, 0))),
    }
}

/// The actions of the practise screens; false if the action is not theirs.
pub fn apply(app: &mut App<'_>, action: Action) -> bool {
    match app.screen() {
        Screen::Quiz(_) => quiz(app, action),
        Screen::Readiness(_) => readiness_action(app, action),
        Screen::Checklist(_) => checklist_action(app, action),
        _ => false,
    }
}

fn quiz_state<'a>(app: &'a mut App<'_>) -> Option<&'a mut QuizState> {
    match app.stack.last_mut() {
        Some(Screen::Quiz(q)) => Some(q),
        _ => None,
    }
}

fn quiz(app: &mut App<'_>, action: Action) -> bool {
    let guide = app.guide;
    let Some(q) = quiz_state(app) else { return false };
    if q.finished() {
        return quiz_result(app, action);
    }
    let Some(question) = q.session.question(guide, q.current) else {
        return false;
    };
    let options = question.options.len();
    let multiple = question.kind == QuestionKind::Multiple;
    if q.toggled.len() != options {
        q.toggled = vec![false; options];
    }
    match action {
        Action::Choose(n) | Action::OpenRow(n) if !q.answered && n < options => {
            q.choice = Some(n);
            if multiple {
                q.toggled[n] = !q.toggled[n];
            } else {
                submit(app, &[n]);
            }
        }
        Action::Up | Action::Down | Action::Top | Action::Bottom if !q.answered => {
            let last = options.saturating_sub(1);
            q.choice = Some(match (action, q.choice) {
                (Action::Up, Some(c)) => c.saturating_sub(1),
                (Action::Down, Some(c)) => (c + 1).min(last),
                (Action::Up | Action::Bottom, _) => last,
                _ => 0,
            });
        }
        Action::Toggle if !q.answered && multiple => {
            if let Some(c) = q.choice {
                q.toggled[c] = !q.toggled[c];
            }
        }
        // Only Enter (or the Next button) moves on: a double-tapped answer
        // must not skip the explanation.
        Action::Confirm | Action::Open if q.answered => next_question(app),
        // Enter on a select-all question with nothing ticked ticks the
        // highlighted option, as people expect; the next Enter submits.
        Action::Confirm | Action::Open if multiple && !q.toggled.contains(&true) && q.choice.is_some() => {
            if let Some(c) = q.choice {
                q.toggled[c] = true;
            }
        }
        Action::Confirm | Action::Open => {
            let chosen: Vec<usize> = if multiple {
                (0..options).filter(|&i| q.toggled[i]).collect()
            } else {
                q.choice.into_iter().collect()
            };
            if !chosen.is_empty() {
                submit(app, &chosen);
            }
        }
        Action::OpenLinked if q.answered => {
            let point = q.session.items[q.current].point;
            open_point(app, point);
        }
        // The view stops at the top; this only bounds a held-down key.
        Action::Up | Action::ScrollUp if q.answered => q.back = (q.back + 1).min(60),
        Action::Down | Action::ScrollDown if q.answered => q.back = q.back.saturating_sub(1),
        // Other keys on a question (a digit that is not an option, Space on
        // a single choice) do nothing rather than fall through.
        Action::Choose(_) | Action::OpenRow(_) | Action::Toggle | Action::OpenLinked => {}
        _ => return false,
    }
    true
}

/// Answers the current question, and keeps the answer at once: leaving
/// the quiz part-way loses nothing already answered.
fn submit(app: &mut App<'_>, shown: &[usize]) {
    let guide = app.guide;
    let Some(q) = quiz_state(app) else { return };
    let Some(answer) = q.session.answer(guide, q.current, shown) else {
        return;
    };
    q.answered = true;
    let question = q.session.items[q.current].question.clone();
    app.progress.record_answer(&question, answer.correct);
    app.dirty = true;
}

fn next_question(app: &mut App<'_>) {
    let Some(q) = quiz_state(app) else { return };
    q.current += 1;
    q.cursor = 0;
    q.choice = None;
    q.toggled.clear();
    q.answered = false;
    q.back = 0;
    if q.finished() && !q.recorded {
        q.recorded = true;
        let score = q.session.score();
        let scope = q.scope.clone();
        app.progress.record_score(&scope, score.right, score.total);
        app.dirty = true;
    }
}

fn quiz_result(app: &mut App<'_>, action: Action) -> bool {
    let Some(q) = quiz_state(app) else { return false };
    let missed = q.session.missed();
    match action {
        Action::Retry if !missed.is_empty() => {
            app.stack.pop();
            start_quiz(app, &Scope::Only(missed));
        }
        Action::OpenRow(row) => {
            set_selected(app, row);
            open_missed(app);
        }
        Action::Open | Action::OpenLinked | Action::Confirm => open_missed(app),
        _ => return false,
    }
    true
}

fn open_missed(app: &mut App<'_>) {
    let Some(q) = quiz_state(app) else { return };
    let missed = q.session.missed();
    let target = missed.get(q.cursor).and_then(|m| app.guide.point_index(&m.point));
    if let Some(point) = target {
        open_point(app, point);
    }
}

fn readiness_action(app: &mut App<'_>, action: Action) -> bool {
    let guide = app.guide;
    let Some(check) = guide.readiness.as_ref() else {
        return false;
    };
    let Some(Screen::Readiness(state)) = app.stack.last_mut() else {
        return false;
    };
    let finished = state.current >= check.questions.len();
    match action {
        Action::Yes | Action::No if !finished => {
            let id = check.questions[state.current].id.clone();
            state.current += 1;
            app.progress.readiness.insert(id, action == Action::Yes);
            app.dirty = true;
        }
        Action::Up if !finished && state.current > 0 => state.current -= 1,
        Action::Up if !finished => {}
        Action::Retry => {
            state.current = 0;
            state.cursor = 0;
        }
        Action::OpenRow(row) if finished => {
            state.cursor = row;
            open_gap(app);
        }
        Action::Open | Action::OpenLinked | Action::Confirm if finished => open_gap(app),
        _ => return false,
    }
    true
}

fn open_gap(app: &mut App<'_>) {
    let guide = app.guide;
    let Some(check) = guide.readiness.as_ref() else { return };
    let Screen::Readiness(state) = app.screen() else { return };
    let gaps = readiness::gaps(&app.progress.readiness, check);
    let target = gaps.get(state.cursor).and_then(|q| app.guide.point_index(&q.point));
    if let Some(point) = target {
        open_point(app, point);
    }
}

fn checklist_action(app: &mut App<'_>, action: Action) -> bool {
    let guide = app.guide;
    let Screen::Checklist(state) = app.screen() else {
        return false;
    };
    let Some(list) = guide.checklists.get(state.checklist) else {
        return false;
    };
    let selected = state.selected;
    match action {
        Action::OpenRow(row) => {
            set_selected(app, row);
            return checklist_action(app, Action::Toggle);
        }
        Action::Toggle | Action::Open | Action::Confirm => {
            if let Some(item) = checklist::items(list).nth(selected) {
                // At home a dated item ticked gets its suggested date; the
                // kiosk keeps no dates at all.
                if app.personal {
                    crate::upkeep::toggle(&mut app.progress, list, item, app.today);
                } else {
                    checklist::toggle(&mut app.progress.ticks, list, item);
                }
                app.dirty = true;
            }
        }
        Action::OpenLinked => {
            let point = checklist::items(list)
                .nth(selected)
                .and_then(|i| i.point.as_ref())
                .and_then(|id| app.guide.point_index(id));
            if let Some(point) = point {
                open_point(app, point);
            }
        }
        Action::More | Action::Fewer if checklist::items(list).any(|i| i.quantity.is_some()) => {
            let h = app.progress.household;
            app.progress.household = if action == Action::More {
                (h + 1).min(MAX_HOUSEHOLD)
            } else {
                h.saturating_sub(1).max(1)
            };
            app.dirty = true;
        }
        _ => return false,
    }
    true
}

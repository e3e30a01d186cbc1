//! A quiz: one question at a time, the verdict and why, then the score and
//! the missed questions to read up on or retry.

pub mod view;

use super::list::{ListKind, points};
use super::{Cx, Outcome, Screen, move_in_list};
use crate::content::{Guide, QuestionKind};
use crate::quiz::{Scope, Session};
use crate::tui::action::Action;
use crate::tui::keymap::Context;

#[derive(Clone, Debug, PartialEq)]
pub struct QuizState {
    pub session: Session,
    /// The question being asked (== items.len() once finished).
    pub current: usize,
    /// The highlighted missed question on the result screen.
    pub cursor: usize,
    /// The highlighted option (displayed position), once arrows moved it:
    /// none at first, so a stray Enter answers nothing.
    pub choice: Option<usize>,
    /// Options toggled on a multiple-answer question.
    pub toggled: Vec<bool>,
    /// Set once the current question is answered: show right or wrong.
    pub answered: bool,
    /// Lines scrolled back from the verdict, to see the question and its
    /// marks again on a small screen.
    pub back: usize,
    /// Saved to progress already (on finishing).
    pub recorded: bool,
    /// What is asked: where the score is kept, if anywhere.
    pub scope: Scope,
}

/// Starts a quiz over `scope` (at most `limit` questions), if it has any.
/// The n-th quiz of a session is seeded `seed + n`.
pub fn start(cx: &mut Cx<'_, '_>, scope: &Scope, limit: Option<usize>) -> Outcome {
    let seed = cx.config.seed.wrapping_add(*cx.quizzes);
    *cx.quizzes += 1;
    let mut session = Session::new(cx.guide, scope, seed);
    if let Some(n) = limit {
        session.limit(n);
    }
    if session.items.is_empty() {
        return Outcome::Handled;
    }
    Outcome::Push(Screen::Quiz(QuizState::new(session, scope.clone())))
}

/// `t` on a category or hazard class (its list, or its row on home): that
/// category's or class's questions.
pub fn of_list(cx: &mut Cx<'_, '_>, kind: ListKind) -> Outcome {
    let scope = match kind {
        ListKind::Category(c) => match cx.guide.categories.get(c) {
            Some(c) => Scope::Category(c.id.to_string()),
            None => return Outcome::Handled,
        },
        ListKind::Hazard(_) => Scope::Only(
            points(cx.guide, kind)
                .iter()
                .flat_map(|&p| {
                    let point = &cx.guide.points[p];
                    point.quiz.iter().map(|q| crate::quiz::QuestionRef {
                        point: point.id.to_string(),
                        id: q.id.to_string(),
                    })
                })
                .collect(),
        ),
    };
    start(cx, &scope, None)
}

impl QuizState {
    pub fn new(session: Session, scope: Scope) -> QuizState {
        QuizState {
            session,
            current: 0,
            cursor: 0,
            choice: None,
            toggled: Vec::new(),
            answered: false,
            back: 0,
            recorded: false,
            scope,
        }
    }

    pub fn finished(&self) -> bool {
        self.current >= self.session.items.len()
    }

    /// Counts towards a score (not a review of mistakes).
    pub fn scored(&self) -> bool {
        self.scope.key().is_some()
    }

    /// Questions answered so far.
    pub fn answered_count(&self) -> usize {
        self.session.answers.iter().flatten().count()
    }

    pub fn context(&self, guide: &Guide) -> Context {
        if self.finished() {
            Context::QuizResult
        } else if self.answered {
            Context::QuizAnswered
        } else {
            let options = self
                .session
                .question(guide, self.current)
                .map_or(6, |q| q.options.len());
            Context::Quiz(u8::try_from(options).unwrap_or(6))
        }
    }

    pub fn update(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        if action == Action::Back {
            // Answers already count; leaving part-way says so.
            if !self.finished() && self.answered_count() > 0 {
                *cx.notice = Some(crate::i18n::left_quiz(cx.locale, self.answered_count()));
            }
            return Outcome::Pop;
        }
        if self.finished() {
            return self.result(cx, action);
        }
        let Some(question) = self.session.question(cx.guide, self.current) else {
            return Outcome::Ignored;
        };
        let options = question.options.len();
        let multiple = question.kind == QuestionKind::Multiple;
        if self.toggled.len() != options {
            self.toggled = vec![false; options];
        }
        match action {
            Action::Choose(n) | Action::OpenRow(n) if !self.answered && n < options => {
                self.choice = Some(n);
                if multiple {
                    self.toggled[n] = !self.toggled[n];
                } else {
                    self.submit(cx, &[n]);
                }
            }
            Action::Up | Action::Down | Action::Top | Action::Bottom if !self.answered => {
                let last = options.saturating_sub(1);
                self.choice = Some(match (action, self.choice) {
                    (Action::Up, Some(c)) => c.saturating_sub(1),
                    (Action::Down, Some(c)) => (c + 1).min(last),
                    (Action::Up | Action::Bottom, _) => last,
                    _ => 0,
                });
            }
            Action::Toggle if !self.answered && multiple => {
                if let Some(c) = self.choice {
                    self.toggled[c] = !self.toggled[c];
                }
            }
            // Only Enter (or the Next button) moves on: a double-tapped
            // answer must not skip the explanation.
            Action::Confirm | Action::Open if self.answered => self.next_question(cx),
            // Enter on a select-all question with nothing ticked ticks the
            // highlighted option, as people expect; the next Enter submits.
            Action::Confirm | Action::Open if multiple && !self.toggled.contains(&true) && self.choice.is_some() => {
                if let Some(c) = self.choice {
                    self.toggled[c] = true;
                }
            }
            Action::Confirm | Action::Open => {
                let chosen: Vec<usize> = if multiple {
                    (0..options).filter(|&i| self.toggled[i]).collect()
                } else {
                    self.choice.into_iter().collect()
                };
                if !chosen.is_empty() {
                    self.submit(cx, &chosen);
                }
            }
            Action::OpenLinked if self.answered => {
                let point = self.session.items[self.current].point;
                return super::point::open(cx, point);
            }
            // The view stops at the top; this only bounds a held-down key.
            Action::Up | Action::ScrollUp if self.answered => self.back = (self.back + 1).min(60),
            Action::Down | Action::ScrollDown if self.answered => self.back = self.back.saturating_sub(1),
            // Other keys on a question (a digit that is not an option, Space
            // on a single choice) do nothing rather than fall through.
            Action::Choose(_) | Action::OpenRow(_) | Action::Toggle | Action::OpenLinked => {}
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    /// Answers the current question, and keeps the answer at once: leaving
    /// the quiz part-way loses nothing already answered.
    fn submit(&mut self, cx: &mut Cx<'_, '_>, shown: &[usize]) {
        let Some(answer) = self.session.answer(cx.guide, self.current, shown) else {
            return;
        };
        self.answered = true;
        let question = self.session.items[self.current].question.clone();
        cx.progress.record_answer(&question, answer.correct);
        cx.save();
    }

    fn next_question(&mut self, cx: &mut Cx<'_, '_>) {
        self.current += 1;
        self.cursor = 0;
        self.choice = None;
        self.toggled.clear();
        self.answered = false;
        self.back = 0;
        if self.finished() && !self.recorded {
            self.recorded = true;
            let score = self.session.score();
            cx.progress.record_score(&self.scope, score.right, score.total);
            cx.save();
        }
    }

    fn result(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        let missed = self.session.missed();
        match action {
            Action::Retry if !missed.is_empty() => match start(cx, &Scope::Only(missed), None) {
                Outcome::Push(screen) => Outcome::Replace(screen),
                other => other,
            },
            Action::OpenRow(row) => {
                self.cursor = row.min(missed.len().saturating_sub(1));
                self.open_missed(cx)
            }
            Action::Open | Action::OpenLinked | Action::Confirm => self.open_missed(cx),
            _ if move_in_list(&mut self.cursor, action, cx.page(), missed.len()) => Outcome::Handled,
            _ => Outcome::Ignored,
        }
    }

    fn open_missed(&self, cx: &mut Cx<'_, '_>) -> Outcome {
        let missed = self.session.missed();
        match missed.get(self.cursor).and_then(|m| cx.guide.point_index(&m.point)) {
            Some(point) => super::point::open(cx, point),
            None => Outcome::Handled,
        }
    }
}

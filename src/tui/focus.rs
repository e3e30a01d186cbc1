//! Watching a visit: after each input, what changed that the office counts
//! (a point opened, a question answered, a quiz or the readiness check
//! finished) and what a visitor who cannot read the screen should hear (the
//! row, step, question or feedback that gained focus).

use crate::content::{Guide, Locale, Phase};
use crate::i18n::{Section, strings};
use crate::stats::Event;
use crate::tui::app::{App, Overlay};
use crate::tui::screens::{HomeColumn, PractiseRow, Screen};
use crate::tui::view::point_doc;

/// What was last seen, to tell what changed.
pub struct Watch {
    depth: usize,
    point: Option<usize>,
    answered: Option<(usize, bool)>,
    finished: bool,
    readiness_done: bool,
    /// The drill open and how many choices were made in it.
    drill: Option<(usize, usize)>,
    said: Option<String>,
}

impl Watch {
    pub fn of(app: &App<'_>) -> Watch {
        Watch {
            depth: app.session.stack.len(),
            point: open_point(app),
            answered: quiz_answered(app),
            finished: quiz_finished(app),
            readiness_done: readiness_done(app),
            drill: drill_moves(app),
            said: text(app),
        }
    }

    /// The events since the last step, and the new focus if it moved.
    pub fn step(&mut self, app: &App<'_>) -> (Vec<Event>, Option<String>) {
        let now = Watch::of(app);
        let mut events = Vec::new();
        if let Some(p) = now.point
            && (self.point != Some(p) || now.depth != self.depth)
        {
            events.push(Event::PointOpen {
                point: app.config.guide.points[p].id.to_string(),
            });
        }
        if let Some((i, true)) = now.answered
            && self.answered != Some((i, true))
            && let Some(Screen::Quiz(q)) = app.session.stack.last()
            && let (Some(item), Some(Some(answer))) = (q.session.items.get(i), q.session.answers.get(i))
        {
            events.push(Event::Answer {
                question: item.question.to_string(),
                correct: answer.correct,
            });
        }
        if now.finished
            && !self.finished
            && let Some(Screen::Quiz(q)) = app.session.stack.last()
            && q.scored()
        {
            let score = q.session.score();
            events.push(Event::QuizEnd {
                right: score.right,
                total: score.total,
            });
        }
        if now.readiness_done
            && !self.readiness_done
            && let Some(level) = readiness_level(app)
        {
            events.push(Event::Readiness { level });
        }
        if let Some((d, moves)) = now.drill
            && self.drill.is_some_and(|(was, before)| was == d && before + 1 == moves)
            && let Some(Screen::Drill(state)) = app.session.stack.last()
            && let Some(drill) = app.config.guide.drills.get(d)
            && let Some((step, choice)) = state.walk.last(drill)
        {
            events.push(Event::DrillChoice {
                drill: drill.id.to_string(),
                step: step.id.to_string(),
                choice: choice.id.to_string(),
                good: choice.good,
            });
        }
        let said = (now.said != self.said).then(|| now.said.clone()).flatten();
        *self = now;
        (events, said)
    }
}

/// The point open under any overlay: SOS or help opened and closed over a
/// point is not the point opened again.
fn open_point(app: &App<'_>) -> Option<usize> {
    match app.session.stack.last() {
        Some(Screen::Point(p)) => Some(p.point),
        _ => None,
    }
}

fn quiz_answered(app: &App<'_>) -> Option<(usize, bool)> {
    match app.session.stack.last() {
        Some(Screen::Quiz(q)) => Some((q.current, q.answered)),
        _ => None,
    }
}

fn drill_moves(app: &App<'_>) -> Option<(usize, usize)> {
    match (app.session.overlay, app.session.stack.last()) {
        (None, Some(Screen::Drill(d))) => Some((d.drill, d.walk.moves().len())),
        _ => None,
    }
}

fn quiz_finished(app: &App<'_>) -> bool {
    matches!(app.session.stack.last(), Some(Screen::Quiz(q)) if q.finished())
}

fn readiness_done(app: &App<'_>) -> bool {
    matches!(
        (app.session.stack.last(), &app.config.guide.readiness),
        (Some(Screen::Readiness(r)), Some(c)) if r.current >= c.questions.len()
    )
}

fn readiness_level(app: &App<'_>) -> Option<String> {
    let check = app.config.guide.readiness.as_ref()?;
    let yes = crate::readiness::yes_count(&app.session.progress.readiness, check);
    crate::readiness::level(check, yes).map(|l| l.id.to_string())
}

/// The words for what has focus, in the visit's language.
pub fn text(app: &App<'_>) -> Option<String> {
    let (guide, l) = (app.config.guide, app.session.locale);
    if let Some(overlay) = app.session.overlay {
        return match overlay {
            Overlay::Sos { .. } => Some(sos(guide, l)),
            Overlay::Help { .. } => None,
        };
    }
    match app.screen() {
        Screen::Home(h) => home_row(app, h.column, h.selected),
        Screen::List(s) => {
            let points = app.list_points(s.kind);
            points.get(s.selected).map(|&p| point_line(guide, p, l))
        }
        Screen::Search(s) => s.results.get(s.selected).map(|h| point_line(guide, h.point, l)),
        Screen::Point(p) => {
            let point = &guide.points[p.point];
            let Some(section) = p.section else {
                return Some(point_line(guide, p.point, l));
            };
            let doc = point_doc(app, point, 80);
            match doc.sections.get(section).map(|s| s.0) {
                Some(Section::Phase(phase)) => Some(phase_text(app, p.point, phase)),
                _ => None,
            }
        }
        Screen::Quiz(q) => quiz_text(app, q),
        Screen::Readiness(r) => {
            let check = guide.readiness.as_ref()?;
            check.questions.get(r.current).map(|q| q.question.text(l).to_string())
        }
        Screen::Drills(s) => guide
            .drills
            .get(s.selected)
            .map(|d| format!("{}. {}", d.title.text(l), d.summary.text(l))),
        Screen::Drill(d) => drill_text(app, d),
        Screen::Checklist(c) => {
            let list = guide.checklists.get(c.checklist)?;
            crate::checklist::items(list)
                .nth(c.selected)
                .map(|i| i.text.text(l).to_string())
        }
        Screen::Due(d) => {
            let due = crate::upkeep::due::this_month(guide, &app.session.progress, app.env.today);
            due.get(d.selected)
                .map(|item| crate::i18n::due::line(guide, item, app.env.today, l))
        }
        Screen::Plan(p) => crate::upkeep::plan::Field::all()
            .get(p.selected)
            .map(|f| crate::i18n::plan::field(l, *f)),
    }
}

/// "3 items due this month, 1 overdue": home's line, and what is spoken.
pub fn due_count(app: &App<'_>) -> String {
    let due = crate::upkeep::due::this_month(app.config.guide, &app.session.progress, app.env.today);
    let overdue = due.iter().filter(|d| d.overdue(app.env.today)).count();
    crate::i18n::due::count_line(due.len(), overdue, app.session.locale)
}

fn point_line(guide: &Guide, p: usize, l: Locale) -> String {
    let point = &guide.points[p];
    format!("{}. {}", point.title.text(l), point.summary.text(l))
}

fn phase_text(app: &App<'_>, p: usize, phase: Phase) -> String {
    let steps = app.config.guide.points[p]
        .steps(phase)
        .list(app.session.locale)
        .join(" ");
    format!("{}. {steps}", strings(app.session.locale).phase(phase))
}

fn home_row(app: &App<'_>, column: HomeColumn, row: usize) -> Option<String> {
    let (guide, l) = (app.config.guide, app.session.locale);
    let s = crate::i18n::practise(l);
    match column {
        HomeColumn::Categories => guide
            .categories
            .get(row)
            .map(|c| format!("{}. {}", c.title.text(l), c.summary.text(l))),
        HomeColumn::Hazards => guide.hazards.get(row).map(|h| h.title.text(l).to_string()),
        HomeColumn::Practise => match app.practise_rows().get(row)? {
            PractiseRow::SelfCheck => Some(s.self_check.to_string()),
            PractiseRow::Mistakes => Some(s.mistakes.to_string()),
            PractiseRow::Drills => Some(crate::i18n::drills(l).heading.to_string()),
            PractiseRow::Readiness => Some(s.readiness.to_string()),
            PractiseRow::Checklist(i) => guide.checklists.get(*i).map(|c| c.title.text(l).to_string()),
            PractiseRow::Due => Some(due_count(app)),
        },
    }
}

fn quiz_text(app: &App<'_>, q: &crate::tui::screens::QuizState) -> Option<String> {
    let l = app.session.locale;
    let question = q.session.question(app.config.guide, q.current)?;
    if q.answered {
        let right = q.session.answers.get(q.current)?.as_ref()?.correct;
        let s = crate::i18n::practise(l);
        let verdict = if right { s.right } else { s.wrong };
        let verdict = verdict.trim_start_matches(['✓', '✗', ' ']);
        return Some(format!("{verdict} {}", question.explanation.text(l)));
    }
    let item = q.session.items.get(q.current)?;
    let options: Vec<String> = item
        .order
        .iter()
        .enumerate()
        .filter_map(|(shown, &o)| question.options.get(o).map(|t| format!("{}. {}", shown + 1, t.text(l))))
        .collect();
    Some(format!("{} {}", question.question.text(l), options.join(" ")))
}

/// The feedback on the last choice, then the situation and its choices,
/// or how it ended.
fn drill_text(app: &App<'_>, d: &crate::tui::screens::DrillState) -> Option<String> {
    let l = app.session.locale;
    let drill = app.config.guide.drills.get(d.drill)?;
    let t = crate::i18n::drills(l);
    let mut said = Vec::new();
    if let Some((_, choice)) = d.walk.last(drill) {
        let verdict = if choice.good { t.good } else { t.poor };
        said.push(format!(
            "{} {}",
            verdict.trim_start_matches(['✓', '✗', ' ']),
            choice.feedback.text(l)
        ));
    }
    if let Some(step) = d.walk.step(drill) {
        said.push(step.situation.list(l).join(" "));
        said.extend(
            step.choices
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{}. {}", i + 1, c.text.text(l))),
        );
    } else if let Some(end) = d.walk.ending(drill) {
        said.push(format!("{}: {}.", t.outcome, crate::i18n::outcome(l, end.outcome)));
        said.push(end.text.list(l).join(" "));
    }
    Some(said.join(" "))
}

fn sos(guide: &Guide, l: Locale) -> String {
    let numbers: Vec<String> = guide
        .numbers
        .iter()
        .map(|n| format!("{} {}", n.number, n.name.text(l)))
        .collect();
    let cpr = guide
        .point("cpr-aed")
        .map(|p| p.summary.text(l).to_string())
        .unwrap_or_default();
    format!("{}. {cpr}", numbers.join(", "))
}

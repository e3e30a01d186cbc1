//! A drill's graph, checked as a whole: ids unique, every `next` resolved,
//! every step reachable from `start`, no way back to an earlier step (so
//! every walk ends, within as many choices as there are steps), and at least
//! one way through that ends safe.

use std::collections::BTreeMap;

use toml::Spanned;

use super::super::borrowed::Str;
use super::super::drill::{Choice, Ending, Next, Outcome};
use super::super::locale::Steps;
use super::super::problem::Problem;
use super::super::reader::Ctx;

pub struct RawStep {
    pub id: Spanned<Str>,
    pub situation: Option<Steps>,
    pub choices: Vec<RawChoice>,
}

pub struct RawChoice {
    pub next: Option<Spanned<Str>>,
    /// `None` if any of its fields was wrong (already reported).
    pub choice: Option<Choice>,
}

pub struct RawEnding {
    pub id: Spanned<Str>,
    pub outcome: Option<Outcome>,
    pub ending: Option<Ending>,
}

/// The start step's index and each choice's resolved `next`, per step; or
/// `None` when the graph is broken (every problem reported).
pub fn check(
    ctx: &mut Ctx<'_>,
    start: Option<&Spanned<Str>>,
    steps: &[RawStep],
    endings: &[RawEnding],
) -> Option<(usize, Vec<Vec<Next>>)> {
    let ids = unique_ids(ctx, steps, endings)?;
    let start_span = start.map(Spanned::span);
    let start = resolve_start(ctx, start, &ids);
    let nexts = resolve_nexts(ctx, steps, &ids)?;
    let start = start?;
    let reached = reachable(start, &nexts, steps.len(), endings.len());
    let mut ok = true;
    for (i, step) in steps.iter().enumerate() {
        if !reached.steps[i] {
            let id = step.id.get_ref().clone();
            ctx.error(&step.id.span(), Problem::StepUnreachable { id: id.to_string() });
            ok = false;
        }
    }
    for (i, ending) in endings.iter().enumerate() {
        if !reached.endings[i] {
            let id = ending.id.get_ref().clone();
            ctx.error(&ending.id.span(), Problem::EndingUnreachable { id: id.to_string() });
            ok = false;
        }
    }
    for (step, choice) in loops(&nexts) {
        if let Some(next) = &steps[step].choices[choice].next {
            ctx.error(
                &next.span(),
                Problem::LoopsBack {
                    id: next.get_ref().to_string(),
                },
            );
        }
        ok = false;
    }
    let safe = endings
        .iter()
        .enumerate()
        .any(|(i, e)| reached.endings[i] && e.outcome == Some(Outcome::Safe));
    if !safe && endings.iter().all(|e| e.outcome.is_some()) {
        let span = start_span.unwrap_or_default();
        ctx.error(&span, Problem::NoSafeEnding);
        ok = false;
    }
    ok.then_some((start, nexts))
}

/// Node ids: steps first, then endings, all unique in the drill.
type Ids = BTreeMap<String, Next>;

fn unique_ids(ctx: &mut Ctx<'_>, steps: &[RawStep], endings: &[RawEnding]) -> Option<Ids> {
    let mut ids = Ids::new();
    let mut ok = true;
    let nodes = steps
        .iter()
        .enumerate()
        .map(|(i, s)| (&s.id, Next::Step(i)))
        .chain(endings.iter().enumerate().map(|(i, e)| (&e.id, Next::Ending(i))));
    for (id, node) in nodes {
        if let Some(first) = ids.get(id.get_ref().as_str()) {
            let by_ending = matches!(first, Next::Ending(_));
            let taken = id.get_ref().clone();
            ctx.error(
                &id.span(),
                Problem::IdTaken {
                    id: taken.to_string(),
                    by_ending,
                },
            );
            ok = false;
        } else {
            ids.insert(id.get_ref().to_string(), node);
        }
    }
    ok.then_some(ids)
}

fn resolve_start(ctx: &mut Ctx<'_>, start: Option<&Spanned<Str>>, ids: &Ids) -> Option<usize> {
    let start = start?;
    match ids.get(start.get_ref().as_str()) {
        Some(Next::Step(i)) => Some(*i),
        Some(Next::Ending(_)) => {
            ctx.error(
                &start.span(),
                Problem::StartIsEnding {
                    id: start.get_ref().to_string(),
                },
            );
            None
        }
        None => {
            ctx.error(&start.span(), unknown("start", start.get_ref(), ids));
            None
        }
    }
}

fn resolve_nexts(ctx: &mut Ctx<'_>, steps: &[RawStep], ids: &Ids) -> Option<Vec<Vec<Next>>> {
    let mut ok = true;
    let mut out = Vec::new();
    for step in steps {
        // A step with no choices was reported where it is read; checking the
        // graph around it would only repeat that.
        ok &= !step.choices.is_empty();
        let mut nexts = Vec::new();
        for choice in &step.choices {
            let Some(next) = &choice.next else {
                ok = false;
                continue;
            };
            match ids.get(next.get_ref().as_str()) {
                Some(n) => nexts.push(*n),
                None => {
                    ctx.error(&next.span(), unknown("next", next.get_ref(), ids));
                    ok = false;
                }
            }
        }
        out.push(nexts);
    }
    ok.then_some(out)
}

fn unknown(key: &str, id: &str, ids: &Ids) -> Problem {
    let meant = crate::suggest::nearest(id, ids.keys().map(String::as_str), 1)
        .first()
        .map(|s| (*s).to_string());
    Problem::NoSuchStep {
        key: key.to_string(),
        id: id.to_string(),
        meant,
    }
}

struct Reached {
    steps: Vec<bool>,
    endings: Vec<bool>,
}

fn reachable(start: usize, nexts: &[Vec<Next>], steps: usize, endings: usize) -> Reached {
    let mut reached = Reached {
        steps: vec![false; steps],
        endings: vec![false; endings],
    };
    let mut todo = vec![start];
    while let Some(i) = todo.pop() {
        if std::mem::replace(&mut reached.steps[i], true) {
            continue;
        }
        for next in &nexts[i] {
            match *next {
                Next::Step(j) => todo.push(j),
                Next::Ending(j) => reached.endings[j] = true,
            }
        }
    }
    reached
}

/// The choices (step, choice) that close a loop, found by a depth-first
/// search from every step, so loops among unreachable steps are found too.
fn loops(nexts: &[Vec<Next>]) -> Vec<(usize, usize)> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let mut marks = vec![Mark::New; nexts.len()];
    let mut found = Vec::new();
    for root in 0..nexts.len() {
        if marks[root] != Mark::New {
            continue;
        }
        // (step, index of the next choice to follow)
        let mut stack = vec![(root, 0)];
        marks[root] = Mark::Open;
        while let Some(&mut (step, ref mut at)) = stack.last_mut() {
            let Some(next) = nexts[step].get(*at) else {
                marks[step] = Mark::Done;
                stack.pop();
                continue;
            };
            let choice = *at;
            *at += 1;
            if let Next::Step(j) = *next {
                match marks[j] {
                    Mark::Open => found.push((step, choice)),
                    Mark::New => {
                        marks[j] = Mark::Open;
                        stack.push((j, 0));
                    }
                    Mark::Done => {}
                }
            }
        }
    }
    found.sort_unstable();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loop_is_found_once_at_the_choice_that_closes_it() {
        let nexts = vec![
            vec![Next::Step(1), Next::Ending(0)],
            vec![Next::Step(2), Next::Ending(0)],
            vec![Next::Step(0), Next::Step(1)],
        ];
        assert_eq!(loops(&nexts), vec![(2, 0), (2, 1)]);
    }

    #[test]
    fn a_diamond_is_not_a_loop() {
        let nexts = vec![
            vec![Next::Step(1), Next::Step(2)],
            vec![Next::Step(3), Next::Ending(0)],
            vec![Next::Step(3), Next::Ending(0)],
            vec![Next::Ending(0), Next::Ending(1)],
        ];
        assert!(loops(&nexts).is_empty());
    }
}

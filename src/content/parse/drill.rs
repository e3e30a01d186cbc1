//! A drill file: its fields here, its graph in `drill_graph`.

use toml::Spanned;

use super::super::borrowed::Str;
use super::super::drill::{Choice, Drill, DrillStep, Ending, Next, Outcome};
use super::super::locale::Steps;
use super::super::problem::Problem;
use super::super::reader::{Ctx, Fields, Value};
use super::drill_graph::{self, RawChoice, RawEnding, RawStep};
use super::point::source;
use super::{Ref, Target};

/// Choices per step: one is no choice, more than four no longer fit as big
/// buttons on a small screen or under the number keys 1–4.
const CHOICES: std::ops::RangeInclusive<usize> = 2..=4;
/// Lines of a situation or an ending: short enough to take in at a glance.
const LINES: std::ops::RangeInclusive<usize> = 1..=4;

pub fn drill(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>, refs: &mut Vec<Ref>, file_id: &str) -> Option<Drill> {
    let id = ctx.file_id(f, file_id);
    let reviewed = ctx.required(f, "reviewed").and_then(|v| ctx.date(v, "reviewed"));
    let rehearses = points(ctx, f, "rehearses", true, refs);
    let start = ctx
        .required(f, "start")
        .and_then(|v| ctx.id(v, "start").map(|id| Spanned::new(v.span(), id)));
    let title = ctx.required(f, "title").and_then(|v| ctx.text(v, "title", false));
    let summary = ctx.required(f, "summary").and_then(|v| ctx.text(v, "summary", false));
    let sources = match ctx.required(f, "sources") {
        Some(v) => {
            let sources = ctx.tables(v, "sources", source);
            if sources.is_empty() && v.get_ref().as_array().is_some_and(|a| a.is_empty()) {
                ctx.error(&v.span(), Problem::DrillNoSource);
            }
            sources
        }
        None => Vec::new(),
    };
    let source_count = sources.len();
    let steps = match ctx.required(f, "steps") {
        Some(v) => ctx.tables(v, "steps", |ctx, f| step(ctx, f, source_count)),
        None => Vec::new(),
    };
    let endings = match ctx.required(f, "endings") {
        Some(v) => ctx.tables(v, "endings", |ctx, f| ending(ctx, f, refs)),
        None => Vec::new(),
    };
    let (start, nexts) = drill_graph::check(ctx, start.as_ref(), &steps, &endings)?;
    let steps = steps
        .into_iter()
        .zip(nexts)
        .map(|(s, nexts)| {
            let choices = s
                .choices
                .into_iter()
                .zip(nexts)
                .map(|(c, next)| c.choice.map(|c| Choice { next, ..c }))
                .collect::<Option<Vec<_>>>()?;
            Some(DrillStep {
                id: s.id.into_inner(),
                situation: s.situation?,
                choices: choices.into(),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let endings = endings.into_iter().map(|e| e.ending).collect::<Option<Vec<_>>>()?;
    Some(Drill {
        id: id?,
        reviewed: reviewed?,
        rehearses: rehearses.into(),
        title: title?,
        summary: summary?,
        start,
        steps: steps.into(),
        endings: endings.into(),
        sources: sources.into(),
    })
}

fn step(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>, sources: usize) -> Option<RawStep> {
    let id = ctx.required(f, "id")?;
    let id = Spanned::new(id.span(), ctx.id(id, "id")?);
    let situation = ctx.required(f, "situation").and_then(|v| lines(ctx, v, "situation"));
    let (at, count) = f.array_len("choices");
    let mut seen: Vec<Str> = Vec::new();
    let choices = match ctx.required(f, "choices") {
        Some(v) => {
            if !CHOICES.contains(&count) {
                ctx.error(&at, Problem::ChoiceCount { count });
            }
            ctx.tables(v, "choices", |ctx, f| choice(ctx, f, sources, &mut seen))
        }
        None => Vec::new(),
    };
    Some(RawStep { id, situation, choices })
}

fn choice(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>, sources: usize, seen: &mut Vec<Str>) -> Option<RawChoice> {
    let id = ctx.required(f, "id").and_then(|v| {
        let id = ctx.id(v, "id")?;
        if seen.contains(&id) {
            ctx.error(&v.span(), Problem::ChoiceTwice { id: id.to_string() });
            return None;
        }
        seen.push(id.clone());
        Some(id)
    });
    let text = ctx.required(f, "text").and_then(|v| ctx.text(v, "text", false));
    let good_value = ctx.required(f, "good");
    let good = good_value.and_then(|v| ctx.boolean(v, "good"));
    let source = match f.get("source") {
        Some(v) => source_index(ctx, v, sources),
        None => {
            if let (Some(true), Some(v)) = (good, good_value) {
                ctx.error(&v.span(), Problem::GoodNeedsSource);
            }
            None
        }
    };
    let feedback = ctx.required(f, "feedback").and_then(|v| ctx.text(v, "feedback", false));
    let next = ctx
        .required(f, "next")
        .and_then(|v| ctx.id(v, "next").map(|id| Spanned::new(v.span(), id)));
    let choice = (|| {
        let good = good?;
        if good && source.is_none() {
            return None;
        }
        Some(Choice {
            id: id?,
            text: text?,
            good,
            source,
            feedback: feedback?,
            // Resolved once the whole drill is read.
            next: Next::Step(0),
        })
    })();
    Some(RawChoice { next, choice })
}

/// `source = N` counts from 1, as a reader counts the [[sources]] entries.
fn source_index(ctx: &mut Ctx<'_>, v: &Value<'_>, sources: usize) -> Option<usize> {
    let n = ctx.count(v, "source")?;
    if n == 0 || n > sources {
        ctx.error(&v.span(), Problem::NoSuchSource { n, sources });
        return None;
    }
    Some(n - 1)
}

fn ending(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>, refs: &mut Vec<Ref>) -> Option<RawEnding> {
    let id = ctx.required(f, "id")?;
    let id = Spanned::new(id.span(), ctx.id(id, "id")?);
    let outcome = ctx.required(f, "outcome").and_then(|v| {
        let s = ctx.string(v, "outcome", false)?;
        let outcome = Outcome::parse(&s);
        if outcome.is_none() {
            ctx.error(&v.span(), Problem::BadOutcome { value: s.to_string() });
        }
        outcome
    });
    let text = ctx.required(f, "text").and_then(|v| lines(ctx, v, "text"));
    let points = points(ctx, f, "points", true, refs);
    let ending = (|| {
        Some(Ending {
            id: id.get_ref().clone(),
            outcome: outcome?,
            text: text?,
            points: points.into(),
        })
    })();
    Some(RawEnding { id, outcome, ending })
}

fn lines(ctx: &mut Ctx<'_>, v: &Value<'_>, key: &str) -> Option<Steps> {
    let steps = ctx.steps(v, key, false)?;
    for (locale, lines) in &steps.0 {
        if !LINES.contains(&lines.len()) {
            let problem = Problem::TooManyLines {
                key: key.to_string(),
                tag: locale.tag().to_string(),
                lines: lines.len(),
            };
            ctx.error(&v.span(), problem);
            return None;
        }
    }
    Some(steps)
}

/// A list of point ids, each checked against the set.
fn points(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>, key: &str, required: bool, refs: &mut Vec<Ref>) -> Vec<Str> {
    let value = if required { ctx.required(f, key) } else { f.get(key) };
    let Some(value) = value else { return Vec::new() };
    let mut out: Vec<Str> = Vec::new();
    for id in ctx.ids(value, key) {
        if out.contains(id.get_ref()) {
            let (listed, key) = (id.get_ref().clone(), key.to_string());
            ctx.error(
                &id.span(),
                Problem::ListedTwice {
                    id: listed.to_string(),
                    key,
                },
            );
        } else {
            ctx.reference(refs, &id.span(), Target::Point, id.get_ref());
            out.push(id.into_inner());
        }
    }
    if out.is_empty() && value.get_ref().as_array().is_some_and(|a| a.is_empty()) {
        ctx.error(&value.span(), Problem::NamesNoPoint { key: key.to_string() });
    }
    out
}

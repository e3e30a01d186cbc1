use super::super::borrowed::Str;
use super::super::model::{Readiness, ReadinessLevel, ReadinessQuestion};
use super::super::problem::Problem;
use super::super::reader::{Ctx, Fields};
use super::{Ref, Target};

pub fn readiness(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>, refs: &mut Vec<Ref>) -> Option<Readiness> {
    let title = ctx.required(f, "title").and_then(|v| ctx.text(v, "title", false));
    let mut seen: Vec<Str> = Vec::new();
    let questions = match ctx.required(f, "questions") {
        Some(v) => ctx.tables(v, "questions", |ctx, f| {
            let id = ctx.required(f, "id").and_then(|v| {
                let id = ctx.id(v, "id")?;
                if seen.contains(&id) {
                    ctx.error(&v.span(), Problem::ReadinessQuestionTwice { id: id.to_string() });
                }
                seen.push(id.clone());
                Some(id)
            });
            let question = ctx.required(f, "question").and_then(|v| ctx.text(v, "question", false));
            let fix = ctx.required(f, "fix").and_then(|v| ctx.text(v, "fix", true));
            let point = ctx.ref_field(f, "point", Target::Point, true, refs);
            let item = ctx.ref_field(f, "item", Target::ChecklistItem, false, refs);
            Some(ReadinessQuestion {
                id: id?,
                question: question?,
                fix: fix?,
                point: point?,
                item,
            })
        }),
        None => Vec::new(),
    };
    let levels_value = ctx.required(f, "levels");
    let mut levels = match levels_value {
        Some(v) => ctx.tables(v, "levels", |ctx, f| {
            let id = ctx.required(f, "id").and_then(|v| ctx.string(v, "id", false));
            let min_yes = ctx.required(f, "min_yes").and_then(|v| ctx.count(v, "min_yes"));
            let title = ctx.required(f, "title").and_then(|v| ctx.text(v, "title", false));
            let meaning = ctx.required(f, "meaning").and_then(|v| ctx.text(v, "meaning", true));
            Some(ReadinessLevel {
                id: id?,
                min_yes: min_yes?,
                title: title?,
                meaning: meaning?,
            })
        }),
        None => Vec::new(),
    };
    levels.sort_by_key(|l| std::cmp::Reverse(l.min_yes));
    if let Some(v) = levels_value {
        if !levels.iter().any(|l| l.min_yes == 0) {
            ctx.error(&v.span(), Problem::NoZeroLevel);
        }
        if let Some(l) = levels.iter().find(|l| l.min_yes > questions.len()) {
            let problem = Problem::LevelTooHigh {
                id: l.id.to_string(),
                min_yes: l.min_yes,
                questions: questions.len(),
            };
            ctx.error(&v.span(), problem);
        }
    }
    Some(Readiness {
        title: title?,
        questions: questions.into(),
        levels: levels.into(),
    })
}

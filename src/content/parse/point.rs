use super::super::borrowed::Str;
use super::super::locale::{Locale, Text};
use super::super::model::{Point, Question, QuestionKind, Source, Warning, WarningLevel};
use super::super::problem::Problem;
use super::super::reader::{Ctx, Fields};
use super::{Ref, Target};

type Span = std::ops::Range<usize>;

/// Options per question: two is a true/false in disguise, more than six is
/// too many to read on a phone-sized screen.
const OPTIONS: std::ops::RangeInclusive<usize> = 2..=6;

pub fn point(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>, refs: &mut Vec<Ref>, file_id: &str) -> Option<Point> {
    let id = ctx.file_id(f, file_id);
    let hazard = ctx.ref_field(f, "hazard", Target::Hazard, true, refs);
    let reviewed = ctx.required(f, "reviewed").and_then(|v| ctx.date(v, "reviewed"));
    let related = related(ctx, f, refs, file_id);
    let title = ctx.required(f, "title").and_then(|v| ctx.text(v, "title", false));
    let summary = ctx.required(f, "summary").and_then(|v| ctx.text(v, "summary", false));
    let note = f.get("note").and_then(|v| ctx.text(v, "note", true));
    let keywords = ctx
        .required(f, "keywords")
        .and_then(|v| ctx.steps(v, "keywords", false));
    let mut phase = |key: &str| ctx.required(f, key).and_then(|v| ctx.steps(v, key, true));
    let (before, during, after, never) = (phase("before"), phase("during"), phase("after"), phase("never"));
    let warnings = match f.get("warnings") {
        Some(v) => ctx.tables(v, "warnings", warning),
        None => Vec::new(),
    };
    let sources = match ctx.required(f, "sources") {
        Some(v) => {
            let sources = ctx.tables(v, "sources", source);
            if sources.is_empty() && v.get_ref().as_array().is_some_and(|a| a.is_empty()) {
                ctx.error(&v.span(), Problem::PointNoSource);
            }
            sources
        }
        None => Vec::new(),
    };
    let quiz = match f.get("quiz") {
        Some(v) => {
            let questions = ctx.tables(v, "quiz", question);
            unique_questions(ctx, questions)
        }
        None => Vec::new(),
    };
    Some(Point {
        id: id?,
        category: Default::default(),
        hazard: hazard?,
        reviewed: reviewed?,
        related: related.into(),
        title: title?,
        summary: summary?,
        note,
        keywords: keywords?,
        before: before?,
        during: during?,
        after: after?,
        never: never?,
        warnings: warnings.into(),
        sources: sources.into(),
        quiz: quiz.into(),
    })
}

fn related(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>, refs: &mut Vec<Ref>, file_id: &str) -> Vec<Str> {
    let Some(value) = ctx.required(f, "related") else {
        return Vec::new();
    };
    let mut out: Vec<Str> = Vec::new();
    for id in ctx.ids(value, "related") {
        if id.get_ref() == file_id {
            ctx.error(&id.span(), Problem::RelatedToItself);
        } else if out.contains(id.get_ref()) {
            let (listed, key) = (id.get_ref().clone(), "related".to_string());
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
    out
}

fn warning(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>) -> Option<Warning> {
    let level = ctx.required(f, "level").and_then(|v| {
        let s = ctx.string(v, "level", false)?;
        let level = WarningLevel::parse(&s);
        if level.is_none() {
            ctx.error(&v.span(), Problem::BadLevel { value: s.to_string() });
        }
        level
    });
    let meaning = ctx.required(f, "meaning").and_then(|v| ctx.text(v, "meaning", false));
    let action = ctx.required(f, "action").and_then(|v| ctx.text(v, "action", false));
    Some(Warning {
        level: level?,
        meaning: meaning?,
        action: action?,
    })
}

pub(super) fn source(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>) -> Option<Source> {
    let org = ctx.required(f, "org").and_then(|v| ctx.string(v, "org", false));
    let title = ctx.required(f, "title").and_then(|v| ctx.string(v, "title", false));
    let url = f.get("url").and_then(|v| {
        let url = ctx.string(v, "url", false)?;
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(' ') {
            ctx.error(&v.span(), Problem::BadUrl { url: url.to_string() });
            return None;
        }
        Some(url)
    });
    Some(Source {
        org: org?,
        title: title?,
        url,
    })
}

/// Saved mistakes and kiosk statistics name a question by its id, so two
/// questions of one point must never share one.
fn unique_questions(ctx: &mut Ctx<'_>, questions: Vec<(Span, Question)>) -> Vec<Question> {
    let mut out: Vec<Question> = Vec::with_capacity(questions.len());
    for (span, q) in questions {
        if out.iter().any(|o| o.id == q.id) {
            ctx.error(&span, Problem::QuestionTwiceInPoint { id: q.id.to_string() });
        } else {
            out.push(q);
        }
    }
    out
}

fn question(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>) -> Option<(Span, Question)> {
    let id = ctx.required(f, "id").map(|v| (v.span(), ctx.id(v, "id")));
    let kind = ctx.required(f, "kind").and_then(|v| {
        let s = ctx.string(v, "kind", false)?;
        let kind = match s.as_str() {
            "single" => Some(QuestionKind::Single),
            "multiple" => Some(QuestionKind::Multiple),
            "true-false" => Some(QuestionKind::TrueFalse),
            _ => None,
        };
        if kind.is_none() {
            ctx.error(&v.span(), Problem::BadKind { value: s.to_string() });
        }
        kind
    });
    let text = ctx.required(f, "question").and_then(|v| ctx.text(v, "question", true));
    let explanation = ctx
        .required(f, "explanation")
        .and_then(|v| ctx.text(v, "explanation", true));
    let (options, answer) = match kind? {
        QuestionKind::TrueFalse => (true_false(), true_false_answer(ctx, f)?),
        kind => choice(ctx, f, kind)?,
    };
    let (span, id) = id?;
    Some((
        span,
        Question {
            id: id?,
            kind: kind?,
            question: text?,
            options: options.into(),
            answer: answer.into(),
            explanation: explanation?,
        },
    ))
}

fn true_false() -> Vec<Text> {
    vec![
        Text::from_pairs(&[(Locale::En, "True"), (Locale::ZhHans, "对")]),
        Text::from_pairs(&[(Locale::En, "False"), (Locale::ZhHans, "错")]),
    ]
}

fn true_false_answer(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>) -> Option<Vec<usize>> {
    if let Some(v) = f.get("options") {
        ctx.error(&v.span(), Problem::TrueFalseOptions);
    }
    let answer = ctx.required(f, "answer").and_then(|v| ctx.boolean(v, "answer"))?;
    Some(vec![if answer { 0 } else { 1 }])
}

fn choice(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>, kind: QuestionKind) -> Option<(Vec<Text>, Vec<usize>)> {
    let options_value = ctx.required(f, "options");
    let options: Vec<Text> = match options_value {
        Some(v) => ctx
            .array(v, "options")
            .map(|a| a.iter().filter_map(|o| ctx.text(o, "options", false)).collect())
            .unwrap_or_default(),
        None => Vec::new(),
    };
    if let Some(v) = options_value {
        if !OPTIONS.contains(&options.len()) && v.get_ref().as_array().is_some() {
            ctx.error(&v.span(), Problem::OptionCount { count: options.len() });
        }
        for (i, o) in options.iter().enumerate() {
            if let Some(j) = options[..i]
                .iter()
                .position(|p| p.0.iter().any(|(l, s)| o.0.get(l) == Some(s)))
            {
                ctx.error(
                    &v.span(),
                    Problem::SameOptions {
                        first: j + 1,
                        second: i + 1,
                    },
                );
            }
        }
    }
    let value = ctx.required(f, "answer")?;
    let Some(array) = value.get_ref().as_array() else {
        ctx.error(&value.span(), Problem::AnswerNotList);
        return None;
    };
    let mut answer = Vec::new();
    for item in array.iter() {
        let n = ctx.count(item, "answer")?;
        if n >= options.len() {
            let options = options.len();
            ctx.error(&item.span(), Problem::AnswerOutOfRange { n, options });
        } else if answer.contains(&n) {
            ctx.error(&item.span(), Problem::AnswerTwice { n });
        } else {
            answer.push(n);
        }
    }
    match (kind, answer.len()) {
        (_, 0) if array.is_empty() => ctx.error(&value.span(), Problem::NoAnswer),
        (QuestionKind::Single, n) if n > 1 => ctx.error(&value.span(), Problem::SingleManyAnswers),
        _ => {}
    }
    answer.sort_unstable();
    (!answer.is_empty()).then_some((options, answer))
}

use toml::Spanned;

use super::super::borrowed::Str;
use super::super::locale::Locale;
use super::super::model::{Category, EmergencyNumber, Hazard};
use super::super::problem::Problem;
use super::super::reader::{Ctx, Fields};

/// `guide.toml` as read, with the positions needed to check the whole set.
pub struct GuideFile {
    pub title: Option<crate::content::Text>,
    pub edition: Option<crate::content::Text>,
    pub min_questions: usize,
    pub numbers: Vec<EmergencyNumber>,
    pub hazards: Vec<Spanned<Hazard>>,
    /// Every hazard id written, valid hazard or not: a hazard with a mistake
    /// in its title is reported once, not again by every point that uses it.
    pub hazard_ids: Vec<Str>,
    pub categories: Vec<Spanned<Category>>,
    /// Each listed point id, where it is listed.
    pub listed: Vec<Spanned<Str>>,
    /// The order checklists are shown in, if the set gives one.
    pub checklists: Vec<Spanned<Str>>,
}

/// The languages a set declares, read first because every text depends on
/// them. Falls back to every supported language so the rest can be checked.
pub fn locales(ctx: &mut Ctx<'_>, fields: &mut Fields<'_, '_>) -> Vec<Locale> {
    let Some(value) = ctx.required(fields, "locales") else {
        return Locale::ALL.to_vec();
    };
    let Some(array) = ctx.array(value, "locales") else {
        return Locale::ALL.to_vec();
    };
    let mut out = Vec::new();
    for item in array.iter() {
        let Some(tag) = ctx.string(item, "locales", false) else {
            continue;
        };
        match tag.parse::<Locale>() {
            Ok(l) if l.tag() == tag && !out.contains(&l) => out.push(l),
            Ok(l) if out.contains(&l) => ctx.error(&item.span(), Problem::LanguageTwice { tag: tag.to_string() }),
            _ => ctx.error(&item.span(), Problem::UnsupportedLanguage { tag: tag.to_string() }),
        }
    }
    if out.is_empty() {
        ctx.error(&value.span(), Problem::NoLanguages);
        return Locale::ALL.to_vec();
    }
    out
}

pub fn guide(ctx: &mut Ctx<'_>, fields: &mut Fields<'_, '_>) -> GuideFile {
    let title = ctx.required(fields, "title").and_then(|v| ctx.text(v, "title", false));
    let edition = ctx
        .required(fields, "edition")
        .and_then(|v| ctx.text(v, "edition", false));
    let min_questions = fields
        .get("min_questions")
        .and_then(|v| ctx.count(v, "min_questions"))
        .unwrap_or(0);
    let numbers = match ctx.required(fields, "numbers") {
        Some(v) => ctx.tables(v, "numbers", number),
        None => Vec::new(),
    };
    let mut hazard_ids = Vec::new();
    let hazards = match ctx.required(fields, "hazards") {
        Some(v) => ctx.tables(v, "hazards", |ctx, f| {
            let id = ctx.required(f, "id").and_then(|v| ctx.id(v, "id"));
            hazard_ids.extend(id.clone());
            let title = ctx.required(f, "title").and_then(|v| ctx.text(v, "title", false));
            Some(Spanned::new(f.span(), Hazard { id: id?, title: title? }))
        }),
        None => Vec::new(),
    };
    let mut listed = Vec::new();
    let categories = match ctx.required(fields, "categories") {
        Some(v) => ctx.tables(v, "categories", |ctx, f| {
            let id = ctx.required(f, "id").and_then(|v| ctx.id(v, "id"));
            let title = ctx.required(f, "title").and_then(|v| ctx.text(v, "title", false));
            let summary = ctx.required(f, "summary").and_then(|v| ctx.text(v, "summary", false));
            let points = ctx
                .required(f, "points")
                .map(|v| ctx.ids(v, "points"))
                .unwrap_or_default();
            if points.is_empty() {
                ctx.error(&f.span(), Problem::EmptyCategory);
            }
            listed.extend(points.iter().cloned());
            let points = points.into_iter().map(Spanned::into_inner).collect();
            Some(Spanned::new(
                f.span(),
                Category {
                    id: id?,
                    title: title?,
                    summary: summary?,
                    points,
                },
            ))
        }),
        None => Vec::new(),
    };
    let checklists = fields
        .get("checklists")
        .map(|v| ctx.ids(v, "checklists"))
        .unwrap_or_default();
    GuideFile {
        checklists,
        title,
        edition,
        min_questions,
        numbers,
        hazards,
        hazard_ids,
        categories,
        listed,
    }
}

fn number(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>) -> Option<EmergencyNumber> {
    let number = ctx.required(f, "number").and_then(|v| {
        let s = ctx.string(v, "number", false)?;
        if !s.chars().all(|c| c.is_ascii_digit()) {
            ctx.error(&v.span(), Problem::NotDialable { number: s.to_string() });
            return None;
        }
        Some(s)
    });
    let name = ctx.required(f, "name").and_then(|v| ctx.text(v, "name", false));
    let use_for = ctx.required(f, "use").and_then(|v| ctx.text(v, "use", false));
    Some(EmergencyNumber {
        number: number?,
        name: name?,
        use_for: use_for?,
    })
}

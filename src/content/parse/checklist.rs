use super::super::borrowed::Str;
use super::super::model::{Checklist, ChecklistItem, ChecklistSection, Every, Quantity, Recurring, Upkeep, UpkeepKind};
use super::super::problem::Problem;
use super::super::reader::Value;
use super::super::reader::{Ctx, Fields};
use super::{Ref, Target};

/// Reads a checklist; `seen` gets the id of every item, valid or not, so a
/// reference to an item that has some other mistake is not also unknown.
pub fn checklist(
    ctx: &mut Ctx<'_>,
    f: &mut Fields<'_, '_>,
    refs: &mut Vec<Ref>,
    file_id: &str,
    seen: &mut Vec<Str>,
) -> Option<Checklist> {
    let id = ctx.file_id(f, file_id);
    let title = ctx.required(f, "title").and_then(|v| ctx.text(v, "title", false));
    let summary = ctx.required(f, "summary").and_then(|v| ctx.text(v, "summary", true));
    let sections = match ctx.required(f, "sections") {
        Some(v) => ctx.tables(v, "sections", |ctx, f| section(ctx, f, refs, seen)),
        None => Vec::new(),
    };
    let recurring = f.get("recurring").and_then(|v| recurring(ctx, v));
    Some(Checklist {
        id: id?,
        title: title?,
        summary: summary?,
        sections: sections.into(),
        recurring,
    })
}

/// `[recurring]`: a title, and `every` (6 months when not given).
fn recurring(ctx: &mut Ctx<'_>, value: &Value<'_>) -> Option<Recurring> {
    let mut f = ctx.table(value, "recurring")?;
    let title = ctx.required(&mut f, "title").and_then(|v| ctx.text(v, "title", false));
    let every = match f.get("every") {
        Some(v) => every(ctx, v, "every"),
        None => Some(Every::DEFAULT_RECURRING),
    };
    f.finish(ctx);
    Some(Recurring {
        title: title?,
        every: every?,
    })
}

fn every(ctx: &mut Ctx<'_>, value: &Value<'_>, key: &str) -> Option<Every> {
    let text = ctx.string(value, key, false)?;
    match text.parse() {
        Ok(every) => Some(every),
        Err(problem) => {
            ctx.error(&value.span(), problem);
            None
        }
    }
}

/// `shelf_life` (a use-by date) or `check_every` (a next check), not both.
fn upkeep(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>) -> Option<Upkeep> {
    let shelf = f.get("shelf_life");
    let check = f.get("check_every");
    match (shelf, check) {
        (Some(_), Some(c)) => {
            ctx.error(&c.span(), Problem::ShelfLifeAndCheck);
            None
        }
        (Some(v), None) => every(ctx, v, "shelf_life").map(|every| Upkeep {
            kind: UpkeepKind::ShelfLife,
            every,
        }),
        (None, Some(v)) => every(ctx, v, "check_every").map(|every| Upkeep {
            kind: UpkeepKind::Check,
            every,
        }),
        (None, None) => None,
    }
}

fn section(
    ctx: &mut Ctx<'_>,
    f: &mut Fields<'_, '_>,
    refs: &mut Vec<Ref>,
    seen: &mut Vec<Str>,
) -> Option<ChecklistSection> {
    let id = ctx.required(f, "id").and_then(|v| ctx.id(v, "id"));
    let title = ctx.required(f, "title").and_then(|v| ctx.text(v, "title", false));
    // Counted as written, so items with mistakes of their own do not also
    // leave the section "empty".
    let (_, written) = f.array_len("items");
    let items = match ctx.required(f, "items") {
        Some(v) => ctx.tables(v, "items", |ctx, f| item(ctx, f, refs, seen)),
        None => Vec::new(),
    };
    if items.is_empty() && written == 0 {
        ctx.error(&f.span(), Problem::EmptySection);
    }
    Some(ChecklistSection {
        id: id?,
        title: title?,
        items: items.into(),
    })
}

fn item(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>, refs: &mut Vec<Ref>, seen: &mut Vec<Str>) -> Option<ChecklistItem> {
    let id = ctx.required(f, "id").and_then(|v| {
        let id = ctx.id(v, "id")?;
        if seen.contains(&id) {
            ctx.error(&v.span(), Problem::ItemTwice { id: id.to_string() });
            return None;
        }
        seen.push(id.clone());
        Some(id)
    });
    let text = ctx.required(f, "text").and_then(|v| ctx.text(v, "text", false));
    let why = ctx.required(f, "why").and_then(|v| ctx.text(v, "why", true));
    let where_kept = f.get("where").and_then(|v| ctx.text(v, "where", true));
    let check = f.get("check").and_then(|v| ctx.text(v, "check", true));
    let point = ctx.ref_field(f, "point", Target::Point, false, refs);
    let quantity = quantity(ctx, f);
    let upkeep = upkeep(ctx, f);
    Some(ChecklistItem {
        id: id?,
        text: text?,
        why: why?,
        where_kept,
        check,
        point,
        quantity,
        upkeep,
    })
}

fn quantity(ctx: &mut Ctx<'_>, f: &mut Fields<'_, '_>) -> Option<Quantity> {
    let per_person = f.get("per_person");
    let days = f.get("days");
    let unit = f.get("unit");
    let Some(per_person) = per_person else {
        for (key, value) in [("days", days), ("unit", unit)] {
            if let Some(v) = value {
                ctx.error(&v.span(), Problem::OnlyWithPerPerson { key: key.to_string() });
            }
        }
        return None;
    };
    let amount = ctx.number(per_person, "per_person");
    let days = match days {
        Some(v) => ctx.count(v, "days").and_then(|d| u32::try_from(d).ok()),
        None => Some(1),
    };
    let unit = match unit {
        Some(v) => ctx.text(v, "unit", false),
        None => {
            ctx.error(&per_person.span(), Problem::PerPersonNeedsUnit);
            None
        }
    };
    Some(Quantity {
        per_person: amount?,
        days: days?,
        unit: unit?,
    })
}

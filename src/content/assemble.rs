//! A checked set's parts put together as the guide.

use std::collections::HashMap;

use toml::Spanned;

use super::borrowed::Str;
use super::load::Parts;
use super::locale::Locale;
use super::model::{Guide, Point};

pub(super) fn assemble(parts: Parts, locales: Vec<Locale>) -> Option<Guide> {
    let guide = parts.guide?;
    let categories: Vec<_> = guide.categories.into_iter().map(Spanned::into_inner).collect();
    // Points are put in booklet order where they lie, not moved through a
    // map: at 10,000 points a second copy of them was a tenth of the peak.
    let mut place: HashMap<&str, (usize, usize)> = HashMap::new();
    for (c, category) in categories.iter().enumerate() {
        for id in &category.points {
            let at = place.len();
            place.entry(id.as_str()).or_insert((at, c));
        }
    }
    let mut points = parts.points;
    points.retain(|p| place.contains_key(p.id.as_str()));
    points.sort_by_cached_key(|p| place.get(p.id.as_str()).map_or(usize::MAX, |&(at, _)| at));
    points.dedup_by(|a, b| a.id == b.id);
    for p in &mut points {
        if let Some(c) = place.get(p.id.as_str()).and_then(|&(_, c)| categories.get(c)) {
            p.category = c.id.clone();
        }
    }
    let order: Vec<Str> = guide.checklists.into_iter().map(Spanned::into_inner).collect();
    let mut checklists = parts.checklists;
    checklists.sort_by_key(|c| order.iter().position(|id| *id == c.id).unwrap_or(usize::MAX));
    Some(Guide {
        title: guide.title?,
        edition: guide.edition?,
        locales: locales.into(),
        min_questions: guide.min_questions,
        numbers: guide.numbers.into(),
        hazards: guide.hazards.into_iter().map(Spanned::into_inner).collect(),
        categories: categories.into(),
        points: points.into(),
        checklists: checklists.into(),
        readiness: parts.readiness,
        drills: parts.drills.into(),
        lookup: Default::default(),
    })
}

/// A point with only what is read after its file was checked: ids, links,
/// title and quiz.
pub(super) fn without_prose(point: &mut Point) {
    for steps in [
        &mut point.keywords,
        &mut point.before,
        &mut point.during,
        &mut point.after,
        &mut point.never,
    ] {
        *steps = Default::default();
    }
    point.summary = Default::default();
    point.note = None;
    point.warnings = Default::default();
    point.sources = Default::default();
}

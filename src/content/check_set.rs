//! The checks that need the whole set: the structure guide.toml declares,
//! ids used once, and references between files that resolve.

use std::collections::{BTreeMap, BTreeSet};

use toml::Spanned;

use super::borrowed::Str;
use super::diagnostic::{Diagnostic, Place, SourceFile};
use super::load::Parts;
use super::parse::{Ref, Target};
use super::problem::{Problem, RefKind};

/// The checks that need more than one file: the declared structure, unique
/// ids, references that resolve.
pub(super) fn check_set(parts: &Parts, guide_text: &str, diagnostics: &mut Vec<Diagnostic>) {
    let Some(guide) = &parts.guide else { return };
    let file = SourceFile {
        name: "guide.toml",
        text: guide_text,
    };
    let at = |s: &Spanned<Str>| file.place(s.span().start);
    let mut seen = BTreeSet::new();
    for c in &guide.categories {
        let id = c.get_ref().id.clone();
        if !seen.insert(id.clone()) {
            diagnostics.push(file.at(c.span().start, Problem::CategoryTwice { id: id.to_string() }));
        }
    }
    let mut seen = BTreeSet::new();
    for h in &guide.hazards {
        let id = h.get_ref().id.clone();
        if !seen.insert(id.clone()) {
            diagnostics.push(file.at(h.span().start, Problem::HazardTwice { id: id.to_string() }));
        }
    }
    let have: BTreeSet<&str> = parts.point_files.iter().map(String::as_str).collect();
    let mut listed = BTreeSet::new();
    for id in &guide.listed {
        if !listed.insert(id.get_ref().as_str()) {
            diagnostics.push(at(id).has(Problem::PointListedTwice {
                id: id.get_ref().to_string(),
            }));
        } else if !have.contains(id.get_ref().as_str()) {
            diagnostics.push(at(id).has(Problem::PointNoFile {
                id: id.get_ref().to_string(),
            }));
        }
    }
    for id in &parts.point_files {
        if !listed.contains(id.as_str()) {
            let place = Place::start_of(format!("points/{id}.toml"));
            diagnostics.push(place.has(Problem::PointNotListed { id: id.clone() }));
        }
    }
    for (at, count) in &parts.quiz_counts {
        if *count < guide.min_questions {
            diagnostics.push(at.has(Problem::TooFewQuestions {
                count: *count,
                min: guide.min_questions,
            }));
        }
    }
    let checklist_ids: BTreeSet<&str> = parts.checklist_files.iter().map(String::as_str).collect();
    for id in &guide.checklists {
        if !checklist_ids.contains(id.get_ref().as_str()) {
            diagnostics.push(at(id).has(Problem::ChecklistNoFile {
                id: id.get_ref().to_string(),
            }));
        }
    }
    if !guide.checklists.is_empty() {
        for id in &checklist_ids {
            if !guide.checklists.iter().any(|c| c.get_ref() == id) {
                let place = Place::start_of(format!("checklists/{id}.toml"));
                diagnostics.push(place.has(Problem::ChecklistNotListed { id: id.to_string() }));
            }
        }
    }
    let hazards: BTreeSet<&str> = guide.hazard_ids.iter().map(Str::as_str).collect();
    let items: BTreeSet<&str> = parts.item_ids.iter().map(String::as_str).collect();
    // A listed point whose file is missing was reported once, where it is
    // listed; references to it are not reported again.
    let have: BTreeSet<&str> = have.union(&listed).copied().collect();
    let mut hints = Hints::default();
    let mut broken: Vec<&Ref> = parts
        .refs
        .iter()
        .filter(|r| match r.target {
            Target::Point => !have.contains(r.id.as_str()),
            Target::Hazard => !hazards.contains(r.id.as_str()),
            Target::ChecklistItem => !items.contains(r.id.as_str()),
        })
        .collect();
    // In the order they will be printed, so the hints go to those shown.
    broken.sort_by(|a, b| a.at.cmp(&b.at));
    for r in broken {
        let (target, known) = match r.target {
            Target::Point => (RefKind::Point, &have),
            Target::Hazard => (RefKind::Hazard, &hazards),
            Target::ChecklistItem => (RefKind::ChecklistItem, &items),
        };
        let meant = hints.for_id(r.target, &r.id, known);
        let id = r.id.clone();
        diagnostics.push(r.at.has(Problem::UnknownRef { target, id, meant }));
    }
}

/// Did-you-mean for broken references, cheap at any size: each distinct
/// missing id is compared once, and only the first `HINTED` distinct ids get
/// a hint at all (no more than that are printed, and a set with thousands
/// of broken links has one cause to fix, not thousands of typos).
#[derive(Default)]
struct Hints {
    done: BTreeMap<(u8, String), Option<String>>,
}

const HINTED: usize = 64;

impl Hints {
    fn for_id(&mut self, target: Target, id: &str, known: &BTreeSet<&str>) -> Option<String> {
        let key = (target as u8, id.to_string());
        if let Some(hint) = self.done.get(&key) {
            return hint.clone();
        }
        if self.done.len() >= HINTED {
            return None;
        }
        let hint = crate::suggest::nearest(id, known.iter().copied(), 1)
            .first()
            .map(|s| (*s).to_string());
        self.done.insert(key, hint.clone());
        hint
    }
}

//! The checks that need the whole set: the declared structure, unique ids,
//! references that resolve, with cheap did-you-mean hints for those that
//! do not.

use std::collections::{BTreeMap, BTreeSet};

use toml::Spanned;

use super::Parts;
use crate::content::diagnostic::{Diagnostic, SourceFile};
use crate::content::parse::{Ref, Target};

/// The checks that need more than one file: the declared structure, unique
/// ids, references that resolve.
pub(super) fn check_set(parts: &Parts, guide_text: &str, diagnostics: &mut Vec<Diagnostic>) {
    let Some(guide) = &parts.guide else { return };
    let file = SourceFile {
        name: "guide.toml",
        text: guide_text,
    };
    let at = |s: &Spanned<String>| file.at(s.span().start, "");
    let mut seen = BTreeSet::new();
    for c in &guide.categories {
        if !seen.insert(c.get_ref().id.clone()) {
            diagnostics.push(message(
                file.at(c.span().start, ""),
                format!("category id `{}` is used twice", c.get_ref().id),
            ));
        }
    }
    let mut seen = BTreeSet::new();
    for h in &guide.hazards {
        if !seen.insert(h.get_ref().id.clone()) {
            diagnostics.push(message(
                file.at(h.span().start, ""),
                format!("hazard id `{}` is used twice", h.get_ref().id),
            ));
        }
    }
    let have: BTreeSet<&str> = parts.point_files.iter().map(String::as_str).collect();
    let mut listed = BTreeSet::new();
    for id in &guide.listed {
        if !listed.insert(id.get_ref().as_str()) {
            diagnostics.push(message(at(id), format!("point `{}` is listed twice", id.get_ref())));
        } else if !have.contains(id.get_ref().as_str()) {
            diagnostics.push(message(
                at(id),
                format!("point `{0}` has no file points/{0}.toml", id.get_ref()),
            ));
        }
    }
    for id in &parts.point_files {
        if !listed.contains(id.as_str()) {
            diagnostics.push(Diagnostic {
                file: format!("points/{id}.toml"),
                line: 1,
                column: 1,
                message: format!("point `{id}` is not listed in any category of guide.toml"),
            });
        }
    }
    for (at, count) in &parts.quiz_counts {
        if *count < guide.min_questions {
            diagnostics.push(message(
                at.clone(),
                format!(
                    "this point has {count} quiz questions; the guide asks for at least {}",
                    guide.min_questions
                ),
            ));
        }
    }
    let checklist_ids: BTreeSet<&str> = parts.checklist_files.iter().map(String::as_str).collect();
    for id in &guide.checklists {
        if !checklist_ids.contains(id.get_ref().as_str()) {
            diagnostics.push(message(
                at(id),
                format!("checklist `{0}` has no file checklists/{0}.toml", id.get_ref()),
            ));
        }
    }
    if !guide.checklists.is_empty() {
        for id in &checklist_ids {
            if !guide.checklists.iter().any(|c| c.get_ref() == id) {
                diagnostics.push(Diagnostic {
                    file: format!("checklists/{id}.toml"),
                    line: 1,
                    column: 1,
                    message: format!("checklist `{id}` is not listed in `checklists` in guide.toml"),
                });
            }
        }
    }
    let hazards: BTreeSet<&str> = guide.hazard_ids.iter().map(String::as_str).collect();
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
        let (what, known) = match r.target {
            Target::Point => ("point", &have),
            Target::Hazard => ("hazard class", &hazards),
            Target::ChecklistItem => ("checklist item (written as checklist/item)", &items),
        };
        let hint = hints
            .for_id(r.target, &r.id, known)
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_default();
        diagnostics.push(message(r.at.clone(), format!("unknown {what} `{}`{hint}", r.id)));
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

fn message(mut d: Diagnostic, message: String) -> Diagnostic {
    d.message = message;
    d
}

//! Turning each kind of content file into the model, noting every cross-file
//! reference with its position so the set can be checked as a whole.

mod checklist;
mod drill;
mod drill_graph;
mod guide;
mod point;
mod readiness;

pub use checklist::checklist;
pub use drill::drill;
pub use guide::{GuideFile, guide, locales};
pub use point::point;
pub use readiness::readiness;

use super::borrowed::Str;
use super::diagnostic::Place;
use super::problem::Problem;
use super::reader::{Ctx, Fields};

/// What a reference points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Point,
    Hazard,
    ChecklistItem,
}

/// An id used in one file that must exist somewhere in the set.
#[derive(Clone, Debug)]
pub struct Ref {
    /// Where the id is written.
    pub at: Place,
    pub target: Target,
    pub id: String,
}

impl Ctx<'_> {
    pub fn reference(&mut self, refs: &mut Vec<Ref>, span: &std::ops::Range<usize>, target: Target, id: &str) {
        refs.push(Ref {
            at: self.file.place(span.start),
            target,
            id: id.to_string(),
        });
    }

    /// The file's `id`, which must match its file name.
    pub fn file_id(&mut self, fields: &mut Fields<'_, '_>, file_id: &str) -> Option<Str> {
        let value = self.required(fields, "id")?;
        let id = self.id(value, "id")?;
        if id != file_id {
            let (id, file_id) = (id.to_string(), file_id.to_string());
            self.error(&value.span(), Problem::IdNotFileName { id, file_id });
        }
        Some(id)
    }

    /// A field holding an id that must exist elsewhere in the set.
    pub fn ref_field(
        &mut self,
        fields: &mut Fields<'_, '_>,
        key: &str,
        target: Target,
        required: bool,
        refs: &mut Vec<Ref>,
    ) -> Option<Str> {
        let value = if required {
            self.required(fields, key)
        } else {
            fields.get(key)
        }?;
        let id = if target == Target::ChecklistItem {
            self.string(value, key, false)
        } else {
            self.id(value, key)
        }?;
        self.reference(refs, &value.span(), target, &id);
        Some(id)
    }
}

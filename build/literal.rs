//! Writes the checked guide as Rust source: the items of every list become
//! one static array per item type (`pools`), each list a range of it, and
//! every string a range of one of two texts, so the binary holds the guide in the
//! form the program reads, with no pointer for the loader to relocate, and
//! a start decodes nothing.
//!
//! Each model type lists its fields here. A field added to the model and
//! not here leaves the generated struct literal incomplete, and the build
//! fails with rustc's "missing field", rather than embedding less.

use std::any::type_name;
use std::collections::HashMap;

use crate::content::*;

/// The generated pools, by item type, and the two texts every string of
/// the guide is a range of: short strings (mostly ids, titles and labels)
/// in one, the rest in the other.
#[derive(Default)]
pub struct Statics {
    pools: HashMap<&'static str, Vec<String>>,
    short: Strings,
    long: Strings,
}

/// One text, and where each string already in it is: ids and short words
/// repeat, and are kept once.
#[derive(Default)]
struct Strings {
    text: String,
    placed: HashMap<String, (u32, u32)>,
}

/// Strings up to this many bytes go to the short text: ids, titles and
/// labels, what a start reads to index the guide and draw home: 27 KB of
/// the shipped 520 KB.
const SHORT: usize = 32;

/// `(type_name, array name, type as written)` for each pooled type.
macro_rules! pool_names {
    ($($ty:ty => $pool:ident),* $(,)?) => {
        fn pool_names() -> Vec<(&'static str, &'static str, &'static str)> {
            vec![$((type_name::<$ty>(), stringify!($pool), stringify!($ty))),*]
        }
    };
}
crate::content::pooled_types!(pool_names);

impl Statics {
    /// Adds `items` to their type's pool and returns an expression for the
    /// list as a range of it.
    fn list<T: Literal + Pooled>(&mut self, items: &[T]) -> String {
        if items.is_empty() {
            return "List::new()".into();
        }
        // Items hold lists of their own, which go to their pools first.
        let values: Vec<String> = items.iter().map(|item| item.literal(self)).collect();
        let pool = self.pools.entry(type_name::<T>()).or_default();
        let (start, len) = (fits(pool.len(), "a pool"), fits(values.len(), "a list"));
        pool.extend(values);
        format!("List::embedded({start}, {len})")
    }

    /// `Str::short(…)` or `Str::long(…)` for `s`, adding it to its text the
    /// first time.
    fn place(&mut self, s: &str) -> String {
        let (text, kind) = if s.len() <= SHORT {
            (&mut self.short, "short")
        } else {
            (&mut self.long, "long")
        };
        let (start, len) = match text.placed.get(s) {
            Some(&at) => at,
            None => {
                let at = (fits(text.text.len(), "the guide's text"), fits(s.len(), "a string"));
                text.text += s;
                text.placed.insert(s.to_string(), at);
                at
            }
        };
        format!("Str::{kind}({start}, {len})")
    }

    pub fn into_source(mut self) -> String {
        let mut pools = String::new();
        for (name, array, ty) in pool_names() {
            let items = self.pools.remove(name).unwrap_or_default();
            pools += &format!(
                "    pub static {array}: [{ty}; {}] = [{}];\n",
                items.len(),
                items.join(", ")
            );
        }
        // str's Debug form is a valid Rust string literal, escapes and all.
        format!(
            "pub(crate) mod pools {{\n    use crate::content::*;\n{pools}}}\n\n\
             pub(crate) const SHORT_TEXT: &str = {:?};\npub(crate) const LONG_TEXT: &str = {:?};\n",
            self.short.text, self.long.text
        )
    }
}

/// A position or length as the generated code stores it.
fn fits(n: usize, what: &str) -> u32 {
    u32::try_from(n).unwrap_or_else(|_| crate::fail(&format!("{what} is over 4 G")))
}

pub trait Literal {
    fn literal(&self, statics: &mut Statics) -> String;
}

impl Literal for Str {
    fn literal(&self, statics: &mut Statics) -> String {
        statics.place(self.as_str())
    }
}

impl<T: Literal + Pooled> Literal for List<T> {
    fn literal(&self, statics: &mut Statics) -> String {
        statics.list(self)
    }
}

impl<T: Literal> Literal for Option<T> {
    fn literal(&self, statics: &mut Statics) -> String {
        match self {
            Some(value) => format!("Some({})", value.literal(statics)),
            None => "None".into(),
        }
    }
}

impl<T: Literal> Literal for Localized<T> {
    fn literal(&self, statics: &mut Statics) -> String {
        let slots: Vec<String> = Locale::ALL.iter().map(|l| self.0.get(l).literal(statics)).collect();
        format!("Localized(PerLocale::from_slots([{}]))", slots.join(", "))
    }
}

impl<T: Literal> Literal for &T {
    fn literal(&self, statics: &mut Statics) -> String {
        (*self).literal(statics)
    }
}

/// Numbers and flags, written as Rust writes them.
macro_rules! plain {
    ($($ty:ty),*) => {$(
        impl Literal for $ty {
            fn literal(&self, _: &mut Statics) -> String {
                format!("{:?}", self)
            }
        }
    )*};
}
plain!(usize, u16, u32, bool, f64);

/// Enums, whose Debug form is their variant as Rust writes it.
macro_rules! enums {
    ($($ty:ident),*) => {$(
        impl Literal for $ty {
            fn literal(&self, _: &mut Statics) -> String {
                format!("{}::{:?}", stringify!($ty), self)
            }
        }
    )*};
}
enums!(Locale, WarningLevel, QuestionKind, UpkeepKind, EveryUnit, Next, Outcome);

macro_rules! structs {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl Literal for $ty {
            fn literal(&self, statics: &mut Statics) -> String {
                let fields: Vec<String> = vec![$(
                    format!("{}: {}", stringify!($field), self.$field.literal(statics))
                ),*];
                format!("{} {{ {} }}", stringify!($ty), fields.join(", "))
            }
        }
    )*};
}

structs! {
    EmergencyNumber { number, name, use_for }
    Hazard { id, title }
    Category { id, title, summary, points }
    Point {
        id, category, hazard, reviewed, related, title, summary, note, keywords,
        before, during, after, never, warnings, sources, quiz,
    }
    Warning { level, meaning, action }
    Source { org, title, url }
    Question { id, kind, question, options, answer, explanation }
    Checklist { id, title, summary, sections, recurring }
    Recurring { title, every }
    ChecklistSection { id, title, items }
    ChecklistItem { id, text, why, where_kept, check, point, quantity, upkeep }
    Upkeep { kind, every }
    Every { count, unit }
    Quantity { per_person, days, unit }
    Readiness { title, questions, levels }
    ReadinessQuestion { id, question, fix, point, item }
    ReadinessLevel { id, min_yes, title, meaning }
    Drill { id, reviewed, rehearses, title, summary, start, steps, endings, sources }
    DrillStep { id, situation, choices }
    Choice { id, text, good, source, feedback, next }
    Ending { id, outcome, text, points }
}

/// The guide itself is built at run time around the statics: its lookup
/// holds hash maps, which no `static` can.
pub fn guide(guide: &Guide, statics: &mut Statics) -> String {
    let fields = [
        format!("title: {}", guide.title.literal(statics)),
        format!("edition: {}", guide.edition.literal(statics)),
        format!("locales: {}", guide.locales.literal(statics)),
        format!("min_questions: {}", guide.min_questions.literal(statics)),
        format!("numbers: {}", guide.numbers.literal(statics)),
        format!("hazards: {}", guide.hazards.literal(statics)),
        format!("categories: {}", guide.categories.literal(statics)),
        format!("points: {}", guide.points.literal(statics)),
        format!("checklists: {}", guide.checklists.literal(statics)),
        format!("readiness: {}", guide.readiness.literal(statics)),
        format!("drills: {}", guide.drills.literal(statics)),
        "lookup: Default::default()".to_string(),
    ];
    format!("Guide {{ {} }}", fields.join(", "))
}

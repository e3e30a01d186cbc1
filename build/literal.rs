//! Writes the checked guide as Rust source: every list becomes a `static`
//! array and every string a literal, so the binary holds the guide in the
//! form the program reads and a start decodes nothing.
//!
//! Each model type lists its fields here. A field added to the model and
//! not here leaves the generated struct literal incomplete, and the build
//! fails with rustc's "missing field", rather than embedding less.

use crate::content::*;

/// The generated statics, in the order they were written, and the one
/// text every string of the guide is a range of.
#[derive(Default)]
pub struct Statics {
    source: String,
    count: usize,
    text: String,
    placed: std::collections::HashMap<String, (u32, u32)>,
}

impl Statics {
    /// Writes `items` as a static array and returns an expression for it.
    fn list<T: Literal>(&mut self, items: &[T]) -> String {
        if items.is_empty() {
            return "List::new()".into();
        }
        let values: Vec<String> = items.iter().map(|item| item.literal(self)).collect();
        let name = format!("S{}", self.count);
        self.count += 1;
        self.source += &format!(
            "static {name}: [{}; {}] = [{}];\n",
            T::rust_type(),
            items.len(),
            values.join(", ")
        );
        format!("List::borrowed(&{name})")
    }

    /// Where `s` is in the text, adding it the first time: ids and short
    /// words repeat, and are kept once.
    fn place(&mut self, s: &str) -> (u32, u32) {
        if let Some(&at) = self.placed.get(s) {
            return at;
        }
        let fits = |n: usize| u32::try_from(n).unwrap_or_else(|_| crate::fail("the guide's text is over 4 GiB"));
        let at = (fits(self.text.len()), fits(s.len()));
        self.text += s;
        self.placed.insert(s.to_string(), at);
        at
    }

    pub fn into_source(self) -> String {
        // str's Debug form is a valid Rust string literal, escapes and all.
        format!("{}\npub(crate) const TEXT: &str = {:?};\n", self.source, self.text)
    }
}

pub trait Literal {
    fn rust_type() -> String;
    fn literal(&self, statics: &mut Statics) -> String;
}

impl Literal for Str {
    fn rust_type() -> String {
        "Str".into()
    }
    fn literal(&self, statics: &mut Statics) -> String {
        let (start, len) = statics.place(self.as_str());
        format!("Str::embedded({start}, {len})")
    }
}

impl<T: Literal + Clone> Literal for List<T> {
    fn rust_type() -> String {
        format!("List<{}>", T::rust_type())
    }
    fn literal(&self, statics: &mut Statics) -> String {
        statics.list(self)
    }
}

impl<T: Literal> Literal for Option<T> {
    fn rust_type() -> String {
        format!("Option<{}>", T::rust_type())
    }
    fn literal(&self, statics: &mut Statics) -> String {
        match self {
            Some(value) => format!("Some({})", value.literal(statics)),
            None => "None".into(),
        }
    }
}

impl<T: Literal> Literal for Localized<T> {
    fn rust_type() -> String {
        format!("Localized<{}>", T::rust_type())
    }
    fn literal(&self, statics: &mut Statics) -> String {
        let slots: Vec<String> = Locale::ALL.iter().map(|l| self.0.get(l).literal(statics)).collect();
        format!("Localized(PerLocale::from_slots([{}]))", slots.join(", "))
    }
}

impl<T: Literal> Literal for &T {
    fn rust_type() -> String {
        T::rust_type()
    }
    fn literal(&self, statics: &mut Statics) -> String {
        (*self).literal(statics)
    }
}

/// Numbers and flags, written as Rust writes them.
macro_rules! plain {
    ($($ty:ty),*) => {$(
        impl Literal for $ty {
            fn rust_type() -> String {
                stringify!($ty).into()
            }
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
            fn rust_type() -> String {
                stringify!($ty).into()
            }
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
            fn rust_type() -> String {
                stringify!($ty).into()
            }
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

//! The guide's content: its model, loading (embedded or from a directory)
//! and validation. Nothing here knows about terminals.

mod diagnostic;
mod drill;
mod files;
mod load;
mod locale;
mod lookup;
mod model;
mod parse;
mod reader;
pub mod sanitize;
mod shipped;

pub use diagnostic::{Diagnostic, SourceFile, line_column};
pub use drill::{Choice, Drill, DrillStep, Ending, Next, Outcome};
pub use load::{LoadError, from_dir, from_memory};
pub use locale::{Locale, Localized, PerLocale, Steps, Text};
pub use lookup::Lookup;
pub use model::*;
pub use shipped::{Shipped, embedded};

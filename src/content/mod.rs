//! The guide's content: its model, loading (embedded or from a directory)
//! and validation. Nothing here knows about terminals.

mod diagnostic;
mod drill;
mod files;
mod load;
mod locale;
mod model;
mod parse;
mod reader;
pub mod sanitize;

pub use diagnostic::{Diagnostic, SourceFile, line_column};
pub use drill::{Choice, Drill, DrillStep, Ending, Next, Outcome};
pub use load::{LoadError, embedded, from_dir};
pub use locale::{Locale, Localized, Steps, Text};
pub use model::*;

//! The guide's content: its model, loading (embedded or from a directory)
//! and validation. Nothing here knows about terminals.

mod assemble;
mod borrowed;
mod check_set;
mod diagnostic;
mod drill;
mod every;
mod fields;
mod files;
mod list;
mod load;
mod locale;
mod localized;
mod lookup;
mod model;
mod parse;
mod problem;
mod reader;
pub mod sanitize;
mod shipped;

pub use borrowed::Str;
pub use diagnostic::{Diagnostic, Place, SourceFile, line_column};
pub use drill::{Choice, Drill, DrillStep, Ending, Next, Outcome};
pub use list::{List, Pooled};
pub use load::{LoadError, check_dir, from_dir, from_memory};
pub use locale::{Locale, Localized, PerLocale, Steps, Text};
pub use lookup::{Lookup, PointIx};
pub use model::*;
pub use problem::{Expected, Missing, Problem, RefKind, TomlType};
pub use shipped::{Shipped, embedded};

// build.rs and build/literal.rs name the pooled types through it; the
// library itself uses it only inside list.rs.
#[allow(unused_imports)]
pub(crate) use list::pooled_types;

//! The full model, both languages, for other tools.

use crate::content::Guide;

pub fn guide(guide: &Guide) -> String {
    // The model holds only strings, numbers and maps with string keys, so
    // serialising cannot fail; an empty object is a safe answer if it did.
    serde_json::to_string_pretty(guide).unwrap_or_else(|_| "{}".into()) + "\n"
}

//! Any bytes, as any one file of an otherwise valid content set: the loader
//! must answer with a guide or diagnostics, never a panic, and nothing it
//! accepts may hold a character that would drive a terminal.

#![no_main]

use libfuzzer_sys::fuzz_target;
use ready::content::{LoadError, from_memory};

// The first byte of an input picks the file it replaces, so the order here
// is the order of fuzz/run's seeds: append, never reorder.
const SET: [(&str, &str); 6] = [
    ("guide.toml", include_str!("../../tests/fixtures/minimal/guide.toml")),
    (
        "points/flood.toml",
        include_str!("../../tests/fixtures/minimal/points/flood.toml"),
    ),
    (
        "points/heat.toml",
        include_str!("../../tests/fixtures/minimal/points/heat.toml"),
    ),
    (
        "checklists/kit.toml",
        include_str!("../../tests/fixtures/minimal/checklists/kit.toml"),
    ),
    (
        "readiness.toml",
        include_str!("../../tests/fixtures/minimal/readiness.toml"),
    ),
    (
        "drills/high-water.toml",
        include_str!("../../tests/fixtures/minimal/drills/high-water.toml"),
    ),
];

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let replaced = usize::from(which) % SET.len();
    let files = SET
        .iter()
        .enumerate()
        .map(|(i, (path, original))| {
            let text = if i == replaced { text } else { original };
            ((*path).to_string(), text.to_string())
        })
        .collect();
    match from_memory(files) {
        Ok(guide) => {
            let json = ready::export::json::guide(&guide);
            let decoded: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
            assert!(
                !decoded.to_string().chars().any(ready::content::sanitize::is_forbidden),
                "a forbidden character got through"
            );
        }
        Err(LoadError::Invalid(diagnostics)) => assert!(!diagnostics.is_empty()),
        Err(LoadError::Missing(why)) => panic!("an in-memory set is never missing: {why}"),
    }
});

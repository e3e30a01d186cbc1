//! Any bytes, as any one file of an otherwise valid content set: the loader
//! must answer with a guide or diagnostics, never a panic; nothing it
//! accepts may hold a character that would drive a terminal; and every
//! diagnostic must point at a real place in a real file and read safely in
//! every language, since editors jump to it and terminals print it.

#![no_main]

use libfuzzer_sys::fuzz_target;
use ready::content::sanitize::is_forbidden;
use ready::content::{Diagnostic, LoadError, Locale, from_memory, line_column};

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
    let files: Vec<(String, String)> = SET
        .iter()
        .enumerate()
        .map(|(i, (path, original))| {
            let text = if i == replaced { text } else { original };
            ((*path).to_string(), text.to_string())
        })
        .collect();
    match from_memory(files.clone()) {
        Ok(guide) => {
            let json = ready::export::json::guide(&guide);
            let decoded: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
            assert!(
                !decoded.to_string().chars().any(is_forbidden),
                "a forbidden character got through"
            );
        }
        Err(LoadError::Invalid(diagnostics)) => {
            assert!(!diagnostics.is_empty(), "rejected without a reason");
            for d in &diagnostics {
                placed(d, &files);
                for locale in Locale::ALL {
                    let line = d.in_locale(locale);
                    // One diagnostic is one line of a quickfix list: a newline
                    // would split it, so it counts as control here too.
                    assert!(
                        !line.chars().any(|c| is_forbidden(c) || c == '\n'),
                        "{locale:?} diagnostic would print {line:?}"
                    );
                }
            }
        }
        Err(LoadError::Missing(why)) => panic!("an in-memory set is never missing: {why}"),
    }
});

/// The diagnostic names a file of the set, and a line and column inside it
/// (one past the end of a line or of the file is where a missing thing goes).
fn placed(d: &Diagnostic, files: &[(String, String)]) {
    let Some((_, text)) = files.iter().find(|(path, _)| *path == d.file) else {
        panic!("{d:?} names a file that is not in the set");
    };
    let (last_line, _) = line_column(text, text.len());
    assert!(
        (1..=last_line).contains(&d.line),
        "{d:?}: the file has {last_line} lines"
    );
    let width = text.split('\n').nth(d.line - 1).map_or(0, |l| l.chars().count());
    assert!(
        (1..=width + 1).contains(&d.column),
        "{d:?}: line {} has {width} characters",
        d.line
    );
}

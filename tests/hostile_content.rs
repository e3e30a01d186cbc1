//! Content written to harm: terminal escapes, bidi overrides, huge strings,
//! deep nesting, thousands of files. Each gets diagnostics (or loads
//! harmlessly), and no diagnostic carries a raw control character to the
//! terminal. These are the sizes CI can afford; bench/hostile runs the full
//! ones (10 MB strings, 50,000 files) against the release binary.

#![allow(clippy::panic, clippy::unwrap_used)]

use ready::content::sanitize::is_forbidden;
use ready::content::{Diagnostic, LoadError, Locale, from_memory};

const FIXTURE: [(&str, &str); 5] = [
    ("guide.toml", include_str!("fixtures/minimal/guide.toml")),
    ("points/flood.toml", include_str!("fixtures/minimal/points/flood.toml")),
    ("points/heat.toml", include_str!("fixtures/minimal/points/heat.toml")),
    (
        "checklists/kit.toml",
        include_str!("fixtures/minimal/checklists/kit.toml"),
    ),
    ("readiness.toml", include_str!("fixtures/minimal/readiness.toml")),
];

/// The fixture with `edit` applied to `points/flood.toml`, plus `more` files.
fn load(edit: impl Fn(&str) -> String, more: Vec<(String, String)>) -> Result<ready::content::Guide, Vec<Diagnostic>> {
    let mut files: Vec<(String, String)> = FIXTURE
        .iter()
        .map(|(p, t)| {
            let text = if *p == "points/flood.toml" {
                edit(t)
            } else {
                (*t).to_string()
            };
            ((*p).to_string(), text)
        })
        .collect();
    files.extend(more);
    match from_memory(files) {
        Ok(guide) => Ok(guide),
        Err(LoadError::Invalid(d)) => Err(d),
        Err(LoadError::Missing(why)) => panic!("missing: {why}"),
    }
}

fn with_summary(text: &str, summary: &str) -> String {
    let start = text.find("summary = { en = \"").unwrap() + "summary = { en = \"".len();
    let end = start + text[start..].find('"').unwrap();
    format!("{}{summary}{}", &text[..start], &text[end..])
}

/// Printable in every language: `ready check` prints the reader's, but the
/// kiosk's reload log prints diagnostics as they are.
fn printable(diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        for locale in Locale::ALL {
            assert!(
                !d.in_locale(locale).chars().any(is_forbidden),
                "raw control character in {d:?} ({locale:?})"
            );
        }
    }
}

#[test]
fn escape_sequences_and_bidi_overrides_are_named_not_shown() {
    for (hostile, named) in [
        (r"\u001b[2J\u001b[31mred", "U+001B"),
        (r"\u009b31m", "U+009B"),
        ("\u{202E}txet", "U+202E"),
        ("\u{2066}isolate", "U+2066"),
        (r"bell\u0007", "U+0007"),
    ] {
        let diagnostics = load(|t| with_summary(t, hostile), Vec::new()).unwrap_err();
        printable(&diagnostics);
        assert!(
            diagnostics
                .iter()
                .any(|d| d.file == "points/flood.toml" && d.message(Locale::En).contains(named)),
            "{hostile:?}: {diagnostics:?}"
        );
    }
}

/// A language tag is a key, and keys were echoed as written: an escape in
/// a quoted key went straight into the "unknown language" sentence.
#[test]
fn an_escape_in_a_language_tag_is_not_shown() {
    for hostile in [r"\u001b[2J", "\u{202E}ne", r"\u009b31m"] {
        let title = format!("title = {{ en = \"Flood\", zh-Hans = \"洪水\", \"{hostile}\" = \"x\" }}");
        let diagnostics = load(
            |t| t.replace("title = { en = \"Flood\", zh-Hans = \"洪水\" }", &title),
            Vec::new(),
        )
        .unwrap_err();
        printable(&diagnostics);
        assert!(
            diagnostics.iter().any(|d| d.file == "points/flood.toml"
                && d.line == 5
                && d.message(Locale::En).contains("unknown language")),
            "{hostile:?}: {diagnostics:?}"
        );
    }
}

#[test]
fn a_megabyte_string_loads_or_is_diagnosed_without_harm() {
    let huge = "洪".repeat(350_000);
    match load(|t| with_summary(t, &huge), Vec::new()) {
        Ok(guide) => assert_eq!(guide.point("flood").unwrap().summary.text(Locale::En), huge),
        Err(diagnostics) => printable(&diagnostics),
    }
}

#[test]
fn deep_nesting_is_a_syntax_error_not_a_stack_overflow() {
    for nested in [
        format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000)),
        format!("x = {}1{}\n", "{a=".repeat(50_000), "}".repeat(50_000)),
    ] {
        let diagnostics = load(|t| format!("{t}\n{nested}"), Vec::new()).unwrap_err();
        printable(&diagnostics);
        assert!(
            diagnostics.iter().any(|d| d.file == "points/flood.toml"),
            "{diagnostics:?}"
        );
    }
}

#[test]
fn thousands_of_stray_files_each_get_one_line() {
    let stray: Vec<(String, String)> = (0..2_000)
        .map(|i| (format!("points/stray-{i:05}.toml"), format!("id = \"stray-{i:05}\"\n")))
        .collect();
    let diagnostics = load(str::to_string, stray).unwrap_err();
    printable(&diagnostics);
    let unlisted = diagnostics
        .iter()
        .filter(|d| d.message(Locale::En).contains("not listed"))
        .count();
    assert_eq!(unlisted, 2_000);
    assert!(diagnostics.len() < 2_000 * 30, "{} diagnostics", diagnostics.len());
}

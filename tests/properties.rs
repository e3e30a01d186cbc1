//! Properties of everything fed by files or people: content files that may
//! be anything, text with anything in it, queries typed at random. None of
//! it may panic, print a control character, or spill past a border.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::copy_dir;

use std::fs;
use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::Index as Pick;
use ready::content::sanitize::{clean, is_forbidden};
use ready::content::{self, Guide, LoadError, line_column};
use ready::search::{self, Index};
use ready::textwrap_cjk::{wrap, wrap_hanging};
use unicode_width::UnicodeWidthStr;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");
const POINT: &str = "points/flood.toml";

fn valid_point() -> String {
    fs::read_to_string(Path::new(FIXTURE).join(POINT)).unwrap()
}

/// Loads the fixture with `points/flood.toml` replaced by `bytes`, and checks
/// what came back: a guide with nothing unprintable in it, or diagnostics
/// that each point inside a file of the set.
fn load_with_point(bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), dir.path());
    fs::write(dir.path().join(POINT), bytes).unwrap();
    match content::from_dir(dir.path()) {
        Ok(guide) => assert_printable_guide(&guide),
        Err(LoadError::Missing(why)) => Err(TestCaseError::fail(format!("the set exists, yet it is missing: {why}"))),
        Err(LoadError::Invalid(diagnostics)) => {
            prop_assert!(!diagnostics.is_empty(), "invalid, with no diagnostics");
            for d in &diagnostics {
                let text = fs::read(dir.path().join(&d.file))
                    .map_err(|_| TestCaseError::fail(format!("not a file of the set: {d}")))?;
                let text = String::from_utf8_lossy(&text);
                let lines: Vec<&str> = text.split('\n').collect();
                prop_assert!(
                    (1..=lines.len()).contains(&d.line),
                    "line out of bounds ({} lines): {d}",
                    lines.len()
                );
                let chars = lines[d.line - 1].chars().count();
                prop_assert!(
                    (1..=chars + 1).contains(&d.column),
                    "column out of bounds ({chars} characters): {d}"
                );
                for locale in content::Locale::ALL {
                    prop_assert!(!d.message(locale).is_empty(), "empty message in {locale}: {d}");
                }
            }
            Ok(())
        }
    }
}

/// Every string of a loaded guide is safe to print.
fn assert_printable_guide(guide: &Guide) -> Result<(), TestCaseError> {
    fn walk(value: &serde_json::Value) -> Result<(), TestCaseError> {
        match value {
            serde_json::Value::String(s) => {
                prop_assert!(!s.chars().any(is_forbidden), "loaded text {s:?}");
                Ok(())
            }
            serde_json::Value::Array(items) => items.iter().try_for_each(walk),
            serde_json::Value::Object(map) => map.iter().try_for_each(|(k, v)| {
                prop_assert!(!k.chars().any(is_forbidden), "loaded key {k:?}");
                walk(v)
            }),
            _ => Ok(()),
        }
    }
    walk(&serde_json::to_value(guide).unwrap())
}

/// Pieces that make TOML and the validator work: syntax, structure,
/// values of the wrong kind, and characters that must be rejected.
const SNIPPETS: &[&str] = &[
    "\"",
    "'",
    "[",
    "]",
    "{",
    "}",
    "=",
    ",",
    ".",
    "#",
    "\n",
    "\r\n",
    "\"\"\"",
    "'''",
    "\\",
    "\\u",
    "\\u001b",
    "\u{1b}[31m",
    "\t",
    "\r",
    "\u{202e}",
    "\u{9b}",
    "\u{feff}",
    "\u{0}",
    "地震",
    "🌊",
    "[[quiz]]\n",
    "[[warnings]]\n",
    "[before]\n",
    "[keywords]\n",
    "en = []\n",
    "zh-Hans = \"\"\n",
    "answer = [9]\n",
    "answer = true\n",
    "kind = \"multiple\"\n",
    "kind = \"essay\"\n",
    "level = \"purple\"\n",
    "reviewed = 2026-13-45\n",
    "id = \"heat\"\n",
    "hazard = 1\n",
    "related = [\"flood\", \"nowhere\"]\n",
    "options = [{ en = \"a\" }]\n",
    "title = { fr = \"x\" }\n",
    "en = [\"a\", \"b\", \"c\"]\n",
    "x = 1\n",
    "[[sources]]\n",
];

#[derive(Clone, Debug)]
enum Edit {
    Insert(Pick, &'static str),
    Delete(Pick, usize),
    DuplicateLine(Pick),
    DeleteLine(Pick),
    SwapLines(Pick, Pick),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (any::<Pick>(), prop::sample::select(SNIPPETS)).prop_map(|(at, s)| Edit::Insert(at, s)),
        2 => (any::<Pick>(), 1..12usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        1 => any::<Pick>().prop_map(Edit::DuplicateLine),
        1 => any::<Pick>().prop_map(Edit::DeleteLine),
        1 => (any::<Pick>(), any::<Pick>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
    ]
}

fn apply(text: &str, edit: &Edit) -> String {
    let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    match edit {
        Edit::Insert(at, s) => {
            let at = *at.get(&boundaries);
            format!("{}{s}{}", &text[..at], &text[at..])
        }
        Edit::Delete(at, n) => {
            let from = at.index(boundaries.len());
            let to = (from + n).min(boundaries.len() - 1);
            format!("{}{}", &text[..boundaries[from]], &text[boundaries[to]..])
        }
        Edit::DuplicateLine(at) if !lines.is_empty() => {
            let i = at.index(lines.len());
            lines.insert(i, lines[i]);
            lines.concat()
        }
        Edit::DeleteLine(at) if !lines.is_empty() => {
            lines.remove(at.index(lines.len()));
            lines.concat()
        }
        Edit::SwapLines(a, b) if !lines.is_empty() => {
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
            lines.concat()
        }
        _ => text.to_string(),
    }
}

/// Text mixing ASCII, Chinese, punctuation of both scripts, spaces and
/// newlines: what the guide's texts are made of.
fn guide_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zA-Z0-9]{1,12}",
        4 => "[\u{4e00}-\u{9fa5}]{1,12}",
        3 => prop::sample::select(&[
            " ", " ", " ", "  ", "\n", "\n\n", ",", ".", ";", ":", "!", "?", "-", "—", "–", "…",
            "(", ")", "\"", "'", "/", "·", "→", "✗", "°C", "，", "。", "、", "；", "：", "！",
            "？", "“", "”", "‘", "’", "（", "）", "《", "》", "【", "】", "～", "　", "１２",
            "ＡＢ", "https://www.ready.gov/a-very-long-path-with-no-spaces-at-all",
        ][..])
        .prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

fn non_space(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A guide and its search index, built once per test binary.
type Searchable = (Guide, Index);

fn searchable(guide: Guide) -> Searchable {
    let index = Index::new(&guide);
    (guide, index)
}

fn embedded() -> &'static Searchable {
    static EMBEDDED: OnceLock<Searchable> = OnceLock::new();
    EMBEDDED.get_or_init(|| match content::embedded() {
        Ok(guide) => searchable(guide),
        Err(e) => panic!("the built-in guide does not load (run `ready check`): {e:?}"),
    })
}

fn fixture_guide() -> &'static Searchable {
    static FIXTURE_GUIDE: OnceLock<Searchable> = OnceLock::new();
    FIXTURE_GUIDE.get_or_init(|| searchable(content::from_dir(Path::new(FIXTURE)).unwrap()))
}

/// Queries: anything at all, and things people type into a search box.
fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z ]{0,30}",
        "[\u{4e00}-\u{9fa5}]{0,10}",
        "[a-zA-Z\u{4e00}-\u{9fa5} \\-İıẞß\u{301}]{0,20}",
        prop::collection::vec(
            prop::sample::select(
                &[
                    "earthquake",
                    "erthquake",
                    "fire",
                    "exit",
                    "煤气",
                    "泄露",
                    "地震",
                    "CPR",
                    "  ",
                    "\u{1b}[31m",
                    "İ",
                    "ß",
                    "a",
                    "ab",
                    "abc",
                    "-",
                    "🔥",
                ][..]
            ),
            0..6
        )
        .prop_map(|words| words.join(" ")),
    ]
}

fn assert_hits((guide, index): &Searchable, query: &str) -> Result<(), TestCaseError> {
    let hits = index.search(query);
    let mut seen = std::collections::BTreeSet::new();
    for pair in hits.windows(2) {
        prop_assert!(pair[0].score >= pair[1].score, "not best first: {hits:?}");
    }
    for hit in &hits {
        prop_assert!(hit.point < guide.points.len(), "no such point: {hit:?}");
        prop_assert!(seen.insert(hit.point), "point twice: {hits:?}");
        prop_assert!(hit.score > 0, "a hit that scored nothing: {hit:?}");
    }
    if query.split_whitespace().next().is_none() {
        prop_assert!(hits.is_empty(), "a blank query found {hits:?}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    // (a) a point file that is anything at all

    #[test]
    fn loading_an_arbitrary_point_file_never_panics(text in any::<String>()) {
        load_with_point(text.as_bytes())?;
    }

    #[test]
    fn loading_toml_like_noise_never_panics(text in "[a-z_\\-=\\[\\]{}\"', .0-9\n#]{0,200}") {
        load_with_point(text.as_bytes())?;
    }

    #[test]
    fn loading_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        load_with_point(&bytes)?;
    }

    #[test]
    fn loading_a_mutated_valid_point_never_panics(edits in prop::collection::vec(edit(), 1..6)) {
        let text = edits.iter().fold(valid_point(), |text, e| apply(&text, e));
        load_with_point(text.as_bytes())?;
    }

    // (d) search: the whole built-in guide, so fewer cases

    #[test]
    fn searching_the_built_in_guide_never_panics(q in query()) {
        assert_hits(embedded(), &q)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    // (b) sanitising

    #[test]
    fn clean_never_leaves_a_forbidden_character(
        s in prop_oneof![
            any::<String>(),
            "[\u{0}-\u{1f}\u{7f}-\u{9f}\u{200e}\u{200f}\u{202a}-\u{202e}\u{2066}-\u{2069}\u{61c}a地\n]{0,40}",
        ]
    ) {
        for single_line in [false, true] {
            let out = clean(&s, single_line);
            prop_assert!(!out.chars().any(is_forbidden), "{s:?} -> {out:?}");
            if single_line {
                prop_assert!(!out.contains('\n'), "{s:?} -> {out:?}");
            }
            // One character for one: columns computed on the original still
            // point at the same place.
            prop_assert_eq!(out.chars().count(), s.chars().count());
            for (a, b) in s.chars().zip(out.chars()) {
                if !is_forbidden(a) && a != '\n' {
                    prop_assert_eq!(a, b);
                }
            }
        }
    }

    // (c) wrapping by display width

    #[test]
    fn wrap_never_exceeds_the_width(text in guide_text(), width in 2..60usize) {
        let lines = wrap(&text, width);
        for line in &lines {
            prop_assert!(line.width() <= width, "{} > {width}: {line:?}", line.width());
        }
        // Only whitespace is dropped or moved; every other character stays,
        // in order.
        prop_assert_eq!(non_space(&lines.concat()), non_space(&text));
    }

    #[test]
    fn wrap_never_exceeds_the_width_with_emoji(
        text in "[a-z 地。\u{2764}\u{26a0}\u{fe0f}\u{301}\u{200d}🔥🇨🇳]{0,30}",
        width in 2..10usize,
    ) {
        for line in wrap(&text, width) {
            prop_assert!(line.width() <= width, "{} > {width}: {line:?}", line.width());
        }
    }

    #[test]
    fn wrap_hanging_never_exceeds_the_width(
        text in guide_text(),
        marker in prop::sample::select(&["  1. ", "  12. ", "  ✗ ", "  - ", "    → ", "相关要点: "][..]),
        extra in 2..60usize,
    ) {
        let width = marker.width() + extra;
        for line in wrap_hanging(marker, &text, width) {
            prop_assert!(line.width() <= width, "{} > {width}: {line:?}", line.width());
        }
    }

    #[test]
    fn wrap_never_panics_at_any_width(text in any::<String>(), width in 0..4usize) {
        let _ = wrap(&text, width);
        let _ = wrap_hanging("  1. ", &text, width);
    }

    #[test]
    fn line_column_stays_inside_the_text(text in any::<String>(), offset in 0..400usize) {
        let (line, column) = line_column(&text, offset);
        let lines: Vec<&str> = text.split('\n').collect();
        prop_assert!((1..=lines.len()).contains(&line));
        prop_assert!((1..=lines[line - 1].chars().count() + 1).contains(&column));
    }

    // (d) search

    #[test]
    fn searching_the_fixture_never_panics(q in query()) {
        assert_hits(fixture_guide(), &q)?;
    }

    #[test]
    fn suggestions_come_from_the_candidates(target in any::<String>(), n in 0..5usize) {
        let (guide, _) = embedded();
        let ids: Vec<&str> = guide.points.iter().map(|p| p.id.as_str()).collect();
        let near = search::suggestions(&target, ids.iter().copied(), n);
        prop_assert!(near.len() <= n);
        for s in &near {
            prop_assert!(ids.contains(s), "{s} is not a candidate");
        }
    }
}

#[test]
fn every_point_of_the_built_in_guide_finds_itself_by_id() {
    let (guide, index) = embedded();
    for (i, point) in guide.points.iter().enumerate() {
        let hits = index.search(&point.id.replace('-', " "));
        assert!(
            hits.iter().any(|h| h.point == i),
            "`{}` does not find itself: {hits:?}",
            point.id
        );
    }
}

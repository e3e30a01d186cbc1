//! `ready check` reads a set with `check_dir`, which lets a point's prose go
//! once it has been checked. What it reports must be exactly what loading
//! the set for reading (`from_dir`) finds: the same problems, in the same
//! places, and for a good set the same counts and quiz balance.

#![allow(clippy::unwrap_used)]

use std::path::Path;

use ready::content::{Guide, LoadError, check_dir, from_dir};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn shipped_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"), dir.path());
    dir
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn problems(result: Result<Guide, LoadError>) -> Vec<String> {
    match result {
        Ok(_) => Vec::new(),
        Err(LoadError::Invalid(d)) => d.iter().map(|d| d.in_locale(ready::content::Locale::En)).collect(),
        Err(LoadError::Missing(m)) => vec![format!("{m:?}")],
    }
}

#[test]
fn a_good_set_counts_and_balances_the_same() {
    let dir = shipped_copy();
    let read = from_dir(dir.path()).unwrap();
    let checked = check_dir(dir.path()).unwrap();
    assert_eq!(checked.points.len(), read.points.len());
    let questions = |g: &Guide| g.points.iter().map(|p| p.quiz.len()).sum::<usize>();
    assert_eq!(questions(&checked), questions(&read));
    let drifts = |g: &Guide| format!("{:?}", ready::quiz_balance::balance(g).drifts());
    assert_eq!(drifts(&checked), drifts(&read));
    // And the prose really is let go: that is the point of it.
    assert!(
        checked
            .points
            .iter()
            .all(|p| p.before.0.is_empty() && p.warnings.is_empty())
    );
    assert!(read.points.iter().any(|p| !p.before.0.is_empty()));
}

#[test]
fn a_broken_set_gets_the_same_problems_in_the_same_places() {
    let dir = shipped_copy();
    edit(dir.path(), "points/typhoon.toml", "\"storm-surge\"", "\"storm-surje\"");
    edit(dir.path(), "points/typhoon.toml", "summary = {", "sumary = {");
    edit(dir.path(), "guide.toml", "typhoon", "typhoon-x");
    let read = problems(from_dir(dir.path()));
    let checked = problems(check_dir(dir.path()));
    assert!(read.len() >= 3, "{read:#?}");
    assert_eq!(checked, read);
}

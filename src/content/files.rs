//! Reading a content set from a directory: the rest sees (path, text), one file at a time.

use std::fs;
use std::path::Path;

use super::diagnostic::{Diagnostic, Place};
use super::problem::{Missing, Problem};

/// A file of a content set; `path` is relative to the set, with `/`.
pub struct File {
    pub path: String,
    pub text: String,
}

/// The paths of the set in `dir`, `guide.toml` first. A missing directory
/// or `guide.toml` is an error of its own (one line).
pub fn paths(dir: &Path) -> Result<Vec<String>, Missing> {
    let shown = dir.display().to_string();
    if dir.is_file() {
        return Err(Missing::IsFile(shown));
    }
    if !dir.is_dir() {
        return Err(Missing::NoDirectory(shown));
    }
    if !dir.join("guide.toml").is_file() {
        return Err(Missing::NoGuideToml(shown));
    }
    let mut paths = vec!["guide.toml".to_string()];
    for sub in ["points", "checklists", "drills"] {
        paths.extend(
            toml_files(&dir.join(sub))
                .into_iter()
                .map(|name| format!("{sub}/{name}")),
        );
    }
    if dir.join("readiness.toml").is_file() {
        paths.push("readiness.toml".to_string());
    }
    Ok(paths)
}

/// One file of the set, read when it is about to be parsed, so that only
/// one file's text is held at a time. A file that cannot be read becomes a
/// diagnostic, and the rest of the set is still checked.
pub fn read(dir: &Path, path: String) -> Result<File, Diagnostic> {
    match fs::read(dir.join(&path)) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok(File { path, text }),
            Err(e) => Err(not_utf8(&path, &e)),
        },
        Err(e) => Err(unreadable(&path, &e.to_string())),
    }
}

fn toml_files(dir: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .flatten()
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    names.sort();
    names
}

/// One diagnostic for a file that is not text, where its text stops.
fn not_utf8(path: &str, e: &std::string::FromUtf8Error) -> Diagnostic {
    let valid = e.utf8_error().valid_up_to();
    let text = std::str::from_utf8(&e.as_bytes()[..valid]).unwrap_or("");
    let (line, column) = super::diagnostic::line_column(text, valid);
    Diagnostic {
        file: path.to_string(),
        line,
        column,
        problem: Problem::NotUtf8,
    }
}

fn unreadable(path: &str, why: &str) -> Diagnostic {
    Place::start_of(path).has(Problem::Unreadable { why: why.to_string() })
}

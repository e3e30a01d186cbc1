//! Checks the shipped content set at build time and embeds the result, so
//! `ready` starts without parsing or validating anything: the binary holds
//! either the finished guide (as JSON, decoded straight into the model) or
//! the diagnostics that `ready check` would print.
//!
//! The loader is the library's own (`src/content`, included by path), so the
//! build checks exactly what `ready check content` checks; the two small
//! modules below stand in for the parts of the library the loader touches
//! outside `src/content`.

use std::path::Path;
use std::{env, fs};

#[allow(dead_code, unused_imports, clippy::all)]
#[path = "src/content/mod.rs"]
mod content;

/// Spelling suggestions only polish diagnostics; the shipped set must have
/// none, and `ready check content` (run by CI) gives them in full.
#[allow(dead_code)]
mod suggest {
    pub fn nearest<'a>(_: &str, _: impl IntoIterator<Item = &'a str>, _: usize) -> Vec<&'a str> {
        Vec::new()
    }
}

/// What the library reads the embedded guide from; empty while building it.
#[allow(dead_code)]
mod embedded_guide {
    pub static JSON: &str = "";
}

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/content");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let shipped = match content::from_dir(&root) {
        Ok(guide) => content::Shipped::Guide(Box::new(guide)),
        Err(content::LoadError::Invalid(diagnostics)) => content::Shipped::Invalid(diagnostics),
        Err(content::LoadError::Missing(why)) => content::Shipped::Missing(why),
    };
    let json = match serde_json::to_string(&shipped) {
        Ok(json) => json,
        Err(e) => fail(&format!("cannot serialise the shipped guide: {e}")),
    };
    // Whatever the model's serde attributes say, the embedded form must read
    // back into exactly what was written, or the binary would start with a
    // different guide from the one that was checked.
    match serde_json::from_str::<content::Shipped>(&json).map(|back| serde_json::to_string(&back)) {
        Ok(Ok(again)) if again == json => {}
        Ok(Ok(_)) => {
            fail("the guide does not read back as written: a field skipped when serialising needs #[serde(default)]")
        }
        Ok(Err(e)) | Err(e) => fail(&format!("the guide does not read back as written: {e}")),
    }
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("guide.json");
    if let Err(e) = fs::write(&dest, json) {
        fail(&format!("cannot write {}: {e}", dest.display()));
    }
}

fn fail(why: &str) -> ! {
    eprintln!("build.rs: {why}");
    std::process::exit(1);
}

//! Checks the shipped content set at build time and embeds the result, so
//! `ready` starts without parsing, validating or even decoding anything: the
//! binary holds either the finished guide as Rust statics (build/literal.rs)
//! or the diagnostics that `ready check` would print. It also lays out the
//! pinyin readings search uses without pointers (build/pinyin.rs), and
//! warns plainly when the static link cannot work (build/static_glibc.rs).
//!
//! The loader is the library's own (`src/content`, included by path), so the
//! build checks exactly what `ready check content` checks; the two stub
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
    pub fn guide() -> Option<crate::content::Guide> {
        None
    }
    pub static PROBLEMS: &str = "";
    pub const SHORT_TEXT: &str = "";
    pub const LONG_TEXT: &str = "";
    pub mod pools {
        use crate::content::*;
        macro_rules! empty {
            ($($ty:ty => $pool:ident),* $(,)?) => {$(pub static $pool: [$ty; 0] = [];)*};
        }
        crate::content::pooled_types!(empty);
    }
}

#[path = "build/literal.rs"]
mod literal;

#[path = "build/pinyin.rs"]
mod pinyin;

#[path = "build/static_glibc.rs"]
mod static_glibc;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/content");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-env-changed=CC");
    if let Some(warning) = static_glibc::check() {
        println!("cargo:warning={warning}");
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    // A valid guide becomes Rust statics; a broken one stays the diagnostics
    // `ready check` would print, as JSON, so the binary can still say why.
    let mut statics = literal::Statics::default();
    let (guide, problems) = match content::from_dir(&root) {
        Ok(guide) => (format!("Some({})", literal::guide(&guide, &mut statics)), None),
        Err(content::LoadError::Invalid(diagnostics)) => {
            ("None".to_string(), Some(content::Shipped::Invalid(diagnostics)))
        }
        Err(content::LoadError::Missing(why)) => ("None".to_string(), Some(content::Shipped::Missing(why))),
    };
    let problems = match problems.map(|p| serde_json::to_string(&p)).transpose() {
        Ok(json) => json.unwrap_or_default(),
        Err(e) => fail(&format!("cannot serialise the content's problems: {e}")),
    };
    let source = format!(
        "// Written by build.rs from content/, after checking it.\n\
         {statics}\n\
         pub(crate) fn guide() -> Option<Guide> {{\n    {guide}\n}}\n\n\
         pub(crate) static PROBLEMS: &str = {problems:?};\n",
        statics = statics.into_source(),
    );
    write("guide.rs", source.as_bytes());
    match pinyin::source() {
        Ok(source) => write("pinyin.rs", source.as_bytes()),
        Err(why) => fail(&why),
    }
}

fn write(name: &str, bytes: &[u8]) {
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join(name);
    if let Err(e) = fs::write(&dest, bytes) {
        fail(&format!("cannot write {}: {e}", dest.display()));
    }
}

fn fail(why: &str) -> ! {
    eprintln!("build.rs: {why}");
    std::process::exit(1);
}

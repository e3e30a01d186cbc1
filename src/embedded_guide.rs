//! The shipped guide, checked and serialised by build.rs (see
//! `content::embedded`). Kept outside `content` because build.rs compiles
//! that module itself, before this file exists.

pub(crate) static JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/guide.json"));

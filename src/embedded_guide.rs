//! The shipped guide, checked and written out as Rust statics by build.rs
//! (see `content::embedded`). Kept outside `content` because build.rs
//! compiles that module itself, before this file exists.

#![allow(clippy::all, clippy::pedantic)]

use crate::content::*;

include!(concat!(env!("OUT_DIR"), "/guide.rs"));

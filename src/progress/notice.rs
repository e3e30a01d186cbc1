//! What went wrong with the saved progress, as data: `i18n::progress`
//! words it in the reader's language.

use super::validate::Dropped;

/// What went wrong with the saved progress, for a one-line notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The file exists but cannot be read: nothing is saved this time.
    Unreadable { path: String, why: String },
    /// The file was unusable and is kept under another name.
    SetAside { problem: BadFile, backup: String },
    /// The file was unusable and could not be moved: nothing is saved.
    NotMoved { problem: BadFile, why: String },
    /// Saved mistakes that no longer match a question were dropped.
    Dropped(usize),
    /// Hand-edited fields (dates, the family plan) that were not valid and
    /// were dropped one by one, as named by `validate`.
    BadFields(Vec<Dropped>),
}

/// Why a progress file is not progress this version can use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BadFile {
    NotUtf8,
    /// Not JSON of the expected shape, where the parser stopped, in its
    /// own (English) words.
    Json {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Written by a newer `ready`, in this format number.
    Newer(u32),
}

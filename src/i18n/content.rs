//! A content set's problems in the reader's language. The loader returns
//! them as data (`content::Problem`); each language words every kind in an
//! exhaustive match, so a kind without its sentence does not compile.

mod en;
mod zh;

use std::fmt;

use crate::content::{Diagnostic, Locale, Missing, Problem};

/// The sentence for one problem, without its position.
pub fn problem(locale: Locale, problem: &Problem) -> String {
    match locale {
        Locale::En => en::problem(problem),
        Locale::ZhHans => zh::problem(problem),
    }
}

/// Why a content set could not be opened at all, as one line.
pub fn missing(locale: Locale, missing: &Missing) -> String {
    match locale {
        Locale::En => en::missing(missing),
        Locale::ZhHans => zh::missing(missing),
    }
}

impl Diagnostic {
    /// `FILE:LINE:COLUMN: sentence`, the form editors' quickfix lists read
    /// (an ASCII colon and space in every language, or they would not);
    /// only the sentence changes with the language.
    pub fn in_locale(&self, locale: Locale) -> String {
        let sentence = problem(locale, &self.problem);
        format!("{}:{}:{}: {sentence}", self.file, self.line, self.column)
    }

    /// The sentence alone, in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        problem(locale, &self.problem)
    }
}

/// English, for logs and tests.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_locale(Locale::En))
    }
}

/// The did-you-mean after a name the file does not know, if one is close.
fn hint(locale: Locale, meant: Option<&String>) -> String {
    meant.map_or_else(String::new, |m| super::messages::did_you_mean(locale, &[m.as_str()]))
}

/// English, for logs and tests.
impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&missing(Locale::En, self))
    }
}

//! Problems found in a content set, each pinned to `FILE:LINE:COLUMN`. The
//! problem is data; `i18n::content` words it in the reader's language.

use serde::{Deserialize, Serialize};

use super::problem::Problem;

/// One problem in one file. Lines and columns count from 1; columns count
/// characters, not bytes, so they match what an editor shows for Chinese.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub problem: Problem,
}

/// Where something is written, before it is known whether it is wrong (a
/// reference checked once the whole set is read).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl Place {
    pub fn start_of(file: impl Into<String>) -> Place {
        Place {
            file: file.into(),
            line: 1,
            column: 1,
        }
    }

    pub fn has(&self, problem: Problem) -> Diagnostic {
        Diagnostic {
            file: self.file.clone(),
            line: self.line,
            column: self.column,
            problem,
        }
    }
}

/// A file's text and name, to turn byte offsets into lines and columns.
pub struct SourceFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

impl SourceFile<'_> {
    pub fn at(&self, offset: usize, problem: Problem) -> Diagnostic {
        self.place(offset).has(problem)
    }

    pub fn place(&self, offset: usize) -> Place {
        let (line, column) = line_column(self.text, offset);
        Place {
            file: self.name.to_string(),
            line,
            column,
        }
    }
}

/// The 1-based line and character column of a byte offset. An offset past
/// the end, or inside a character, is clamped rather than trusted.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..offset].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "a = 1\ntitle = \"地震\" x";
        let offset = text.find('x').unwrap_or_default();
        assert_eq!(line_column(text, offset), (2, 14));
    }

    #[test]
    fn offsets_past_the_end_or_inside_a_character_are_clamped() {
        assert_eq!(line_column("地", 1), (1, 1));
        assert_eq!(line_column("ab", 99), (1, 3));
    }
}

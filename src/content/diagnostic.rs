//! Problems found in a content set, each pinned to `FILE:LINE:COLUMN`.

use std::fmt;

use serde::{Deserialize, Serialize};

/// One problem in one file. Lines and columns count from 1; columns count
/// characters, not bytes, so they match what an editor shows for Chinese.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
    }
}

/// A file's text and name, to turn byte offsets into lines and columns.
pub struct SourceFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

impl SourceFile<'_> {
    pub fn at(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        let (line, column) = line_column(self.text, offset);
        Diagnostic {
            file: self.name.to_string(),
            line,
            column,
            message: message.into(),
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

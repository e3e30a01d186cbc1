//! Content and user input are untrusted: nothing that can move the cursor,
//! recolour the screen or reorder text may reach a terminal.

use std::borrow::Cow;

/// Whether a character must never be printed: C0 controls except newline,
/// DEL, C1 controls (including the 8-bit CSI), and bidi overrides and
/// isolates that can make text read differently from how it is stored.
pub fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// The first forbidden character and its byte offset.
pub fn find_forbidden(s: &str) -> Option<(usize, char)> {
    s.char_indices().find(|&(_, c)| is_forbidden(c))
}

/// Text safe to print: forbidden characters become U+FFFD, and newlines
/// become spaces when `single_line`.
pub fn clean(s: &str, single_line: bool) -> Cow<'_, str> {
    if !s.chars().any(|c| is_forbidden(c) || (single_line && c == '\n')) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' if single_line => ' ',
                c if is_forbidden(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_bidi_overrides_are_forbidden() {
        for c in ['\u{1B}', '\u{7}', '\t', '\r', '\u{9B}', '\u{202E}', '\u{2067}'] {
            assert!(is_forbidden(c), "{c:?}");
        }
        for c in ['\n', 'a', '地', '，', '—', '°'] {
            assert!(!is_forbidden(c), "{c:?}");
        }
    }

    #[test]
    fn clean_replaces_what_it_cannot_print() {
        assert_eq!(clean("a\u{1B}[31mb", false), "a\u{FFFD}[31mb");
        assert_eq!(clean("a\nb", true), "a b");
        assert!(matches!(clean("地震", true), Cow::Borrowed(_)));
    }
}

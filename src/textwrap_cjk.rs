//! Wrapping text by display width: a Chinese character takes two cells, so
//! counting characters or bytes would spill past borders.

use unicode_width::UnicodeWidthStr;

/// Lines of at most `width` cells. Breaks between words in English and
/// between characters in Chinese (textwrap's Unicode line-breaking), never
/// inside a character; a width of 0 is treated as 1.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let options = textwrap::Options::new(width)
        .word_separator(textwrap::WordSeparator::UnicodeBreakProperties)
        .break_words(true);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        if paragraph.is_empty() {
            lines.push(String::new());
            continue;
        }
        lines.extend(textwrap::wrap(paragraph, &options).into_iter().map(|l| l.into_owned()));
    }
    lines
}

/// Like `wrap`, with the first line after `first` and the others indented to
/// line up under it: for numbered steps and bullets.
pub fn wrap_hanging(first: &str, text: &str, width: usize) -> Vec<String> {
    let indent = " ".repeat(first.width());
    let inner = width.saturating_sub(indent.len()).max(1);
    wrap(text, inner)
        .into_iter()
        .enumerate()
        .map(|(i, line)| format!("{}{line}", if i == 0 { first } else { indent.as_str() }))
        .collect()
}

/// The display width of a string, in terminal cells.
pub fn width(s: &str) -> usize {
    s.width()
}

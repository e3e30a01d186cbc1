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
        for line in textwrap::wrap(paragraph, &options) {
            lines.extend(fit(&line, width));
        }
    }
    lines
}

/// textwrap measures character by character, so an emoji with a variation
/// selector (`⚠️`) counts one cell less than the terminal draws. Re-split any
/// line that is still too wide, cluster by cluster, measuring strings as
/// ratatui does.
fn fit(line: &str, width: usize) -> Vec<String> {
    if line.width() <= width {
        return vec![line.to_string()];
    }
    let mut out = Vec::new();
    let mut current = String::new();
    for cluster in clusters(line).into_iter().flat_map(|c| split_if_wider(c, width)) {
        let together = format!("{current}{cluster}");
        if together.width() > width && !current.is_empty() {
            out.push(std::mem::replace(&mut current, cluster));
        } else {
            current = together;
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A joined sequence wider than the line (`❤‍⚠️` at width 2) cannot stay
/// whole: split it at its joiners, which only costs the ligature.
fn split_if_wider(cluster: String, width: usize) -> Vec<String> {
    if cluster.width() <= width || !cluster.contains('\u{200D}') {
        return vec![cluster];
    }
    cluster.split_inclusive('\u{200D}').map(str::to_string).collect()
}

/// Characters drawn as one: a base with its combining marks and variation
/// selectors, emoji joined by ZWJ, and flag pairs.
fn clusters(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut join_next = false;
    for c in s.chars() {
        let regional = ('\u{1F1E6}'..='\u{1F1FF}').contains(&c);
        let attach = match out.last() {
            Some(last) => {
                (join_next && !c.is_ascii())
                    || is_combining(c)
                    || (regional
                        && last.chars().count() == 1
                        && last.chars().all(|l| ('\u{1F1E6}'..='\u{1F1FF}').contains(&l)))
            }
            None => false,
        };
        match out.last_mut() {
            Some(last) if attach => last.push(c),
            _ => out.push(c.to_string()),
        }
        // A joiner only joins emoji: `a` + ZWJ + `❤` is still two things.
        join_next = c == '\u{200D}' && out.last().and_then(|l| l.chars().next()).is_some_and(|b| !b.is_ascii());
    }
    out
}

/// Characters that belong to the one before them and must not start a line.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{200D}' | '\u{0300}'..='\u{036F}' | '\u{20D0}'..='\u{20FF}' | '\u{1F3FB}'..='\u{1F3FF}')
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

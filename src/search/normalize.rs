//! Text reduced to what search compares: lower case, half-width, simplified
//! characters, split into words (Latin, digits, pinyin) and runs of Han
//! characters, which have no spaces between words.

use super::pinyin::{Reading, readings};

/// The longest query worth reading: more is a paste, not a search, and
/// would only cost time.
const MAX_QUERY_CHARS: usize = 200;
const MAX_QUERY_TERMS: usize = 24;

/// Characters written without spaces between words: Han and kana.
pub fn is_han(c: char) -> bool {
    matches!(
        u32::from(c),
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F
    )
}

/// Whether a term is a run of Han characters rather than a word.
pub fn is_han_term(term: &str) -> bool {
    term.chars().next().is_some_and(is_han)
}

/// Full-width Latin letters and digits (`ＣＰＲ`, `１２０`, what a Chinese
/// input method types) as their ordinary forms.
fn half_width(c: char) -> char {
    match u32::from(c) {
        0xFF01..=0xFF5E => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    }
}

/// Splits already simplified text into lower-case terms, appending them to
/// `out`. Anything that is neither a letter, a digit nor Han separates
/// terms, so `gas-leak` is `gas` and `leak`, as the guide's own words are.
pub fn terms_into(text: &str, out: &mut Vec<String>) {
    each_term(text, &mut Scratch::default(), |term| out.push(term.to_string()));
}

/// The two buffers `each_term` fills, kept by a caller that splits many
/// texts (the index build) so that a term costs no allocation.
#[derive(Default)]
pub struct Scratch {
    word: String,
    han: String,
}

/// Calls `f` with each term of `text`, in order, as `terms_into` splits it.
pub fn each_term(text: &str, scratch: &mut Scratch, mut f: impl FnMut(&str)) {
    let Scratch { word, han } = scratch;
    word.clear();
    han.clear();
    for c in text.chars().map(half_width) {
        if is_han(c) {
            flush(word, &mut f);
            han.push(c);
        } else if c.is_alphanumeric() {
            flush(han, &mut f);
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(c.to_lowercase());
            }
        } else {
            flush(word, &mut f);
            flush(han, &mut f);
        }
    }
    flush(word, &mut f);
    flush(han, &mut f);
}

fn flush(term: &mut String, f: &mut impl FnMut(&str)) {
    if !term.is_empty() {
        f(term);
        term.clear();
    }
}

/// The terms of what someone typed: traditional characters read as
/// simplified (`颱風` is `台风`), capped so that a paste stays fast.
pub fn query_terms(query: &str) -> Vec<String> {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let query = if query.is_ascii() { query } else { hanconv::t2s(&query) };
    let mut out = Vec::new();
    terms_into(&query, &mut out);
    out.truncate(MAX_QUERY_TERMS);
    out
}

/// The ways a run of Han characters can be typed in pinyin: run together
/// (`taifeng`, `táifēng`, `tai2feng1`) and syllable by syllable, so that
/// `tai feng` finds it too. Characters with no reading are left out.
pub fn pinyin_words(run: &str, mut add: impl FnMut(&str)) {
    let styles: [fn(Reading) -> &'static str; 3] = [Reading::plain, Reading::with_tone, Reading::with_tone_num_end];
    // Looked up once, then spelled three ways.
    let run: Vec<Reading> = readings(run).collect();
    for style in styles {
        let mut joined = String::new();
        for syllable in run.iter().copied().map(style) {
            add(syllable);
            joined.push_str(syllable);
        }
        if !joined.is_empty() {
            add(&joined);
        }
    }
}

/// The pinyin of a whole Han field, run together and spaced (`taifeng`,
/// `tai feng`), for recognising a query that names it exactly.
pub fn pinyin_whole(text: &str) -> Option<[String; 2]> {
    let syllables: Vec<&str> = readings(text).map(Reading::plain).collect();
    (!syllables.is_empty()).then(|| [syllables.concat(), syllables.join(" ")])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        terms_into(text, &mut out);
        out
    }

    #[test]
    fn hyphens_and_scripts_separate_terms() {
        assert_eq!(terms("Gas-leak"), ["gas", "leak"]);
        assert_eq!(terms("心肺复苏与AED"), ["心肺复苏与", "aed"]);
        assert_eq!(terms("ＣＰＲ，１２０"), ["cpr", "120"]);
        assert_eq!(terms(" - \u{1b}[31m "), ["31m"]);
    }

    #[test]
    fn queries_in_traditional_characters_read_as_simplified() {
        assert_eq!(query_terms("颱風"), ["台风"]);
        assert_eq!(query_terms("火災 fire"), ["火灾", "fire"]);
    }

    #[test]
    fn pinyin_is_offered_with_and_without_tones() {
        let mut words = Vec::new();
        pinyin_words("地震", |w| words.push(w.to_string()));
        for expected in ["dizhen", "di", "zhen", "dìzhèn", "di4zhen4"] {
            assert!(words.contains(&expected.to_string()), "{expected} in {words:?}");
        }
    }
}

//! The `pinyin` crate's readings, laid out without pointers.
//!
//! The crate keeps each reading as three `&'static str`. Every one is a
//! pointer the dynamic loader must relocate at each start: 4,650
//! relocations on 18 pages copied on write, about 0.06× of `less` in
//! bench/startup, paid by every start although only search reads them.
//! Written here as one text and integer arrays, they sit in read-only data and
//! are paged in when search first indexes the guide. src/search/pinyin.rs
//! reads them, and its test checks every character against the crate.

use pinyin::ToPinyin;
use std::collections::HashMap;

/// A run of code points shorter than this between two characters with a
/// reading is stored (as zeros) rather than starting a new block.
const MAX_GAP: u32 = 256;

/// Rust source for src/search/pinyin.rs to include: integer arrays and
/// one text, none of which holds a pointer.
pub fn source() -> Result<String, String> {
    let mut text = String::new();
    // Per reading: where it starts in `text`, and the lengths of its plain
    // and toned spellings; the numbered one runs to where the next starts.
    let mut readings: Vec<(u16, u8, u8)> = Vec::new();
    let mut numbers: HashMap<&'static str, u16> = HashMap::new();
    // Per code point of each block: its reading's number plus one, or 0.
    let mut chars: Vec<u16> = Vec::new();
    // (first code point, count, index into chars).
    let mut blocks: Vec<(u32, u32, u32)> = Vec::new();
    let mut last: Option<u32> = None;
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        let Some(reading) = c.to_pinyin() else { continue };
        let number = match numbers.get(reading.with_tone()) {
            Some(&n) => n,
            None => {
                // Stored plus one, and 0 is "no reading": the last number
                // must leave room for that.
                let n = u16::try_from(readings.len() + 1).map_err(|_| "too many pinyin readings")? - 1;
                let len = |s: &str| u8::try_from(s.len()).map_err(|_| "a pinyin spelling over 255 bytes");
                readings.push((offset(&text)?, len(reading.plain())?, len(reading.with_tone())?));
                text.extend([reading.plain(), reading.with_tone(), reading.with_tone_num_end()]);
                numbers.insert(reading.with_tone(), n);
                n
            }
        };
        let code = u32::from(c);
        match (last, blocks.last_mut()) {
            (Some(prev), Some(block)) if code - prev <= MAX_GAP => {
                chars.extend((prev + 1..code).map(|_| 0));
                block.1 = code - block.0 + 1;
            }
            _ => blocks.push((
                code,
                1,
                u32::try_from(chars.len()).map_err(|_| "pinyin table over 4 G")?,
            )),
        }
        chars.push(number + 1);
        last = Some(code);
    }
    if numbers.is_empty() {
        return Err("the pinyin crate gave no readings".into());
    }
    // The end of the last reading, where a next one would start.
    readings.push((offset(&text)?, 0, 0));
    // Debug of a str, a list or a tuple is already its Rust literal.
    Ok(format!(
        "const TEXT: &str = {text:?};\n\
         static READINGS: [(u16, u8, u8); {}] = {readings:?};\n\
         static CHARS: [u16; {}] = {chars:?};\n\
         static BLOCKS: [(u32, u32, u32); {}] = {blocks:?};\n",
        readings.len(),
        chars.len(),
        blocks.len(),
    ))
}

/// Where the next reading starts in the text, as the tables store it.
fn offset(text: &str) -> Result<u16, String> {
    u16::try_from(text.len()).map_err(|_| "pinyin text over 64 KiB".into())
}

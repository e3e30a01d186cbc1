//! The `pinyin` crate's readings, laid out without pointers.
//!
//! The crate keeps each reading as three `&'static str`. Every one is a
//! pointer the dynamic loader must relocate at each start: 4,650
//! relocations on 18 pages copied on write, about 0.06× of `less` in
//! bench/startup, paid by every start although only search reads them.
//! Written here as one text and byte tables, they sit in read-only data and
//! are paged in when search first indexes the guide. src/search/pinyin.rs
//! reads them, and its test checks every character against the crate.

use pinyin::ToPinyin;
use std::collections::HashMap;

/// A run of code points shorter than this between two characters with a
/// reading is stored (as zeros) rather than starting a new block.
const MAX_GAP: u32 = 256;

/// The files src/search/pinyin.rs includes.
pub struct Tables {
    /// Every distinct reading's three spellings, run together: `linglíngling2`.
    pub text: String,
    /// Per reading, 4 bytes: where it starts in `text` (u16 LE), then the
    /// lengths of its plain and toned spellings; the numbered one is the
    /// rest, up to where the next starts (a last entry marks the end).
    pub readings: Vec<u8>,
    /// Per code point of each block, its reading's number plus one, or 0
    /// (u16 LE).
    pub chars: Vec<u8>,
    /// `[(first code point, count, index into chars)]` as Rust source.
    pub blocks: String,
}

pub fn tables() -> Result<Tables, String> {
    let mut text = String::new();
    let mut readings: Vec<u8> = Vec::new();
    let mut numbers: HashMap<&'static str, u16> = HashMap::new();
    let mut chars: Vec<u16> = Vec::new();
    let mut blocks: Vec<(u32, u32, u32)> = Vec::new();
    let mut last: Option<u32> = None;
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        let Some(reading) = c.to_pinyin() else { continue };
        let number = match numbers.get(reading.with_tone()) {
            Some(&n) => n,
            None => {
                // Stored plus one, and 0 is "no reading": the last number
                // must leave room for that.
                let n = u16::try_from(readings.len() / 4 + 1).map_err(|_| "too many pinyin readings")? - 1;
                readings.extend(offset(&text)?.to_le_bytes());
                for spelling in [reading.plain(), reading.with_tone()] {
                    readings.push(u8::try_from(spelling.len()).map_err(|_| "a pinyin spelling over 255 bytes")?);
                }
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
    // The end of the last reading, where a next one would start.
    readings.extend(offset(&text)?.to_le_bytes());
    readings.extend([0, 0]);
    if numbers.is_empty() {
        return Err("the pinyin crate gave no readings".into());
    }
    // Debug of a tuple list is already the Rust literal: `[(12295, 1, 0), …]`.
    Ok(Tables {
        readings,
        chars: chars.iter().flat_map(|n| n.to_le_bytes()).collect(),
        blocks: format!("{blocks:?}"),
        text,
    })
}

/// Where the next reading starts in the text, as the tables store it.
fn offset(text: &str) -> Result<u16, String> {
    u16::try_from(text.len()).map_err(|_| "pinyin text over 64 KiB".into())
}

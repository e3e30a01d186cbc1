//! The pinyin reading of a Han character: the `pinyin` crate's data, which
//! build.rs lays out without pointers (build/pinyin.rs says why), so that
//! nothing here is touched until search first indexes the guide.

// `TEXT`: every reading's three spellings (`linglíngling2`), run together.
// `READINGS`: per reading, its start in `TEXT` and the lengths of its plain
// and toned spellings; the next entry's start ends it.
// `CHARS`: per code point of each block, its reading's number plus one, or 0.
// `BLOCKS`: `(first code point, count, index into CHARS)`, in code point order.
include!(concat!(env!("OUT_DIR"), "/pinyin.rs"));

/// One reading, as the crate's three spellings give it: sliced, not
/// searched for, since the index asks for each of a name's characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    text: &'static str,
    plain: usize,
    tone: usize,
}

impl Reading {
    /// `ling`, `lü`: no tone marks.
    pub fn plain(self) -> &'static str {
        self.text.get(..self.plain).unwrap_or_default()
    }

    /// `líng`, with the tone marked on the vowel.
    pub fn with_tone(self) -> &'static str {
        self.text.get(self.plain..self.plain + self.tone).unwrap_or_default()
    }

    /// `ling2`, with the tone as a digit at the end.
    pub fn with_tone_num_end(self) -> &'static str {
        self.text.get(self.plain + self.tone..).unwrap_or_default()
    }
}

/// The character's most common reading, if it has one.
pub fn reading(c: char) -> Option<Reading> {
    let code = u32::from(c);
    let block = BLOCKS.partition_point(|&(first, _, _)| first <= code).checked_sub(1)?;
    let (first, count, at) = BLOCKS[block];
    let offset = code - first;
    if offset >= count {
        return None;
    }
    let number = usize::from(*CHARS.get((at + offset) as usize)?).checked_sub(1)?;
    let &(start, plain, tone) = READINGS.get(number)?;
    let &(end, _, _) = READINGS.get(number + 1)?;
    let text = TEXT.get(usize::from(start)..usize::from(end))?;
    Some(Reading {
        text,
        plain: usize::from(plain),
        tone: usize::from(tone),
    })
}

/// The readings of a text's characters, skipping those without one.
pub fn readings(text: &str) -> impl Iterator<Item = Reading> + '_ {
    text.chars().filter_map(reading)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ::pinyin::ToPinyin;

    /// Every code point reads exactly as the crate reads it, in all three
    /// spellings, and none gains or loses a reading in the layout.
    #[test]
    fn every_character_reads_as_the_crate_reads_it() {
        let mut read = 0;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let theirs = c.to_pinyin().map(|p| (p.plain(), p.with_tone(), p.with_tone_num_end()));
            let ours = reading(c).map(|r| (r.plain(), r.with_tone(), r.with_tone_num_end()));
            assert_eq!(ours, theirs, "{c:?} U+{:04X}", u32::from(c));
            read += usize::from(ours.is_some());
        }
        assert!(read > 40_000, "only {read} characters have a reading");
    }

    #[test]
    fn a_few_readings_by_name() {
        let r = reading('绿').map(|r| (r.plain(), r.with_tone(), r.with_tone_num_end()));
        assert_eq!(r, Some(("lü", "lǜ", "lü4")));
        assert_eq!(readings("地震").map(Reading::plain).collect::<Vec<_>>(), ["di", "zhen"]);
        assert_eq!(reading('a'), None);
        assert_eq!(reading('\u{10FFFF}'), None);
    }
}

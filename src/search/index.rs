//! The index: every distinct word once, with the points it appears in, so a
//! key typed costs a look at the vocabulary, not at every point's text.

use ahash::AHashMap as HashMap;

use super::distance::MAX_LEN;
use super::normalize::{Scratch, each_term, is_han, is_han_term, pinyin_whole, pinyin_words};
use crate::content::{Guide, Locale, Phase, Point};

/// How much a match in each field counts: a title beats a passing mention,
/// and a query that is a point's id (`gas-leak`, as `ready list` prints it)
/// names that point above all.
pub const ID: u32 = 20;
pub const TITLE: u32 = 12;
pub const KEYWORD: u32 = 8;
pub const SUMMARY: u32 = 4;
pub const BODY: u32 = 1;

/// Where one term appears in one point: its best field, and how often.
#[derive(Clone, Copy, Debug)]
pub struct Posting {
    pub point: u32,
    pub weight: u8,
    pub count: u8,
}

/// A distinct word of the guide and the points that use it.
pub struct Word {
    pub text: String,
    /// A Chinese name typed in pinyin: not worth looking inside (`fusu`
    /// in `xinfeifusu`) on every key.
    pub pinyin: bool,
    /// The best field it appears in anywhere: only words of titles, ids and
    /// keywords are typo candidates.
    pub weight: u8,
    pub postings: Vec<Posting>,
}

pub struct Index {
    pub(super) points: usize,
    /// Sorted, so the words starting with a prefix are one range.
    pub(super) words: Vec<Word>,
    /// The words a typo may be meant for (of titles, ids and keywords,
    /// ASCII, not too long), as indexes into `words`, in the same order.
    pub(super) typo_candidates: Vec<u32>,
    /// Han characters and pairs of neighbouring characters, packed in a u64.
    pub(super) grams: HashMap<u64, Vec<Posting>>,
    /// Whole ids, titles and keywords, normalised, for a query naming one.
    pub(super) whole: HashMap<String, Vec<Posting>>,
}

pub fn gram(a: char, b: Option<char>) -> u64 {
    (u64::from(u32::from(a)) << 32) | u64::from(b.map_or(0, u32::from))
}

#[derive(Default)]
struct Builder {
    word_ids: HashMap<String, usize>,
    words: Vec<Word>,
    grams: HashMap<u64, Vec<Posting>>,
    whole: HashMap<String, Vec<Posting>>,
    /// Reused for every field: splitting text allocates nothing per term.
    scratch: Scratch,
    joined: String,
}

/// Adds one occurrence to a postings list whose last entry may already be
/// this point's: lists are built point by point, so that check suffices.
fn note(postings: &mut Vec<Posting>, point: u32, weight: u32) -> u8 {
    let weight = u8::try_from(weight).unwrap_or(u8::MAX);
    match postings.last_mut() {
        Some(p) if p.point == point => {
            p.weight = p.weight.max(weight);
            p.count = p.count.saturating_add(1);
        }
        _ => postings.push(Posting {
            point,
            weight,
            count: 1,
        }),
    }
    weight
}

impl Builder {
    fn word(&mut self, text: &str, point: u32, weight: u32, pinyin: bool) {
        let id = match self.word_ids.get(text) {
            Some(&id) => id,
            None => {
                self.words.push(Word {
                    text: text.to_string(),
                    pinyin,
                    weight: 0,
                    postings: Vec::new(),
                });
                self.word_ids.insert(text.to_string(), self.words.len() - 1);
                self.words.len() - 1
            }
        };
        if let Some(word) = self.words.get_mut(id) {
            let w = note(&mut word.postings, point, weight);
            word.weight = word.weight.max(w);
        }
    }

    fn field(&mut self, text: &str, point: u32, weight: u32) {
        let mut scratch = std::mem::take(&mut self.scratch);
        let mut joined = std::mem::take(&mut self.joined);
        joined.clear();
        let whole = weight >= KEYWORD;
        each_term(text, &mut scratch, |term| {
            if whole {
                if !joined.is_empty() {
                    joined.push(' ');
                }
                joined.push_str(term);
            }
            if is_han_term(term) {
                let mut previous = None;
                for c in term.chars() {
                    note(self.grams.entry(gram(c, None)).or_default(), point, weight);
                    if let Some(p) = previous {
                        note(self.grams.entry(gram(p, Some(c))).or_default(), point, weight);
                    }
                    previous = Some(c);
                }
                // Typing pinyin is for finding a point by its name, not for
                // every sentence that happens to share a sound.
                if whole {
                    pinyin_words(term, |w| self.word(w, point, weight, true));
                }
            } else {
                self.word(term, point, weight, false);
            }
        });
        if whole && !joined.is_empty() {
            if joined.chars().all(|c| is_han(c) || c == ' ')
                && let Some(forms) = pinyin_whole(&joined)
            {
                for form in forms {
                    note(self.whole.entry(form).or_default(), point, weight);
                }
            }
            match self.whole.get_mut(joined.as_str()) {
                Some(postings) => {
                    note(postings, point, weight);
                }
                None => {
                    let mut postings = Vec::new();
                    note(&mut postings, point, weight);
                    self.whole.insert(joined.clone(), postings);
                }
            }
        }
        self.scratch = scratch;
        self.joined = joined;
    }

    fn point(&mut self, point: &Point, index: u32) {
        self.field(&point.id, index, ID);
        for locale in Locale::ALL {
            self.field(point.title.text(locale), index, TITLE);
            self.field(point.summary.text(locale), index, SUMMARY);
            for k in point.keywords.list(locale) {
                self.field(k, index, KEYWORD);
            }
            for phase in Phase::ALL {
                for step in point.steps(phase).list(locale) {
                    self.field(step, index, BODY);
                }
            }
            for w in &point.warnings {
                self.field(w.meaning.text(locale), index, BODY);
                self.field(w.action.text(locale), index, BODY);
            }
        }
    }
}

impl Index {
    pub fn new(guide: &Guide) -> Index {
        let mut builder = Builder::default();
        for (i, point) in guide.points.iter().enumerate() {
            builder.point(point, u32::try_from(i).unwrap_or(u32::MAX));
        }
        let mut words = builder.words;
        words.sort_unstable_by(|a, b| a.text.cmp(&b.text));
        let typo_candidates = words
            .iter()
            .enumerate()
            // Numbers and tone numbers (`di4zhen4`) are not typed by mistake.
            .filter(|(_, w)| {
                u32::from(w.weight) >= KEYWORD
                    && w.text.len() <= MAX_LEN
                    && w.text.bytes().all(|b| b.is_ascii_alphabetic())
            })
            .filter_map(|(i, _)| u32::try_from(i).ok())
            .collect();
        Index {
            points: guide.points.len(),
            words,
            typo_candidates,
            grams: builder.grams,
            whole: builder.whole,
        }
    }

    /// The words that start with `prefix`, the word itself first if present.
    pub(super) fn starting_with(&self, prefix: &str) -> &[Word] {
        let start = self.words.partition_point(|w| w.text.as_str() < prefix);
        let len = self.words[start..].partition_point(|w| w.text.starts_with(prefix));
        &self.words[start..start + len]
    }
}

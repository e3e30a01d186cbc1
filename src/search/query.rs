//! Answering a query from the index: points matching every term, best
//! first; if none match them all, points matching any.

use super::distance;
use super::index::{Index, KEYWORD, Posting, gram};
use super::normalize::{is_han_term, query_terms};

/// How a term met a field, times the field's weight. A whole id, title or
/// keyword beats an exact word, which beats the start of a longer word
/// (`gas` before `gasping`), which beats the inside of one (`bite` in
/// `frostbite`).
const WHOLE: u32 = 15;
const EXACT: u32 = 12;
const HAN: u32 = 10;
const PREFIX: u32 = 5;
const TYPO: u32 = 5;
const INSIDE: u32 = 2;
/// Each further mention adds a little, never enough to lift a prefix above
/// an exact word in the same kind of field.
const MAX_EXTRA: u32 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into `Guide::points`.
    pub point: usize,
    pub score: u32,
}

/// The last search typed, so that a longer query looks only among its hits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Narrowing {
    terms: Vec<String>,
    /// Every point matched every term, none by a typo or by a fallback: a
    /// longer query can only match a subset of them.
    strict: bool,
}

impl Narrowing {
    pub(super) fn admits(&self, terms: &[String]) -> bool {
        let Some((last, rest)) = self.terms.split_last() else {
            return false;
        };
        self.strict
            && terms.len() >= self.terms.len()
            && terms.get(..rest.len()) == Some(rest)
            && terms.get(rest.len()).is_some_and(|t| t.starts_with(last.as_str()))
    }
}

/// Per-point scratch, reused across the terms of one query.
struct Scores {
    best: Vec<u32>,
    total: Vec<u32>,
    matched: Vec<u16>,
}

impl Index {
    /// Points matching every word of `query`, best first; if no point
    /// matches them all, points matching any of them.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.run(&query_terms(query), None).0
    }

    /// `search` for a query being typed: when it only extends the last one,
    /// only the last hits are looked at.
    pub fn search_typed(&self, query: &str, last: &mut Narrowing, last_hits: &[Hit]) -> Vec<Hit> {
        let terms = query_terms(query);
        let within = last.admits(&terms).then_some(last_hits);
        let (hits, strict) = self.run(&terms, within);
        *last = Narrowing { terms, strict };
        hits
    }

    fn run(&self, terms: &[String], within: Option<&[Hit]>) -> (Vec<Hit>, bool) {
        if terms.is_empty() || self.points == 0 {
            return (Vec::new(), false);
        }
        let allowed = within.map(|hits| {
            let mut allowed = vec![false; self.points];
            for hit in hits {
                if let Some(a) = allowed.get_mut(hit.point) {
                    *a = true;
                }
            }
            allowed
        });
        let mut s = Scores {
            best: vec![0; self.points],
            total: vec![0; self.points],
            matched: vec![0; self.points],
        };
        let mut fuzzy = false;
        for term in terms {
            s.best.fill(0);
            // A word the guide contains is not a typo: only look for near
            // spellings of words found nowhere (`bite` must not find `bike`).
            if !self.exact(term, &mut s.best, allowed.as_deref()) {
                if within.is_some() {
                    return self.run(terms, None);
                }
                fuzzy = true;
                self.fuzzy(term, &mut s.best);
            }
            for ((best, total), matched) in s.best.iter().zip(&mut s.total).zip(&mut s.matched) {
                if *best > 0 {
                    *total += best;
                    *matched += 1;
                }
            }
        }
        if terms.len() > 1
            && let Some(postings) = self.whole.get(&terms.join(" "))
        {
            for p in postings {
                if let Some(total) = s.total.get_mut(p.point as usize) {
                    *total += u32::from(p.weight) * WHOLE;
                }
            }
        }
        let all = u16::try_from(terms.len()).unwrap_or(u16::MAX);
        let mut hits = collect(&s, |m| m == all);
        let strict = !fuzzy && !hits.is_empty();
        if hits.is_empty() {
            if within.is_some() {
                return self.run(terms, None);
            }
            hits = collect(&s, |m| m > 0);
        }
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.point.cmp(&b.point)));
        (hits, strict)
    }

    /// Scores the points where `term` appears as it is; false if nowhere.
    fn exact(&self, term: &str, best: &mut [u32], allowed: Option<&[bool]>) -> bool {
        let mut found = false;
        let mut put = |postings: &[Posting], factor: u32| {
            for p in postings {
                let point = p.point as usize;
                if allowed.is_some_and(|a| !a.get(point).copied().unwrap_or(false)) {
                    continue;
                }
                let score = u32::from(p.weight) * factor + (u32::from(p.count) - 1).min(MAX_EXTRA);
                if let Some(b) = best.get_mut(point) {
                    *b = (*b).max(score);
                    found = true;
                }
            }
        };
        if let Some(postings) = self.whole.get(term) {
            put(postings, WHOLE);
        }
        if is_han_term(term) {
            let chars: Vec<char> = term.chars().collect();
            if let [c] = chars[..] {
                if let Some(postings) = self.grams.get(&gram(c, None)) {
                    put(postings, HAN);
                }
            } else {
                // Every pair of neighbouring characters present: as good as
                // the phrase itself, and found without reading any text.
                let lists: Vec<Option<&Vec<Posting>>> = chars
                    .windows(2)
                    .map(|w| self.grams.get(&gram(w[0], Some(w[1]))))
                    .collect();
                if lists.iter().all(Option::is_some) {
                    let mut per_point = vec![(u8::MAX, 0usize); self.points];
                    for p in lists.iter().flatten().flat_map(|l| l.iter()) {
                        if let Some((weight, count)) = per_point.get_mut(p.point as usize) {
                            *weight = (*weight).min(p.weight);
                            *count += 1;
                        }
                    }
                    for (point, (weight, count)) in per_point.into_iter().enumerate() {
                        if count == lists.len() {
                            let point = u32::try_from(point).unwrap_or(u32::MAX);
                            put(
                                &[Posting {
                                    point,
                                    weight,
                                    count: 1,
                                }],
                                HAN,
                            );
                        }
                    }
                }
            }
        } else {
            for word in self.starting_with(term) {
                put(&word.postings, if word.text == term { EXACT } else { PREFIX });
            }
            for word in self.words.iter().filter(|w| w.text.len() > term.len()) {
                if !word.text.starts_with(term) && word.text.contains(term) {
                    put(&word.postings, INSIDE);
                }
            }
        }
        found
    }

    /// Scores near spellings of a term found nowhere.
    fn fuzzy(&self, term: &str, best: &mut [u32]) {
        if is_han_term(term) {
            self.miswritten(term, best);
        } else if term.is_ascii() {
            self.typo(term, best);
        }
    }

    /// English words within one or two edits of a title, id or keyword word.
    fn typo(&self, term: &str, best: &mut [u32]) {
        let allowed = match term.len() {
            0..=3 => return,
            4..=6 => 1,
            _ => 2,
        };
        let t = term.as_bytes();
        for word in &self.words {
            if u32::from(word.weight) < KEYWORD || !word.text.is_ascii() {
                continue;
            }
            let w = word.text.as_bytes();
            // While typing, the word is unfinished: also compare with the
            // start of each word, one letter longer than what was typed
            // (`erthq` ~ `earthq`).
            let close = distance::within(t, w, allowed)
                || w.get(..t.len() + 1)
                    .is_some_and(|prefix| distance::within(t, prefix, allowed));
            if close {
                for p in &word.postings {
                    if let Some(b) = best.get_mut(p.point as usize) {
                        *b = (*b).max(u32::from(p.weight) * TYPO);
                    }
                }
            }
        }
    }

    /// Chinese has common miswritings (`泄露` for `泄漏`): score by how many
    /// two-character pieces of the term a point has, if at least half, or
    /// one is in its title or keywords.
    fn miswritten(&self, term: &str, best: &mut [u32]) {
        let chars: Vec<char> = term.chars().collect();
        if chars.len() < 3 {
            return;
        }
        let pairs = chars.len() - 1;
        let mut sum = vec![(0u32, 0usize, 0u8); self.points];
        for w in chars.windows(2) {
            for p in self.grams.get(&gram(w[0], Some(w[1]))).into_iter().flatten() {
                if let Some((total, count, top)) = sum.get_mut(p.point as usize) {
                    *total += u32::from(p.weight);
                    *count += 1;
                    *top = (*top).max(p.weight);
                }
            }
        }
        for ((total, count, top), b) in sum.into_iter().zip(best) {
            if count > 0 && (count * 2 >= pairs || u32::from(top) >= KEYWORD) {
                *b = total * 8 / pairs as u32;
            }
        }
    }
}

fn collect(s: &Scores, keep: impl Fn(u16) -> bool) -> Vec<Hit> {
    s.matched
        .iter()
        .zip(&s.total)
        .enumerate()
        .filter(|(_, (m, _))| keep(**m))
        .map(|(point, (_, total))| Hit { point, score: *total })
        .collect()
}

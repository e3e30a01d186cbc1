//! Finding points by what people type: either language, any field, a typo
//! in English (`erthquake`), Chinese without spaces (`煤气泄露`).

use crate::content::{Guide, Locale, Phase, Point};

/// How much a match in each field counts: a title beats a passing mention.
const TITLE: u32 = 12;
const KEYWORD: u32 = 8;
const SUMMARY: u32 = 4;
const BODY: u32 = 1;

/// One point's searchable text, lowercased once.
struct Entry {
    fields: Vec<(u32, String)>,
    /// Single words of titles, ids and keywords, for typo tolerance.
    words: Vec<(u32, String)>,
}

/// A search index over every point of a guide, in both languages.
pub struct Index {
    entries: Vec<Entry>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into `Guide::points`.
    pub point: usize,
    pub score: u32,
}

impl Index {
    pub fn new(guide: &Guide) -> Index {
        Index {
            entries: guide.points.iter().map(entry).collect(),
        }
    }

    /// Points matching every word of `query`, best first; if no point
    /// matches them all, points matching any of them.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let query = query.to_lowercase();
        let tokens: Vec<&str> = query.split_whitespace().collect();
        if tokens.is_empty() {
            return Vec::new();
        }
        // A word the guide contains is not a typo: only look for near
        // spellings of words found nowhere (`bite` must not find `bike`).
        let known: Vec<bool> = tokens
            .iter()
            .map(|t| {
                self.entries
                    .iter()
                    .any(|e| e.fields.iter().any(|(_, text)| text.contains(t)))
            })
            .collect();
        let scored: Vec<Vec<u32>> = self
            .entries
            .iter()
            .map(|e| {
                tokens
                    .iter()
                    .zip(&known)
                    .map(|(t, &known)| token_score(e, t, !known))
                    .collect()
            })
            .collect();
        let mut hits = collect(&scored, |s| s.iter().all(|&x| x > 0));
        if hits.is_empty() {
            hits = collect(&scored, |s| s.iter().any(|&x| x > 0));
        }
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.point.cmp(&b.point)));
        hits
    }
}

fn collect(scored: &[Vec<u32>], keep: impl Fn(&[u32]) -> bool) -> Vec<Hit> {
    scored
        .iter()
        .enumerate()
        .filter(|(_, s)| keep(s))
        .map(|(point, s)| Hit {
            point,
            score: s.iter().sum(),
        })
        .collect()
}

fn entry(point: &Point) -> Entry {
    let mut fields = vec![(KEYWORD, point.id.replace('-', " "))];
    let mut words = Vec::new();
    for locale in Locale::ALL {
        fields.push((TITLE, point.title.text(locale).to_lowercase()));
        fields.push((SUMMARY, point.summary.text(locale).to_lowercase()));
        for k in point.keywords.list(locale) {
            fields.push((KEYWORD, k.to_lowercase()));
        }
        for phase in Phase::ALL {
            for step in point.steps(phase).list(locale) {
                fields.push((BODY, step.to_lowercase()));
            }
        }
        for w in &point.warnings {
            fields.push((BODY, w.meaning.text(locale).to_lowercase()));
            fields.push((BODY, w.action.text(locale).to_lowercase()));
        }
    }
    for (weight, text) in &fields {
        if *weight >= KEYWORD {
            for word in text.split(|c: char| !c.is_alphanumeric()) {
                if word.len() >= 3 && word.is_ascii() {
                    words.push((*weight, word.to_string()));
                }
            }
        }
    }
    Entry { fields, words }
}

fn token_score(entry: &Entry, token: &str, fuzzy: bool) -> u32 {
    // The best field decides; a whole keyword beats the start of one, which
    // beats a mention. Each further field that mentions it adds a little.
    let matches: Vec<u32> = entry
        .fields
        .iter()
        .filter(|(_, text)| text.contains(token))
        .map(|(w, text)| match text {
            t if t == token => w * 15,
            t if t.starts_with(token) => w * 12,
            t if !token.is_ascii() || at_word_start(t, token) => w * 10,
            // Inside an English word (`bite` in `frostbite`): a weak match.
            _ => w * 3,
        })
        .collect();
    if let Some(best) = matches.iter().max() {
        return best + (matches.len() as u32 - 1).min(20);
    }
    if !fuzzy {
        0
    } else if token.is_ascii() {
        typo_score(entry, token)
    } else {
        bigram_score(entry, token)
    }
}

/// Whether `token` starts a word somewhere in `text`.
fn at_word_start(text: &str, token: &str) -> bool {
    text.match_indices(token)
        .any(|(i, _)| text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

/// English words within one or two edits of a title or keyword word.
fn typo_score(entry: &Entry, token: &str) -> u32 {
    let allowed = match token.len() {
        0..=3 => return 0,
        4..=6 => 1,
        _ => 2,
    };
    // While typing, the word is unfinished: also compare with the start of
    // each word, one letter longer than what was typed (`erthq` ~ `earthq`).
    let close = |word: &str| {
        strsim::damerau_levenshtein(token, word) <= allowed
            || word
                .get(..token.len() + 1)
                .is_some_and(|prefix| strsim::damerau_levenshtein(token, prefix) <= allowed)
    };
    entry
        .words
        .iter()
        .filter(|(_, word)| close(word))
        .map(|(w, _)| w * 5)
        .max()
        .unwrap_or(0)
}

/// Chinese has no spaces and common miswritings (`泄露` for `泄漏`): score by
/// how many two-character pieces of the query appear anywhere in the point,
/// if at least half do or one names the point (title or keyword), each
/// counted at the best field it appears in.
fn bigram_score(entry: &Entry, token: &str) -> u32 {
    let chars: Vec<char> = token.chars().collect();
    if chars.len() < 3 {
        return 0;
    }
    let bigrams: Vec<String> = chars.windows(2).map(|w| w.iter().collect()).collect();
    let weights: Vec<u32> = bigrams
        .iter()
        .map(|b| {
            entry
                .fields
                .iter()
                .filter(|(_, text)| text.contains(b.as_str()))
                .map(|(w, _)| *w)
                .max()
                .unwrap_or(0)
        })
        .collect();
    let found = weights.iter().filter(|&&w| w > 0).count();
    let in_title_or_keywords = weights.iter().any(|&w| w >= KEYWORD);
    if found * 2 < bigrams.len() && !in_title_or_keywords {
        return 0;
    }
    weights.iter().sum::<u32>() * 8 / bigrams.len() as u32
}

/// Up to `n` candidates close to `target`, closest first, for "did you mean".
pub fn suggestions<'a>(target: &str, candidates: impl IntoIterator<Item = &'a str>, n: usize) -> Vec<&'a str> {
    let target = target.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|c| {
            let mut score = strsim::normalized_damerau_levenshtein(&target, c);
            if !target.is_empty() && (c.contains(target.as_str()) || target.contains(c)) {
                score = score.max(0.7);
            }
            (score, c)
        })
        .filter(|(score, _)| *score >= 0.5)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(n).map(|(_, c)| c).collect()
}

/// The single closest candidate, if any is close.
pub fn did_you_mean<'a>(target: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    suggestions(target, candidates, 1).into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(query: &str) -> Option<String> {
        let guide = crate::content::embedded().unwrap();
        let hits = Index::new(&guide).search(query);
        hits.first().map(|h| guide.points[h.point].id.clone())
    }

    #[test]
    fn a_title_beats_a_keyword() {
        assert_eq!(first("drowning").as_deref(), Some("drowning-rescue"));
        assert_eq!(first("fire").as_deref(), Some("fire"));
    }

    #[test]
    fn typos_are_forgiven_only_for_words_the_guide_does_not_have() {
        assert_eq!(first("erthquake").as_deref(), Some("earthquake"));
        assert_eq!(first("typhon").as_deref(), Some("typhoon"));
        let guide = crate::content::embedded().unwrap();
        let bite: Vec<_> = Index::new(&guide)
            .search("bite")
            .iter()
            .map(|h| guide.points[h.point].id.clone())
            .collect();
        assert!(!bite.contains(&"e-bike".to_string()), "{bite:?}");
    }

    #[test]
    fn chinese_needs_no_spaces_and_survives_a_miswritten_word() {
        assert_eq!(first("地震").as_deref(), Some("earthquake"));
        assert_eq!(first("煤气泄露").as_deref(), Some("gas-leak"));
        assert_eq!(first("台风来了怎么办").as_deref(), Some("typhoon"));
    }

    #[test]
    fn nothing_matches_nothing() {
        assert_eq!(first("   "), None);
        assert_eq!(first("zzzzqqqq"), None);
    }

    #[test]
    fn suggestions_are_the_closest_ids() {
        let ids = ["fire", "fire-exits", "fire-escape", "flood"];
        assert_eq!(suggestions("fier", ids, 1), vec!["fire"]);
        assert_eq!(did_you_mean("qqqq", ids), None);
    }
}

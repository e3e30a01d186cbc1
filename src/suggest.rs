//! "Did you mean": the known names closest to one that is not known, for ids
//! on the command line, references in content files and field names.
//!
//! A content set can hold 10,000 ids and as many broken references, so the
//! cost matters: candidates whose length alone rules them out are skipped
//! before any edit distance is computed.

/// How alike two names must be (1.0 is equal) to be worth suggesting.
const THRESHOLD: f64 = 0.5;
/// A name that contains the other, or is contained in it, scores this.
const CONTAINED: f64 = 0.7;

/// The `n` known names closest to `target`, closest first.
pub fn nearest<'a>(target: &str, candidates: impl IntoIterator<Item = &'a str>, n: usize) -> Vec<&'a str> {
    let target = target.to_lowercase();
    let target_len = target.chars().count();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .filter_map(|c| score(&target, target_len, c).map(|s| (s, c)))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(n).map(|(_, c)| c).collect()
}

fn score(target: &str, target_len: usize, candidate: &str) -> Option<f64> {
    if target.is_empty() {
        return None;
    }
    let contained = candidate.contains(target) || target.contains(candidate);
    let len = candidate.chars().count();
    // The edit distance is at least the difference in length, so the
    // normalised similarity is at most 1 - difference / longer.
    let longer = len.max(target_len).max(1) as f64;
    let best_possible = 1.0 - len.abs_diff(target_len) as f64 / longer;
    if best_possible < THRESHOLD {
        return contained.then_some(CONTAINED);
    }
    let mut similarity = strsim::normalized_damerau_levenshtein(target, candidate);
    if contained {
        similarity = similarity.max(CONTAINED);
    }
    (similarity >= THRESHOLD).then_some(similarity)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_closest_names_come_first() {
        let ids = ["fire", "fire-exits", "fire-escape", "flood"];
        assert_eq!(nearest("fier", ids, 1), vec!["fire"]);
        assert_eq!(nearest("titel", ["title", "summary", "note"], 3), vec!["title"]);
        assert_eq!(nearest("qqqq", ids, 3), Vec::<&str>::new());
        assert_eq!(nearest("", ids, 3), Vec::<&str>::new());
    }

    #[test]
    fn a_name_inside_a_longer_one_is_suggested_whatever_the_lengths() {
        assert_eq!(nearest("cpr", ["cpr-aed", "choking"], 3), vec!["cpr-aed"]);
    }

    proptest! {
        /// The length filter only skips what the full comparison would reject.
        #[test]
        fn the_length_filter_changes_nothing(target in "[a-z-]{0,12}", candidates in prop::collection::vec("[a-z-]{1,16}", 0..20)) {
            let filtered = nearest(&target, candidates.iter().map(String::as_str), 50);
            let mut full: Vec<(f64, &str)> = candidates
                .iter()
                .map(String::as_str)
                .filter(|_| !target.is_empty())
                .map(|c| {
                    let mut s = strsim::normalized_damerau_levenshtein(&target, c);
                    if c.contains(target.as_str()) || target.contains(c) {
                        s = s.max(CONTAINED);
                    }
                    (s, c)
                })
                .filter(|(s, _)| *s >= THRESHOLD)
                .collect();
            full.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
            full.dedup_by(|a, b| a.1 == b.1);
            let full: Vec<&str> = full.into_iter().map(|(_, c)| c).collect();
            prop_assert_eq!(filtered, full);
        }
    }
}

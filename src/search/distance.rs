//! Edit distance for typo tolerance, on the stack: it runs for every word of
//! the vocabulary on every key typed, so it must not allocate.

/// Words longer than this are never typo candidates (no real word is).
pub const MAX_LEN: usize = 31;

/// The letters of an ASCII word, as a set: cheap to compare first, since an
/// edit adds or removes at most one letter of the set.
pub fn letters(word: &[u8]) -> u64 {
    word.iter().fold(0, |set, b| set | 1 << (b.to_ascii_lowercase() % 64))
}

/// Whether two words' letter sets already rule out being within `limit`
/// edits: letters only one of them has each need an edit of their own.
pub fn too_different(a: u64, b: u64, limit: usize) -> bool {
    (a & !b).count_ones() as usize > limit || (b & !a).count_ones() as usize > limit
}

/// Whether `a` and `b` are within `limit` edits (insert, delete, substitute,
/// swap two neighbours: optimal string alignment), comparing bytes, so only
/// meant for ASCII words. Stops early once every path exceeds the limit.
pub fn within(a: &[u8], b: &[u8], limit: usize) -> bool {
    if a.len() > MAX_LEN || b.len() > MAX_LEN || a.len().abs_diff(b.len()) > limit {
        return false;
    }
    let mut before = [0usize; MAX_LEN + 1];
    let mut previous = [0usize; MAX_LEN + 1];
    let mut current = [0usize; MAX_LEN + 1];
    for (j, cell) in previous.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        current[0] = i;
        let mut best = current[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d;
            best = best.min(d);
        }
        if best > limit {
            return false;
        }
        before = previous;
        previous = current;
    }
    previous[b.len()] <= limit
}

#[cfg(test)]
mod tests {
    use super::within;

    #[test]
    fn agrees_with_a_reference_implementation() {
        let words = [
            "earthquake",
            "erthquake",
            "eartquake",
            "typhon",
            "typhoon",
            "fier",
            "fire",
            "",
            "a",
            "ab",
            "ba",
        ];
        for a in words {
            for b in words {
                let reference = strsim::osa_distance(a, b);
                for limit in 0..4 {
                    assert_eq!(
                        within(a.as_bytes(), b.as_bytes(), limit),
                        reference <= limit,
                        "{a} {b} {limit}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_letter_filter_never_rejects_a_close_pair() {
        let words = [
            "earthquake",
            "erthquake",
            "eartquake",
            "typhon",
            "typhoon",
            "shelter",
            "sheltre",
            "fire",
            "fier",
        ];
        for a in words {
            for b in words {
                let d = strsim::osa_distance(a, b);
                assert!(!super::too_different(
                    super::letters(a.as_bytes()),
                    super::letters(b.as_bytes()),
                    d
                ));
            }
        }
    }

    #[test]
    fn overlong_words_are_never_close() {
        let long = "a".repeat(40);
        assert!(!within(long.as_bytes(), long.as_bytes(), 2));
    }
}

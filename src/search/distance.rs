//! Edit distance for typo tolerance, on the stack: it runs for every word of
//! the vocabulary on every key typed, so it must not allocate.

/// Words longer than this are never typo candidates (no real word is).
pub const MAX_LEN: usize = 31;

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
    fn overlong_words_are_never_close() {
        let long = "a".repeat(40);
        assert!(!within(long.as_bytes(), long.as_bytes(), 2));
    }
}

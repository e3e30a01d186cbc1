//! Finding points by what people type: either language, any field, an id
//! as `ready list` prints it (`gas-leak`), a typo in English (`erthquake`),
//! Chinese without spaces (`煤气泄露`), in traditional characters (`颱風`)
//! or in pinyin (`dizhen`, `tai feng`).

mod distance;
mod index;
mod normalize;
mod pinyin;
mod query;
#[cfg(test)]
mod tests;

pub use index::Index;
pub use normalize::query_terms;
pub use query::{Hit, Narrowing};

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

//! Whether a quiz bank can be passed by test-taking instead of knowledge:
//! a guesser picks the longest option, and says "false" to any statement
//! that sounds like a trap. `ready check` warns when a bank drifts that way,
//! so a city's editors see it before their readers do.

use unicode_width::UnicodeWidthStr;

use crate::content::{Guide, Locale, QuestionKind};

/// At most this share of single-answer questions may have the longest
/// option (ties included) as the right one, in any language.
pub const MAX_LONGEST_RIGHT_PERCENT: usize = 35;
/// True/false keys must be true in this range of shares, in percent.
pub const TRUE_PERCENT: std::ops::RangeInclusive<usize> = 40..=60;
/// Below this many questions of a kind, a share says nothing.
const MIN_SAMPLE: usize = 10;

/// The figures for one bank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Balance {
    pub single: usize,
    /// Per language: single-answer questions whose right option is at least
    /// as wide as every other.
    pub longest_right: Vec<(Locale, usize)>,
    pub true_false: usize,
    pub true_keys: usize,
}

/// What is off in a bank, as data; the faces word it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Drift {
    LongestRight { locale: Locale, count: usize, of: usize },
    TrueShare { count: usize, of: usize },
}

pub fn balance(guide: &Guide) -> Balance {
    let mut b = Balance {
        single: 0,
        longest_right: guide.locales.iter().map(|&l| (l, 0)).collect(),
        true_false: 0,
        true_keys: 0,
    };
    for q in guide.points.iter().flat_map(|p| &p.quiz) {
        match q.kind {
            QuestionKind::TrueFalse => {
                b.true_false += 1;
                b.true_keys += usize::from(q.answer == [0]);
            }
            QuestionKind::Single => {
                b.single += 1;
                let Some(&right) = q.answer.first() else { continue };
                for (locale, count) in &mut b.longest_right {
                    let width = |i: usize| q.options.get(i).map_or(0, |o| o.text(*locale).width());
                    let widest = (0..q.options.len()).map(width).max().unwrap_or(0);
                    *count += usize::from(width(right) >= widest);
                }
            }
            QuestionKind::Multiple => {}
        }
    }
    b
}

impl Balance {
    pub fn drifts(&self) -> Vec<Drift> {
        let mut out = Vec::new();
        if self.single >= MIN_SAMPLE {
            for &(locale, count) in &self.longest_right {
                if count * 100 > self.single * MAX_LONGEST_RIGHT_PERCENT {
                    out.push(Drift::LongestRight {
                        locale,
                        count,
                        of: self.single,
                    });
                }
            }
        }
        if self.true_false >= MIN_SAMPLE {
            let low = self.true_keys * 100 < self.true_false * TRUE_PERCENT.start();
            let high = self.true_keys * 100 > self.true_false * TRUE_PERCENT.end();
            if low || high {
                out.push(Drift::TrueShare {
                    count: self.true_keys,
                    of: self.true_false,
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn balanced() -> Balance {
        Balance {
            single: 20,
            longest_right: vec![(Locale::En, 7), (Locale::ZhHans, 5)],
            true_false: 10,
            true_keys: 5,
        }
    }

    #[test]
    fn a_balanced_bank_has_no_drift_and_the_limits_are_inclusive() {
        assert_eq!(balanced().drifts(), []);
        let edge = Balance {
            true_keys: 4,
            ..balanced()
        };
        assert_eq!(edge.drifts(), [], "40% true is allowed");
    }

    #[test]
    fn too_many_longest_right_answers_are_named_per_language() {
        let b = Balance {
            longest_right: vec![(Locale::En, 7), (Locale::ZhHans, 8)],
            ..balanced()
        };
        assert_eq!(
            b.drifts(),
            [Drift::LongestRight {
                locale: Locale::ZhHans,
                count: 8,
                of: 20
            }]
        );
    }

    #[test]
    fn a_bank_of_mostly_false_statements_drifts() {
        let b = Balance {
            true_keys: 3,
            ..balanced()
        };
        assert_eq!(b.drifts(), [Drift::TrueShare { count: 3, of: 10 }]);
        let b = Balance {
            true_keys: 7,
            ..balanced()
        };
        assert_eq!(b.drifts(), [Drift::TrueShare { count: 7, of: 10 }]);
    }

    #[test]
    fn a_small_bank_is_not_judged() {
        let b = Balance {
            single: 4,
            longest_right: vec![(Locale::En, 4)],
            true_false: 3,
            true_keys: 0,
        };
        assert_eq!(b.drifts(), []);
    }

    #[test]
    fn ties_for_the_longest_option_count_against_the_bank() {
        let guide = crate::content::embedded().expect("built-in guide");
        let b = balance(&guide);
        let questions = guide.points.iter().flat_map(|p| &p.quiz);
        assert_eq!(
            b.single,
            questions.clone().filter(|q| q.kind == QuestionKind::Single).count()
        );
        assert_eq!(b.longest_right.len(), guide.locales.len());
        assert!(b.longest_right.iter().all(|&(_, n)| n <= b.single));
    }
}

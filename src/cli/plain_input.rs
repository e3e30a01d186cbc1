//! Reading what a person types in plain mode: numbers as a Chinese input
//! method gives them (full-width `１`, `２，３`, `１、３`), and lines that are
//! not UTF-8 told apart from the end of input.

use std::io::{self, BufRead};

/// One line of input.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    Text(String),
    /// The bytes were not UTF-8 (a GBK terminal, a file in another encoding).
    NotUtf8,
    End,
}

pub fn read_line(input: &mut dyn BufRead) -> io::Result<Line> {
    let mut bytes = Vec::new();
    if input.read_until(b'\n', &mut bytes)? == 0 {
        return Ok(Line::End);
    }
    Ok(String::from_utf8(bytes).map_or(Line::NotUtf8, Line::Text))
}

/// Full-width digits and separators as their ASCII forms.
fn half_width(c: char) -> char {
    match c {
        '０'..='９' => char::from_digit(c as u32 - '０' as u32, 10).unwrap_or(c),
        '，' | '、' | '；' | ';' | '　' => ',',
        c => c,
    }
}

/// `2`, `1, 3`, `１，３` or `1、3` as zero-based positions, if every part is
/// a number from 1 to `options`.
pub fn numbers(line: &str, options: usize) -> Option<Vec<usize>> {
    let line: String = line.chars().map(half_width).collect();
    let parts: Vec<&str> = line
        .split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if parts.is_empty() {
        return None;
    }
    parts
        .iter()
        .map(|p| {
            p.parse::<usize>()
                .ok()
                .filter(|n| (1..=options).contains(n))
                .map(|n| n - 1)
        })
        .collect()
}

/// A single number from 1 to `options`, zero-based.
pub fn number(line: &str, options: usize) -> Option<usize> {
    match numbers(line, options)?.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbers_parse_in_either_script_and_out_of_range_is_rejected() {
        assert_eq!(numbers("2\n", 4), Some(vec![1]));
        assert_eq!(numbers("1，3", 4), Some(vec![0, 2]));
        assert_eq!(numbers("１", 4), Some(vec![0]));
        assert_eq!(numbers("２，３", 4), Some(vec![1, 2]));
        assert_eq!(numbers("１、３", 4), Some(vec![0, 2]));
        assert_eq!(numbers("１　４\n", 4), Some(vec![0, 3]));
        assert_eq!(numbers("5", 4), None);
        assert_eq!(numbers("５", 4), None);
        assert_eq!(numbers("x", 4), None);
        assert_eq!(numbers("\n", 4), None);
        assert_eq!(number("１２", 20), Some(11));
        assert_eq!(number("1,2", 20), None);
    }

    #[test]
    fn a_line_that_is_not_utf8_is_told_apart_from_the_end() {
        let mut input: &[u8] = b"1\n\xb6\xfe\n";
        assert_eq!(read_line(&mut input).unwrap(), Line::Text("1\n".into()));
        assert_eq!(read_line(&mut input).unwrap(), Line::NotUtf8);
        assert_eq!(read_line(&mut input).unwrap(), Line::End);
    }

    proptest! {
        /// Full-width input means what the same ASCII input means.
        #[test]
        fn full_width_digits_mean_their_ascii_digits(picks in prop::collection::vec(1usize..=9, 1..5), sep in "[,，、 　]") {
            let ascii = picks.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
            let wide: String = picks
                .iter()
                .map(|n| char::from_u32('０' as u32 + *n as u32).map(String::from).unwrap_or_default())
                .collect::<Vec<_>>()
                .join(&sep);
            prop_assert_eq!(numbers(&wide, 9), numbers(&ascii, 9));
            prop_assert!(numbers(&wide, 9).is_some());
        }

        /// Whatever is typed, the answer is in range or refused; never a panic.
        #[test]
        fn any_input_is_in_range_or_refused(line in "\\PC{0,20}", options in 1usize..7) {
            if let Some(picked) = numbers(&line, options) {
                prop_assert!(picked.iter().all(|p| *p < options));
            }
        }
    }
}

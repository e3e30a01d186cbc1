//! A content set's problems in the reader's language. The loader returns
//! them as data (`content::Problem`); each language words every kind in an
//! exhaustive match, so a kind without its sentence does not compile.

mod en;
mod zh;

use std::borrow::Cow;
use std::fmt;

use crate::content::sanitize::clean;
use crate::content::{Diagnostic, Locale, Missing, Problem};

/// The sentence for one problem, without its position. Sentences echo
/// what the file holds (a key, a tag, an id), and a quoted key can hold any
/// character: cleaned here, once, whoever prints it (`ready check`, the
/// kiosk's log, an editor's quickfix list).
pub fn problem(locale: Locale, problem: &Problem) -> String {
    let sentence = match locale {
        Locale::En => en::problem(problem),
        Locale::ZhHans => zh::problem(problem),
    };
    one_line(sentence)
}

/// Why a content set could not be opened at all, as one line.
pub fn missing(locale: Locale, missing: &Missing) -> String {
    let why = match locale {
        Locale::En => en::missing(missing),
        Locale::ZhHans => zh::missing(missing),
    };
    one_line(why)
}

fn one_line(text: String) -> String {
    match clean(&text, true) {
        Cow::Borrowed(_) => text,
        Cow::Owned(cleaned) => cleaned,
    }
}

impl Diagnostic {
    /// `FILE:LINE:COLUMN: sentence`, the form editors' quickfix lists read
    /// (an ASCII colon and space in every language, or they would not);
    /// only the sentence changes with the language.
    pub fn in_locale(&self, locale: Locale) -> String {
        let sentence = problem(locale, &self.problem);
        let file = clean(&self.file, true);
        format!("{file}:{}:{}: {sentence}", self.line, self.column)
    }

    /// The sentence alone, in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        problem(locale, &self.problem)
    }
}

/// English, for logs and tests.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_locale(Locale::En))
    }
}

/// The did-you-mean after a name the file does not know, if one is close.
fn hint(locale: Locale, meant: Option<&String>) -> String {
    meant.map_or_else(String::new, |m| super::messages::did_you_mean(locale, &[m.as_str()]))
}

/// English, for logs and tests.
impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&missing(Locale::En, self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Expected, RefKind, TomlType};

    fn both(p: Problem) -> (String, String) {
        (problem(Locale::En, &p), problem(Locale::ZhHans, &p))
    }

    #[test]
    fn a_wrong_type_names_both_kinds_in_each_language() {
        let (en, zh) = both(Problem::WrongType {
            key: "good".into(),
            expected: Expected::Boolean,
            found: TomlType::String,
        });
        assert_eq!(en, "`good` should be true or false, found string");
        assert_eq!(zh, "`good` 应当是 true 或 false，这里却是字符串");
    }

    #[test]
    fn chinese_keeps_ids_and_values_as_written_and_uses_full_width_marks() {
        let (en, zh) = both(Problem::UnknownRef {
            target: RefKind::ChecklistItem,
            id: "supplies/watr".into(),
            meant: Some("supplies/water".into()),
        });
        assert_eq!(
            en,
            "unknown checklist item (written as checklist/item) `supplies/watr`; did you mean `supplies/water`?"
        );
        assert_eq!(
            zh,
            "未知的清单物品 `supplies/watr`（写作“清单编号/物品编号”）；你要找的是不是 `supplies/water`？"
        );
        let (_, zh) = both(Problem::StepCounts {
            key: "during".into(),
            counts: vec![("en".into(), 3), ("zh-Hans".into(), 4)],
        });
        assert_eq!(
            zh,
            "`during` 各语言的步骤数不一样（en 3 条，zh-Hans 4 条）：每种语言都要给出同样的步骤"
        );
    }

    #[test]
    fn a_diagnostic_keeps_its_position_and_an_ascii_colon_in_chinese() {
        let d = Diagnostic {
            file: "points/fire.toml".into(),
            line: 3,
            column: 7,
            problem: Problem::NoSafeEnding,
        };
        assert!(d.in_locale(Locale::ZhHans).starts_with("points/fire.toml:3:7: 此演练"));
        assert_eq!(d.to_string(), d.in_locale(Locale::En));
    }

    /// Whatever a file held, and whatever its name, a diagnostic prints as
    /// one harmless line in every language.
    #[test]
    fn a_diagnostic_never_carries_a_control_character_from_the_file() {
        let d = Diagnostic {
            file: "points/\u{1b}]0;x\u{7}.toml".into(),
            line: 5,
            column: 17,
            problem: Problem::UnknownLanguage {
                key: "title".into(),
                tag: "\u{1b}[2J\u{202e}\u{9b}31m\nnext".into(),
                declared: vec!["en".into()],
            },
        };
        for locale in Locale::ALL {
            let line = d.in_locale(locale);
            assert!(
                !line
                    .chars()
                    .any(|c| crate::content::sanitize::is_forbidden(c) || c == '\n'),
                "{line:?}"
            );
            assert!(line.starts_with("points/"), "{line:?}");
            assert!(d.message(locale).contains("[2J"), "what is printable stays: {line:?}");
        }
    }
}

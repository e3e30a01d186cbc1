//! A content set's problems in English: the words `ready check` has always
//! printed, which editors' scripts and the tests match.

use crate::content::{Expected, Locale, Missing, Problem as P, RefKind, TomlType};

pub fn problem(p: &P) -> String {
    let hint = |meant: &Option<String>| super::hint(Locale::En, meant.as_ref());
    match p {
        P::MissingField { key } => format!("missing field `{key}`"),
        P::Empty { key } => format!("`{key}` is empty"),
        P::ControlChar { key, c } => format!("`{key}` contains the control character {}", char_name(*c)),
        P::BadId { key, value } => {
            format!("`{key}` = \"{value}\" is not a valid id (lowercase letters, digits and single hyphens)")
        }
        P::Negative { key } => format!("`{key}` must not be negative"),
        P::NotPositive { key } => format!("`{key}` must be a positive number"),
        P::WrongType { key, expected, found } => {
            format!(
                "`{key}` should be {}, found {}",
                expected_words(*expected),
                found_word(*found)
            )
        }
        P::NoEntries { key } => format!("`{key}` has no entries"),
        P::StepCounts { key, counts } => {
            let counts: Vec<String> = counts.iter().map(|(tag, n)| format!("{tag} {n}")).collect();
            format!(
                "`{key}` has a different number of steps per language ({}): each language must give the same steps",
                counts.join(", ")
            )
        }
        P::UnknownLanguage { key, tag, declared } => format!(
            "`{key}` has unknown language `{tag}` (the guide declares {})",
            declared.join(", ")
        ),
        P::MissingLanguage { key, tag } => format!("`{key}` is missing its {tag} text"),
        P::UnknownField { name, meant } => format!("unknown field `{name}`{}", hint(meant)),
        P::NoGuide => "missing: every content set needs a guide.toml".to_string(),
        P::NotUtf8 => "this file is not UTF-8 text (a binary file, or another encoding such as GBK); \
                       save it as UTF-8"
            .to_string(),
        P::Unreadable { why } => format!("cannot read this file: {why}"),
        P::TomlControl { c } => format!(
            "TOML syntax: the control character {} cannot be written in TOML text; delete it",
            char_name(*c)
        ),
        P::Toml { message } => format!("TOML syntax: {message}"),
        P::IdNotFileName { id, file_id } => format!("`id` = \"{id}\" must match the file name `{file_id}.toml`"),
        P::CategoryTwice { id } => format!("category id `{id}` is used twice"),
        P::HazardTwice { id } => format!("hazard id `{id}` is used twice"),
        P::PointListedTwice { id } => format!("point `{id}` is listed twice"),
        P::PointNoFile { id } => format!("point `{id}` has no file points/{id}.toml"),
        P::PointNotListed { id } => format!("point `{id}` is not listed in any category of guide.toml"),
        P::TooFewQuestions { count, min } => {
            format!("this point has {count} quiz questions; the guide asks for at least {min}")
        }
        P::ChecklistNoFile { id } => format!("checklist `{id}` has no file checklists/{id}.toml"),
        P::ChecklistNotListed { id } => format!("checklist `{id}` is not listed in `checklists` in guide.toml"),
        P::UnknownRef { target, id, meant } => {
            let what = match target {
                RefKind::Point => "point",
                RefKind::Hazard => "hazard class",
                RefKind::ChecklistItem => "checklist item (written as checklist/item)",
            };
            format!("unknown {what} `{id}`{}", hint(meant))
        }
        P::LanguageTwice { tag } => format!("language `{tag}` is listed twice"),
        P::UnsupportedLanguage { tag } => format!("unsupported language `{tag}` (supported: zh-Hans, en)"),
        P::NoLanguages => "`locales` must name at least one language".to_string(),
        P::EmptyCategory => "a category needs at least one point in `points`".to_string(),
        P::NotDialable { number } => format!("`number` = \"{number}\" must be digits only, so it can be dialled"),
        P::PointNoSource => "a point needs at least one source".to_string(),
        P::RelatedToItself => "a point cannot be related to itself".to_string(),
        P::ListedTwice { id, key } => format!("`{id}` is listed twice in `{key}`"),
        P::BadLevel { value } => format!("`level` = \"{value}\" must be blue, yellow, orange or red"),
        P::BadUrl { url } => format!("`url` = \"{url}\" is not a web address"),
        P::QuestionTwiceInPoint { id } => format!("question id `{id}` is used twice in this point"),
        P::BadKind { value } => format!("`kind` = \"{value}\" must be single, multiple or true-false"),
        P::TrueFalseOptions => "a true-false question has no `options`: its answer is true or false".to_string(),
        P::OptionCount { count } => format!("a question needs 2 to 6 options, this one has {count}"),
        P::SameOptions { first, second } => format!("options {first} and {second} are the same"),
        P::AnswerNotList => "`answer` should be a list of option indexes counted from 0, like [1]".to_string(),
        P::AnswerOutOfRange { n, options } => {
            format!("answer {n} is out of range: options are counted from 0 and there are {options}")
        }
        P::AnswerTwice { n } => format!("answer {n} is given twice"),
        P::NoAnswer => "`answer` names no option".to_string(),
        P::SingleManyAnswers => "a single-choice question has exactly one answer (use kind = \"multiple\")".to_string(),
        P::BadPeriod { text } => format!("`{text}` is not a period like \"6 months\" or \"1 year\""),
        P::PeriodOutOfRange { text } => format!("`{text}` should be between 1 day and 10 years"),
        P::ShelfLifeAndCheck => {
            "an item has `shelf_life` (it goes off) or `check_every` (it needs a look), not both".to_string()
        }
        P::EmptySection => "a section needs at least one item".to_string(),
        P::ItemTwice { id } => format!("item id `{id}` is used twice in this checklist"),
        P::OnlyWithPerPerson { key } => format!("`{key}` only makes sense with `per_person`"),
        P::PerPersonNeedsUnit => "`per_person` needs a `unit`, like { en = \"litres\", zh-Hans = \"升\" }".to_string(),
        P::ReadinessQuestionTwice { id } => format!("question id `{id}` is used twice"),
        P::NoZeroLevel => "one level must have `min_yes = 0`, so every household gets a level".to_string(),
        P::LevelTooHigh { id, min_yes, questions } => {
            format!("level {id} needs {min_yes} yes answers but there are only {questions} questions")
        }
        P::DrillNoSource => "a drill needs at least one source".to_string(),
        P::ChoiceCount { count } => format!("a step needs 2 to 4 choices, this one has {count}"),
        P::ChoiceTwice { id } => format!("choice id `{id}` is used twice in this step"),
        P::GoodNeedsSource => {
            "a good choice needs a `source`: the number of the [[sources]] entry it follows".to_string()
        }
        P::NoSuchSource { n, sources } => {
            format!("`source` = {n} names no source: they are counted from 1 and this drill has {sources}")
        }
        P::BadOutcome { value } => format!("`outcome` = \"{value}\" must be safe, hurt or worse"),
        P::TooManyLines { key, tag, lines } => {
            format!("`{key}.{tag}` has {lines} lines; keep it to 1 to 4 short lines")
        }
        P::NamesNoPoint { key } => format!("`{key}` names no point"),
        P::StepUnreachable { id } => format!("step `{id}` cannot be reached from `start`"),
        P::EndingUnreachable { id } => format!("ending `{id}` cannot be reached from `start`"),
        P::LoopsBack { id } => format!(
            "`next` = \"{id}\" leads back to an earlier step: a drill only moves forward, so every walk comes to an end"
        ),
        P::NoSafeEnding => {
            "no way through this drill ends `safe`: it must show at least one way to come through".to_string()
        }
        P::IdTaken { id, by_ending } => {
            let what = if *by_ending { "an ending" } else { "a step" };
            format!("`{id}` is already the id of {what}: step and ending ids must be unique in a drill")
        }
        P::StartIsEnding { id } => format!("`start` = \"{id}\" is an ending; it must name a step"),
        P::NoSuchStep { key, id, meant } => {
            format!(
                "`{key}` = \"{id}\" names no step or ending of this drill{}",
                hint(meant)
            )
        }
        P::KioskSettings { message } => message.clone(),
        P::UnknownSetting { name, known } => {
            let known: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
            format!("unknown field `{name}`, expected one of {}", known.join(", "))
        }
        P::KioskLanguage { tag } => format!("unknown language `{tag}`: use zh-Hans or en"),
        P::IdleRange { min, max } => format!("`idle` must be {min} to {max} seconds"),
        P::WarningRange { idle } => format!("`warning` must be 3 seconds or more, and less than `idle` ({idle})"),
        P::NoKioskLanguages => "`languages` needs at least one language".to_string(),
        P::StartNotOffered { tag } => format!("`start` = \"{tag}\" is not one of `languages`"),
        P::PinNotHash => "`pin` must be a hash made by `ready kiosk --hash-pin`, never the PIN itself".to_string(),
        P::EmptySpeech { tag } => format!("the speech command for {tag} is empty"),
    }
}

pub fn missing(m: &Missing) -> String {
    match m {
        Missing::IsFile(dir) => format!("`{dir}` is a file; give the content directory that holds guide.toml"),
        Missing::NoDirectory(dir) => format!("content directory `{dir}` does not exist"),
        Missing::NoGuideToml(dir) => format!("`{dir}` is not a content set: it has no guide.toml"),
        Missing::Damaged(why) => format!("the built-in guide is damaged: {why}"),
    }
}

fn expected_words(e: Expected) -> &'static str {
    match e {
        Expected::String => "a string",
        Expected::WholeNumber => "a whole number",
        Expected::Number => "a number",
        Expected::Boolean => "true or false",
        Expected::Date => "a date like 2026-11-24",
        Expected::Array => "an array",
        Expected::Table => "a table",
        Expected::PerLanguage => "a table with one entry per language, like { en = \"…\", zh-Hans = \"…\" }",
    }
}

/// TOML's own names for its kinds of value.
fn found_word(t: TomlType) -> &'static str {
    match t {
        TomlType::String => "string",
        TomlType::Integer => "integer",
        TomlType::Float => "float",
        TomlType::Boolean => "boolean",
        TomlType::Datetime => "datetime",
        TomlType::Array => "array",
        TomlType::Table => "table",
    }
}

/// `U+001B (ESC, starts a terminal escape sequence)`: the code point an
/// editor can search for, and a name where the character has a well-known one.
fn char_name(c: char) -> String {
    let name = match c {
        '\u{1B}' => " (ESC, starts a terminal escape sequence)",
        '\t' => " (tab)",
        '\r' => " (carriage return)",
        '\u{7F}' => " (DEL)",
        '\u{9B}' => " (CSI)",
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => " (bidi override)",
        _ => "",
    };
    format!("U+{:04X}{name}", c as u32)
}

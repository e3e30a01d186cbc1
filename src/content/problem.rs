//! What can be wrong in a content set, as data: the loader says which rule a
//! file broke and with what values, and `i18n::content` words it in the
//! reader's language. Field names, ids and values are kept as written, since
//! the editor searches the file for them.

use serde::{Deserialize, Serialize};

/// One broken rule. `key` is the field as written, dotted for a language
/// (`title.en`); `id` and `value` are the text found in the file.
// One rule a line reads as the list of rules it is; rustfmt would spread
// each over four lines.
#[rustfmt::skip]
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Problem {
    // Reading one field.
    MissingField { key: String },
    Empty { key: String },
    /// A forbidden character, or a newline in a one-line text.
    ControlChar { key: String, c: char },
    BadId { key: String, value: String },
    Negative { key: String },
    NotPositive { key: String },
    WrongType { key: String, expected: Expected, found: TomlType },
    NoEntries { key: String },
    /// Steps per language differ: each language's tag and count.
    StepCounts { key: String, counts: Vec<(String, usize)> },
    UnknownLanguage { key: String, tag: String, declared: Vec<String> },
    MissingLanguage { key: String, tag: String },
    UnknownField { name: String, meant: Option<String> },

    // A file as a whole.
    NoGuide,
    NotUtf8,
    /// The system's reason, as it gave it.
    Unreadable { why: String },
    /// A raw control character the TOML parser stopped at.
    TomlControl { c: char },
    /// Any other syntax error, in the TOML parser's own (English) words.
    Toml { message: String },
    IdNotFileName { id: String, file_id: String },

    // The set as a whole.
    CategoryTwice { id: String },
    HazardTwice { id: String },
    PointListedTwice { id: String },
    PointNoFile { id: String },
    PointNotListed { id: String },
    TooFewQuestions { count: usize, min: usize },
    ChecklistNoFile { id: String },
    ChecklistNotListed { id: String },
    UnknownRef { target: RefKind, id: String, meant: Option<String> },

    // guide.toml.
    LanguageTwice { tag: String },
    UnsupportedLanguage { tag: String },
    NoLanguages,
    EmptyCategory,
    NotDialable { number: String },

    // Points and their quizzes.
    PointNoSource,
    RelatedToItself,
    ListedTwice { id: String, key: String },
    BadLevel { value: String },
    BadUrl { url: String },
    QuestionTwiceInPoint { id: String },
    BadKind { value: String },
    TrueFalseOptions,
    OptionCount { count: usize },
    SameOptions { first: usize, second: usize },
    AnswerNotList,
    AnswerOutOfRange { n: usize, options: usize },
    AnswerTwice { n: usize },
    NoAnswer,
    SingleManyAnswers,

    // Checklists.
    BadPeriod { text: String },
    PeriodOutOfRange { text: String },
    ShelfLifeAndCheck,
    EmptySection,
    ItemTwice { id: String },
    OnlyWithPerPerson { key: String },
    PerPersonNeedsUnit,

    // The readiness check.
    ReadinessQuestionTwice { id: String },
    NoZeroLevel,
    LevelTooHigh { id: String, min_yes: usize, questions: usize },

    // Drills.
    DrillNoSource,
    ChoiceCount { count: usize },
    ChoiceTwice { id: String },
    GoodNeedsSource,
    NoSuchSource { n: usize, sources: usize },
    BadOutcome { value: String },
    TooManyLines { key: String, tag: String, lines: usize },
    NamesNoPoint { key: String },
    StepUnreachable { id: String },
    EndingUnreachable { id: String },
    LoopsBack { id: String },
    NoSafeEnding,
    IdTaken { id: String, by_ending: bool },
    StartIsEnding { id: String },
    NoSuchStep { key: String, id: String, meant: Option<String> },

    // The kiosk's settings file (read with the same diagnostics).
    /// What the settings reader (serde) said, in its own English words.
    KioskSettings { message: String },
    /// A setting nobody knows, with none close enough to suggest: the
    /// settings there are.
    UnknownSetting { name: String, known: Vec<String> },
    KioskLanguage { tag: String },
    IdleRange { min: u64, max: u64 },
    WarningRange { idle: u64 },
    NoKioskLanguages,
    StartNotOffered { tag: String },
    PinNotHash,
    EmptySpeech { tag: String },
}

/// What a field should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Expected {
    String,
    WholeNumber,
    Number,
    Boolean,
    Date,
    Array,
    Table,
    PerLanguage,
}

/// What a field held instead: TOML's kinds of value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TomlType {
    String,
    Integer,
    Float,
    Boolean,
    Datetime,
    Array,
    Table,
}

impl TomlType {
    pub fn of(value: &toml::de::DeValue<'_>) -> TomlType {
        use toml::de::DeValue;
        match value {
            DeValue::String(_) => TomlType::String,
            DeValue::Integer(_) => TomlType::Integer,
            DeValue::Float(_) => TomlType::Float,
            DeValue::Boolean(_) => TomlType::Boolean,
            DeValue::Datetime(_) => TomlType::Datetime,
            DeValue::Array(_) => TomlType::Array,
            DeValue::Table(_) => TomlType::Table,
        }
    }
}

/// What a broken cross-file reference was meant to name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RefKind {
    Point,
    Hazard,
    ChecklistItem,
}

/// Why a content set could not be opened at all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Missing {
    /// The path given is a file, not a directory.
    IsFile(String),
    NoDirectory(String),
    NoGuideToml(String),
    /// The guide compiled into the binary does not decode (the decoder's words).
    Damaged(String),
}

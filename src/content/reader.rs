//! Reading TOML tables field by field, collecting every problem with its
//! position instead of stopping at the first, as serde would.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeValue};

use super::borrowed::Str;
use super::diagnostic::{Diagnostic, SourceFile};
use super::locale::Locale;
use super::problem::{Expected, Problem, TomlType};
use super::sanitize;

pub type Value<'i> = Spanned<DeValue<'i>>;

/// The file being read and what has gone wrong in it so far.
pub struct Ctx<'a> {
    pub file: SourceFile<'a>,
    pub locales: &'a [Locale],
    pub diagnostics: Vec<Diagnostic>,
}

pub use super::fields::Fields;

impl<'a> Ctx<'a> {
    pub fn new(name: &'a str, text: &'a str, locales: &'a [Locale]) -> Self {
        Ctx {
            file: SourceFile { name, text },
            locales,
            diagnostics: Vec::new(),
        }
    }

    pub fn error(&mut self, span: &Range<usize>, problem: Problem) {
        let diagnostic = self.file.at(span.start, problem);
        self.diagnostics.push(diagnostic);
    }

    /// A required field: its absence is an error at the table's position.
    pub fn required<'t, 'i>(&mut self, fields: &mut Fields<'t, 'i>, key: &str) -> Option<&'t Value<'i>> {
        let value = fields.get(key);
        if value.is_none() {
            self.error(&fields.span, Problem::MissingField { key: key.to_string() });
            if let (Some(d), Some(absent)) = (self.diagnostics.last(), fields.absent.last_mut()) {
                absent.1 = Some(d.clone());
            }
        }
        value
    }

    pub fn string(&mut self, value: &Value<'_>, key: &str, multiline: bool) -> Option<Str> {
        let Some(s) = value.get_ref().as_str() else {
            self.wrong_type(value, key, Expected::String);
            return None;
        };
        self.check_string(value, key, s, multiline)
    }

    fn check_string(&mut self, value: &Value<'_>, key: &str, s: &str, multiline: bool) -> Option<Str> {
        if s.trim().is_empty() {
            self.error(&value.span(), Problem::Empty { key: key.to_string() });
            return None;
        }
        let bad = sanitize::find_forbidden(s).or_else(|| {
            (!multiline)
                .then(|| s.char_indices().find(|&(_, c)| c == '\n'))
                .flatten()
        });
        if let Some((_, c)) = bad {
            let offset = self.offset_of_char(&value.span(), c);
            self.error(
                &(offset..offset),
                Problem::ControlChar {
                    key: key.to_string(),
                    c,
                },
            );
            return None;
        }
        Some(s.into())
    }

    /// Where a bad character stands in the file: written literally, or as
    /// one of TOML's escapes for it (`\u001b`, `\U0000001B`, `\e`, `\t`);
    /// failing that, the start of the string.
    fn offset_of_char(&self, span: &Range<usize>, c: char) -> usize {
        let raw = self.file.text.get(span.clone()).unwrap_or("");
        let lower = raw.to_ascii_lowercase();
        let mut escapes = vec![format!("\\u{:04x}", c as u32), format!("\\u{:08x}", c as u32)];
        escapes.extend(
            match c {
                '\u{1B}' => Some("\\e"),
                '\t' => Some("\\t"),
                '\r' => Some("\\r"),
                '\u{8}' => Some("\\b"),
                '\u{C}' => Some("\\f"),
                _ => None,
            }
            .map(str::to_string),
        );
        raw.find(c)
            .or_else(|| escapes.iter().filter_map(|e| lower.find(e.as_str())).min())
            .map_or(span.start, |i| span.start + i)
    }

    /// A lowercase kebab-case id, as used in file names and deep links.
    pub fn id(&mut self, value: &Value<'_>, key: &str) -> Option<Str> {
        let s = self.string(value, key, false)?;
        let valid = s
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
        if !valid {
            let (key, value_text) = (key.to_string(), s.to_string());
            self.error(&value.span(), Problem::BadId { key, value: value_text });
            return None;
        }
        Some(s)
    }

    pub fn ids(&mut self, value: &Value<'_>, key: &str) -> Vec<Spanned<Str>> {
        let Some(array) = self.array(value, key) else {
            return Vec::new();
        };
        array
            .iter()
            .filter_map(|item| self.id(item, key).map(|id| Spanned::new(item.span(), id)))
            .collect()
    }

    pub fn integer(&mut self, value: &Value<'_>, key: &str) -> Option<i64> {
        let parsed = value
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok());
        if parsed.is_none() {
            self.wrong_type(value, key, Expected::WholeNumber);
        }
        parsed
    }

    pub fn count(&mut self, value: &Value<'_>, key: &str) -> Option<usize> {
        let n = self.integer(value, key)?;
        let count = usize::try_from(n).ok();
        if count.is_none() {
            self.error(&value.span(), Problem::Negative { key: key.to_string() });
        }
        count
    }

    pub fn number(&mut self, value: &Value<'_>, key: &str) -> Option<f64> {
        let v = value.get_ref();
        let parsed = match v {
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
            DeValue::Integer(_) => self.integer(value, key).map(|i| i as f64),
            _ => None,
        };
        match parsed {
            Some(n) if n.is_finite() && n > 0.0 => Some(n),
            Some(_) => {
                self.error(&value.span(), Problem::NotPositive { key: key.to_string() });
                None
            }
            None => {
                self.wrong_type(value, key, Expected::Number);
                None
            }
        }
    }

    pub fn boolean(&mut self, value: &Value<'_>, key: &str) -> Option<bool> {
        let b = value.get_ref().as_bool();
        if b.is_none() {
            self.wrong_type(value, key, Expected::Boolean);
        }
        b
    }

    /// A date without a time, like `2026-11-24`.
    pub fn date(&mut self, value: &Value<'_>, key: &str) -> Option<Str> {
        match value.get_ref().as_datetime() {
            Some(dt) if dt.date.is_some() && dt.time.is_none() => Some(dt.to_string().into()),
            _ => {
                self.wrong_type(value, key, Expected::Date);
                None
            }
        }
    }

    pub fn array<'t, 'i>(&mut self, value: &'t Value<'i>, key: &str) -> Option<&'t DeArray<'i>> {
        let array = value.get_ref().as_array();
        if array.is_none() {
            self.wrong_type(value, key, Expected::Array);
        }
        array
    }

    pub fn table<'t, 'i>(&mut self, value: &'t Value<'i>, key: &str) -> Option<Fields<'t, 'i>> {
        match value.get_ref().as_table() {
            Some(table) => Some(Fields::new(table, value.span())),
            None => {
                self.wrong_type(value, key, Expected::Table);
                None
            }
        }
    }

    /// An array of tables (`[[key]]`), each handed to `read`.
    pub fn tables<T>(
        &mut self,
        value: &Value<'_>,
        key: &str,
        mut read: impl FnMut(&mut Self, &mut Fields<'_, '_>) -> Option<T>,
    ) -> Vec<T> {
        let Some(array) = self.array(value, key) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in array.iter() {
            if let Some(mut fields) = self.table(item, key) {
                if let Some(t) = read(self, &mut fields) {
                    out.push(t);
                }
                fields.finish(self);
            }
        }
        out
    }

    pub(super) fn wrong_type(&mut self, value: &Value<'_>, key: &str, expected: Expected) {
        let found = TomlType::of(value.get_ref());
        let key = key.to_string();
        self.error(&value.span(), Problem::WrongType { key, expected, found });
    }
}

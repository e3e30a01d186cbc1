//! Reading TOML tables field by field, collecting every problem with its
//! position instead of stopping at the first, as serde would.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use super::diagnostic::{Diagnostic, SourceFile};
use super::locale::{Locale, Localized, PerLocale, Steps, Text};
use super::problem::{Expected, Problem, TomlType};
use super::sanitize;

pub type Value<'i> = Spanned<DeValue<'i>>;

/// The file being read and what has gone wrong in it so far.
pub struct Ctx<'a> {
    pub file: SourceFile<'a>,
    pub locales: &'a [Locale],
    pub diagnostics: Vec<Diagnostic>,
}

/// The fields of one table; keys nobody asked for are reported as unknown.
pub struct Fields<'t, 'i> {
    table: &'t DeTable<'i>,
    span: Range<usize>,
    used: Vec<&'t str>,
    /// Keys asked for but absent, and the "missing field" reported for the
    /// required ones: a misspelt key (`titel`) is then one diagnostic with
    /// a did-you-mean, not a missing `title` as well.
    absent: Vec<(String, Option<Diagnostic>)>,
}

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

    pub fn string(&mut self, value: &Value<'_>, key: &str, multiline: bool) -> Option<String> {
        let Some(s) = value.get_ref().as_str() else {
            self.wrong_type(value, key, Expected::String);
            return None;
        };
        self.check_string(value, key, s, multiline)
    }

    fn check_string(&mut self, value: &Value<'_>, key: &str, s: &str, multiline: bool) -> Option<String> {
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
        Some(s.to_string())
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
    pub fn id(&mut self, value: &Value<'_>, key: &str) -> Option<String> {
        let s = self.string(value, key, false)?;
        let valid = s
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
        if !valid {
            let (key, value_text) = (key.to_string(), s);
            self.error(&value.span(), Problem::BadId { key, value: value_text });
            return None;
        }
        Some(s)
    }

    pub fn ids(&mut self, value: &Value<'_>, key: &str) -> Vec<Spanned<String>> {
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
    pub fn date(&mut self, value: &Value<'_>, key: &str) -> Option<String> {
        match value.get_ref().as_datetime() {
            Some(dt) if dt.date.is_some() && dt.time.is_none() => Some(dt.to_string()),
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

    /// A text in every declared language: `{ en = "…", zh-Hans = "…" }`.
    pub fn text(&mut self, value: &Value<'_>, key: &str, multiline: bool) -> Option<Text> {
        self.per_locale(value, key, |ctx, v, k| ctx.string(v, k, multiline))
    }

    /// A list of strings in every declared language. Steps must come in the
    /// same number in each language, since they are meant to say the same.
    pub fn steps(&mut self, value: &Value<'_>, key: &str, same_count: bool) -> Option<Steps> {
        let steps = self.per_locale(value, key, |ctx, v, k| {
            let array = ctx.array(v, k)?;
            if array.is_empty() {
                ctx.error(&v.span(), Problem::NoEntries { key: k.to_string() });
                return None;
            }
            let items: Vec<_> = array.iter().map(|item| ctx.string(item, k, false)).collect();
            items.into_iter().collect::<Option<Vec<_>>>()
        })?;
        if same_count
            && steps
                .0
                .values()
                .map(Vec::len)
                .collect::<std::collections::BTreeSet<_>>()
                .len()
                > 1
        {
            let counts = steps.0.iter().map(|(l, s)| (l.tag().to_string(), s.len())).collect();
            self.error(
                &value.span(),
                Problem::StepCounts {
                    key: key.to_string(),
                    counts,
                },
            );
            return None;
        }
        Some(steps)
    }

    fn per_locale<T>(
        &mut self,
        value: &Value<'_>,
        key: &str,
        mut read: impl FnMut(&mut Self, &Value<'_>, &str) -> Option<T>,
    ) -> Option<Localized<T>> {
        let Some(table) = value.get_ref().as_table() else {
            self.wrong_type(value, key, Expected::PerLanguage);
            return None;
        };
        let mut out = PerLocale::default();
        let mut ok = true;
        for (k, v) in table.iter() {
            let tag = k.get_ref().as_ref();
            match tag.parse::<Locale>() {
                // A supported language the guide does not declare is left
                // unread: a single-language edition made from the shipped
                // guide must not get an error for every text it kept.
                Ok(locale) if locale.tag() == tag && !self.locales.contains(&locale) => {}
                Ok(locale) if locale.tag() == tag => match read(self, v, &format!("{key}.{tag}")) {
                    Some(t) => {
                        out.insert(locale, t);
                    }
                    None => ok = false,
                },
                _ => {
                    let declared = self.locales.iter().map(|l| l.tag().to_string()).collect();
                    let (key, tag) = (key.to_string(), tag.to_string());
                    self.error(&k.span(), Problem::UnknownLanguage { key, tag, declared });
                    ok = false;
                }
            }
        }
        for locale in self.locales {
            if !out.contains_key(locale) && ok {
                let (key, tag) = (key.to_string(), locale.tag().to_string());
                self.error(&value.span(), Problem::MissingLanguage { key, tag });
                ok = false;
            }
        }
        ok.then_some(Localized(out))
    }

    fn wrong_type(&mut self, value: &Value<'_>, key: &str, expected: Expected) {
        let found = TomlType::of(value.get_ref());
        let key = key.to_string();
        self.error(&value.span(), Problem::WrongType { key, expected, found });
    }
}

impl<'t, 'i> Fields<'t, 'i> {
    pub fn new(table: &'t DeTable<'i>, span: Range<usize>) -> Self {
        Fields {
            table,
            span,
            used: Vec::new(),
            absent: Vec::new(),
        }
    }

    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// Where an array field is and how many entries it has, valid or not.
    pub fn array_len(&self, key: &str) -> (Range<usize>, usize) {
        match self.table.iter().find(|(k, _)| k.get_ref().as_ref() == key) {
            Some((_, v)) => (v.span(), v.get_ref().as_array().map_or(0, |a| a.len())),
            None => (self.span.clone(), 0),
        }
    }

    pub fn get(&mut self, key: &str) -> Option<&'t Value<'i>> {
        let Some((k, v)) = self.table.iter().find(|(k, _)| k.get_ref().as_ref() == key) else {
            self.absent.push((key.to_string(), None));
            return None;
        };
        self.used.push(k.get_ref().as_ref());
        Some(v)
    }

    /// Reports every key that no reader asked for: a misspelt field must not
    /// be silently ignored, or its text would never be shown. The closest
    /// field it could have meant is suggested, absent ones first.
    pub fn finish(mut self, ctx: &mut Ctx<'_>) {
        for (k, _) in self.table.iter() {
            let name = k.get_ref().as_ref();
            if self.used.contains(&name) {
                continue;
            }
            let absent = self.absent.iter().map(|(key, _)| key.as_str());
            let near = crate::suggest::nearest(name, absent, 1)
                .first()
                .map(|s| (*s).to_string())
                .or_else(|| {
                    crate::suggest::nearest(name, self.used.iter().copied(), 1)
                        .first()
                        .map(|s| (*s).to_string())
                });
            if let Some(meant) = &near
                && let Some(i) = self.absent.iter().position(|(key, _)| key == meant)
                && let (_, Some(missing)) = self.absent.remove(i)
                && let Some(j) = ctx.diagnostics.iter().rposition(|d| *d == missing)
            {
                ctx.diagnostics.remove(j);
            }
            let name = sanitize::clean(name, true).into_owned();
            ctx.error(&k.span(), Problem::UnknownField { name, meant: near });
        }
    }
}

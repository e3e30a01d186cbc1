//! The fields of one TOML table as a file is read: which were asked for,
//! which were missing, and which nobody asked for (misspelt, or unknown).

use std::ops::Range;

use toml::de::DeTable;

use super::diagnostic::Diagnostic;
use super::problem::Problem;
use super::reader::{Ctx, Value};
use super::sanitize;

/// The fields of one table; keys nobody asked for are reported as unknown.
pub struct Fields<'t, 'i> {
    pub(super) table: &'t DeTable<'i>,
    pub(super) span: Range<usize>,
    pub(super) used: Vec<&'t str>,
    /// Keys asked for but absent, and the "missing field" reported for the
    /// required ones: a misspelt key (`titel`) is then one diagnostic with
    /// a did-you-mean, not a missing `title` as well.
    pub(super) absent: Vec<(String, Option<Diagnostic>)>,
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

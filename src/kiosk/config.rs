//! The kiosk's settings: a small TOML file the operator writes once per
//! site, checked like content so a typo is reported as FILE:LINE:COLUMN
//! before a kiosk ever starts with it.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;

use serde::Deserialize;
use toml::Spanned;

use super::pin;
use crate::content::Locale;
use crate::content::{Diagnostic, Problem, SourceFile};

/// Shorter than this and a visitor reading a point is interrupted.
pub const MIN_IDLE: u64 = 20;
pub const MAX_IDLE: u64 = 3600;

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Seconds without a key, click or touch before the countdown shows.
    pub idle: u64,
    /// Seconds the "Are you still there?" countdown lasts.
    pub warning: u64,
    /// Languages offered, in the order shown; the first is the default.
    pub languages: Vec<Locale>,
    pub start: Locale,
    /// The operator's exit PIN as an Argon2 hash; no PIN: no way out but a signal.
    pub pin: Option<String>,
    pub stats: Option<PathBuf>,
    /// A speech command per language, as program and arguments.
    pub speak: BTreeMap<Locale, Vec<String>>,
    pub content: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            idle: 90,
            warning: 15,
            languages: Locale::ALL.to_vec(),
            start: Locale::ZhHans,
            pin: None,
            stats: None,
            speak: BTreeMap::new(),
            content: None,
        }
    }
}

impl Config {
    /// The languages offered, the start language first: the order every
    /// screen shows them in.
    pub fn ordered(&self) -> Vec<Locale> {
        let mut out = vec![self.start];
        out.extend(self.languages.iter().filter(|&&l| l != self.start));
        out
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    idle: Option<Spanned<u64>>,
    warning: Option<Spanned<u64>>,
    languages: Option<Spanned<Vec<Spanned<String>>>>,
    start: Option<Spanned<String>>,
    pin: Option<Spanned<String>>,
    stats: Option<PathBuf>,
    content: Option<PathBuf>,
    speak: Option<BTreeMap<Spanned<String>, Spanned<String>>>,
}

/// Reads a config file's text; `name` is how diagnostics call the file.
pub fn parse(name: &str, text: &str) -> Result<Config, Vec<Diagnostic>> {
    let file = SourceFile { name, text };
    let raw: Raw = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        vec![file.at(at, settings_problem(e.message().trim_end()))]
    })?;
    let mut errors = Vec::new();
    let mut error = |span: Range<usize>, problem: Problem| errors.push(file.at(span.start, problem));
    let mut config = Config::default();
    let locale = |s: &Spanned<String>, error: &mut dyn FnMut(Range<usize>, Problem)| {
        let parsed = s.get_ref().parse::<Locale>().ok();
        if parsed.is_none() {
            error(
                s.span(),
                Problem::KioskLanguage {
                    tag: s.get_ref().clone(),
                },
            );
        }
        parsed
    };
    if let Some(idle) = raw.idle {
        if (MIN_IDLE..=MAX_IDLE).contains(idle.get_ref()) {
            config.idle = *idle.get_ref();
        } else {
            let (min, max) = (MIN_IDLE, MAX_IDLE);
            error(idle.span(), Problem::IdleRange { min, max });
        }
    }
    if let Some(warning) = raw.warning {
        if (3..config.idle).contains(warning.get_ref()) {
            config.warning = *warning.get_ref();
        } else {
            error(warning.span(), Problem::WarningRange { idle: config.idle });
        }
    }
    if let Some(list) = raw.languages {
        let span = list.span();
        let locales: Vec<Locale> = list.into_inner().iter().filter_map(|l| locale(l, &mut error)).collect();
        match locales.as_slice() {
            [] => error(span, Problem::NoKioskLanguages),
            _ => {
                config.languages = locales;
                config.languages.dedup();
            }
        }
    }
    config.start = config.languages.first().copied().unwrap_or(Locale::ZhHans);
    if let Some(start) = raw.start
        && let Some(l) = locale(&start, &mut error)
    {
        if config.languages.contains(&l) {
            config.start = l;
        } else {
            error(
                start.span(),
                Problem::StartNotOffered {
                    tag: l.tag().to_string(),
                },
            );
        }
    }
    if let Some(p) = raw.pin {
        if pin::is_hash(p.get_ref()) {
            config.pin = Some(p.into_inner());
        } else {
            error(p.span(), Problem::PinNotHash);
        }
    }
    for (lang, command) in raw.speak.unwrap_or_default() {
        let Some(l) = locale(&lang, &mut error) else { continue };
        let words: Vec<String> = command.get_ref().split_whitespace().map(str::to_string).collect();
        if words.is_empty() {
            error(
                command.span(),
                Problem::EmptySpeech {
                    tag: l.tag().to_string(),
                },
            );
        } else {
            config.speak.insert(l, words);
        }
    }
    config.stats = raw.stats;
    config.content = raw.content;
    if errors.is_empty() { Ok(config) } else { Err(errors) }
}

/// serde's words for a misspelt setting ("unknown field `idel`, expected
/// one of `idle`, …") become the same unknown-field diagnostic, with a
/// did-you-mean, that content files give, or the list of settings when none
/// is close; anything else is quoted as it is.
fn settings_problem(message: &str) -> Problem {
    let unknown = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split_once('`'))
        .map(|(name, known)| (name, known.split('`').skip(1).step_by(2).collect::<Vec<_>>()));
    match unknown {
        Some((name, known)) => {
            let meant = crate::suggest::nearest(name, known.iter().copied(), 1)
                .first()
                .map(|s| (*s).to_string());
            let name = crate::content::sanitize::clean(name, true).into_owned();
            match meant {
                Some(meant) => Problem::UnknownField {
                    name,
                    meant: Some(meant),
                },
                None => Problem::UnknownSetting {
                    name,
                    known: known.into_iter().map(str::to_string).collect(),
                },
            }
        }
        None => Problem::KioskSettings {
            message: message.to_string(),
        },
    }
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;

//! The languages a guide can be written in, and texts given once per language.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language the guide and the interface support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "en")]
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::ZhHans, Locale::En];

    /// The tag used in content files and on the command line.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::ZhHans => "zh-Hans",
            Locale::En => "en",
        }
    }

    /// The language a `LANG`-style value asks for: `zh*` is Chinese, anything
    /// else English, because English is the safer fallback for a stranger.
    pub fn from_env_value(value: &str) -> Locale {
        if value.to_ascii_lowercase().starts_with("zh") {
            Locale::ZhHans
        } else {
            Locale::En
        }
    }

    /// The other language, for the one-key toggle.
    pub fn other(self) -> Locale {
        match self {
            Locale::ZhHans => Locale::En,
            Locale::En => Locale::ZhHans,
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Locale {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // Any Chinese tag (zh-TW, zh-HK, zh-Hant, zh_SG) reads the Chinese
        // guide, as `LANG=zh_TW` already does: simplified text is far more
        // use to a reader of traditional characters than English is.
        let tag = s.to_ascii_lowercase();
        let language = tag.split(['-', '_']).next().unwrap_or("");
        match language {
            "zh" | "cn" => Ok(Locale::ZhHans),
            "en" => Ok(Locale::En),
            _ => Err(format!("unknown language `{s}` (use en or zh-Hans)")),
        }
    }
}

/// One value per language: a title, a list of steps, a list of keywords.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Localized<T>(pub BTreeMap<Locale, T>);

/// A string in every language of the guide.
pub type Text = Localized<String>;
/// Steps (or keywords) in every language of the guide.
pub type Steps = Localized<Vec<String>>;

impl<T> Localized<T> {
    /// The value in `locale`, or in another language the set was written in:
    /// a guide that declares only Chinese still shows something in English mode.
    pub fn get(&self, locale: Locale) -> Option<&T> {
        self.0.get(&locale).or_else(|| self.0.values().next())
    }

    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.0.values()
    }
}

impl Localized<String> {
    pub fn text(&self, locale: Locale) -> &str {
        self.get(locale).map_or("", String::as_str)
    }

    /// A text built in code (true/false options, tests).
    pub fn from_pairs(pairs: &[(Locale, &str)]) -> Text {
        Localized(pairs.iter().map(|(l, s)| (*l, (*s).to_string())).collect())
    }
}

impl Localized<Vec<String>> {
    pub fn list(&self, locale: Locale) -> &[String] {
        self.get(locale).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chinese_tag_reads_the_chinese_guide() {
        for tag in [
            "zh",
            "zh-Hans",
            "zh-CN",
            "zh-TW",
            "zh-HK",
            "zh-Hant",
            "zh_TW",
            "ZH-hant-tw",
        ] {
            assert_eq!(tag.parse::<Locale>(), Ok(Locale::ZhHans), "{tag}");
        }
        for tag in ["en", "en-US", "en_GB", "en-AU"] {
            assert_eq!(tag.parse::<Locale>(), Ok(Locale::En), "{tag}");
        }
        for tag in ["fr", "zhx", "", "english"] {
            assert!(tag.parse::<Locale>().is_err(), "{tag}");
        }
    }
}

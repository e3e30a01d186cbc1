//! The languages a guide can be written in, and texts given once per language.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::borrowed::Str;
use super::list::List;

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
pub struct Localized<T>(pub PerLocale<T>);

/// A value for each language that has one, in a slot of its own: a guide
/// holds a few dozen texts per point, and at 10,000 points a map's
/// allocated nodes for two entries came to more memory than the text.
/// Reads like the map it replaces (`get`, `insert`, iteration in
/// `Locale::ALL` order) and is written as one in JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PerLocale<T>([Option<T>; 2]);

/// `Locale::ALL` as a place to borrow from: slot `i` holds `ORDER[i]`.
static ORDER: [Locale; 2] = Locale::ALL;

impl<T> Default for PerLocale<T> {
    fn default() -> Self {
        PerLocale([None, None])
    }
}

impl<T> PerLocale<T> {
    /// Slots in `Locale::ALL` order; for the guide compiled in by build.rs.
    pub const fn from_slots(slots: [Option<T>; 2]) -> Self {
        PerLocale(slots)
    }

    fn slot(locale: Locale) -> usize {
        match locale {
            Locale::ZhHans => 0,
            Locale::En => 1,
        }
    }

    pub fn get(&self, locale: &Locale) -> Option<&T> {
        self.0[Self::slot(*locale)].as_ref()
    }

    pub fn insert(&mut self, locale: Locale, value: T) -> Option<T> {
        self.0[Self::slot(locale)].replace(value)
    }

    pub fn contains_key(&self, locale: &Locale) -> bool {
        self.get(locale).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Locale, &T)> {
        ORDER
            .iter()
            .zip(&self.0)
            .filter_map(|(l, v)| v.as_ref().map(|v| (l, v)))
    }

    pub fn keys(&self) -> impl Iterator<Item = &Locale> {
        self.iter().map(|(l, _)| l)
    }

    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.0.iter().flatten()
    }

    pub fn len(&self) -> usize {
        self.values().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<T> FromIterator<(Locale, T)> for PerLocale<T> {
    fn from_iter<I: IntoIterator<Item = (Locale, T)>>(iter: I) -> Self {
        let mut out = PerLocale::default();
        for (locale, value) in iter {
            out.insert(locale, value);
        }
        out
    }
}

impl<'a, T> IntoIterator for &'a PerLocale<T> {
    type Item = (&'a Locale, &'a T);
    type IntoIter = Box<dyn Iterator<Item = (&'a Locale, &'a T)> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl<T: Serialize> Serialize for PerLocale<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for PerLocale<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Entries<T> {
            type Value = PerLocale<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a text per language")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = PerLocale::default();
                while let Some((locale, value)) = map.next_entry::<Locale, T>()? {
                    out.insert(locale, value);
                }
                Ok(out)
            }
        }
        deserializer.deserialize_map(Entries(std::marker::PhantomData))
    }
}

/// A string in every language of the guide.
pub type Text = Localized<Str>;
/// Steps (or keywords) in every language of the guide.
pub type Steps = Localized<List<Str>>;

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

impl Localized<Str> {
    pub fn text(&self, locale: Locale) -> &str {
        self.get(locale).map_or("", Str::as_str)
    }

    /// A text built in code (true/false options, tests).
    pub fn from_pairs(pairs: &[(Locale, &str)]) -> Text {
        Localized(pairs.iter().map(|(l, s)| (*l, Str::from(*s))).collect())
    }
}

impl Localized<List<Str>> {
    pub fn list(&self, locale: Locale) -> &[Str] {
        self.get(locale).map_or(&[], |list| list)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_written_and_read_as_a_map_in_the_same_order() {
        let text = Text::from_pairs(&[(Locale::En, "Fire"), (Locale::ZhHans, "火灾")]);
        let json = serde_json::to_string(&text).unwrap();
        assert_eq!(json, r#"{"zh-Hans":"火灾","en":"Fire"}"#);
        assert_eq!(serde_json::from_str::<Text>(&json).unwrap(), text);
        let english: Text = serde_json::from_str(r#"{"en":"Fire"}"#).unwrap();
        assert_eq!(english.text(Locale::ZhHans), "Fire", "a missing language falls back");
        assert!(serde_json::from_str::<Text>(r#"{"fr":"Feu"}"#).is_err());
    }

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

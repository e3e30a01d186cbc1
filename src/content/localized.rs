//! Reading texts and step lists that come in every declared language.

use super::list::List;
use super::locale::{Locale, Localized, PerLocale, Steps, Text};
use super::problem::{Expected, Problem};
use super::reader::{Ctx, Value};

impl Ctx<'_> {
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
            items.into_iter().collect::<Option<List<_>>>()
        })?;
        if same_count
            && steps
                .0
                .values()
                .map(|list| list.len())
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
}

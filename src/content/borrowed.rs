//! Text and lists that either borrow from the binary or own their data.
//!
//! The shipped guide is compiled in as Rust statics (see build.rs), so a
//! start reads it where it lies instead of decoding and copying 650 KB; a
//! guide loaded from files owns what it read. Both read like `String` and
//! `Vec`, and a borrowed list is copied only if something changes it.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::{Deref, DerefMut};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string of the guide: borrowed from the binary, or owned.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Str(Cow<'static, str>);

impl Str {
    /// A string compiled into the binary.
    pub const fn borrowed(s: &'static str) -> Str {
        Str(Cow::Borrowed(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Str {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Str {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Str {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

/// Padded and truncated as `{:<8}` and `{:.3}` ask, like `String`.
impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl From<String> for Str {
    fn from(s: String) -> Str {
        Str(Cow::Owned(s))
    }
}

impl From<&str> for Str {
    fn from(s: &str) -> Str {
        Str(Cow::Owned(s.to_string()))
    }
}

/// For ratatui's spans, which keep a borrowed string borrowed.
impl From<Str> for Cow<'static, str> {
    fn from(s: Str) -> Cow<'static, str> {
        s.0
    }
}

impl From<Str> for String {
    fn from(s: Str) -> String {
        s.0.into_owned()
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Str {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Str> for str {
    fn eq(&self, other: &Str) -> bool {
        *self == *other.0
    }
}

impl PartialEq<Str> for &str {
    fn eq(&self, other: &Str) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Str> for String {
    fn eq(&self, other: &Str) -> bool {
        **self == *other.0
    }
}

impl Serialize for Str {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Str {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Str, D::Error> {
        String::deserialize(deserializer).map(Str::from)
    }
}

/// A list of the guide: borrowed from the binary, or owned.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct List<T: Clone + 'static>(Cow<'static, [T]>);

impl<T: Clone + 'static> List<T> {
    /// A list compiled into the binary.
    pub const fn borrowed(items: &'static [T]) -> List<T> {
        List(Cow::Borrowed(items))
    }

    pub const fn new() -> List<T> {
        List(Cow::Borrowed(&[]))
    }

    /// Owned, so it can grow; a borrowed list is copied first.
    pub fn push(&mut self, item: T) {
        self.0.to_mut().push(item);
    }

    pub fn insert(&mut self, index: usize, item: T) {
        self.0.to_mut().insert(index, item);
    }

    pub fn as_slice(&self) -> &[T] {
        &self.0
    }

    pub fn into_vec(self) -> Vec<T> {
        self.0.into_owned()
    }
}

impl<T: Clone + 'static> Default for List<T> {
    fn default() -> Self {
        List::new()
    }
}

impl<T: Clone + 'static> Deref for List<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        &self.0
    }
}

/// Changing a borrowed list copies it first (tests edit the shipped guide).
impl<T: Clone + 'static> DerefMut for List<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.0.to_mut()
    }
}

impl<T: Clone + fmt::Debug + 'static> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl<T: Clone + 'static> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> List<T> {
        List(Cow::Owned(items))
    }
}

impl<T: Clone + 'static> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> List<T> {
        List(Cow::Owned(iter.into_iter().collect()))
    }
}

impl<'a, T: Clone + 'static> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: Clone + 'static> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_owned().into_iter()
    }
}

impl<T: Clone + PartialEq + 'static> PartialEq<Vec<T>> for List<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        *self.0 == **other
    }
}

impl<T: PartialEq<U>, U: Clone + 'static> PartialEq<List<U>> for Vec<T> {
    fn eq(&self, other: &List<U>) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

impl<T: Clone + PartialEq + 'static, const N: usize> PartialEq<[T; N]> for List<T> {
    fn eq(&self, other: &[T; N]) -> bool {
        *self.0 == *other
    }
}

impl<T: Clone + PartialEq + 'static> PartialEq<[T]> for List<T> {
    fn eq(&self, other: &[T]) -> bool {
        *self.0 == *other
    }
}

impl<T: Clone + Serialize + 'static> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter())
    }
}

impl<'de, T: Clone + Deserialize<'de> + 'static> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<List<T>, D::Error> {
        Vec::deserialize(deserializer).map(List::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static WORDS: [Str; 2] = [Str::borrowed("fire"), Str::borrowed("flood")];

    #[test]
    fn a_borrowed_list_reads_like_an_owned_one_and_copies_on_change() {
        let borrowed = List::borrowed(&WORDS);
        let owned: List<Str> = vec![Str::from("fire"), Str::from("flood")].into();
        assert_eq!(borrowed, owned);
        assert_eq!(
            serde_json::to_string(&borrowed).ok(),
            serde_json::to_string(&owned).ok()
        );
        let mut changed = borrowed.clone();
        changed[0] = Str::from("smoke");
        changed.push(Str::borrowed("quake"));
        assert_eq!(
            changed.iter().map(Str::as_str).collect::<Vec<_>>(),
            ["smoke", "flood", "quake"]
        );
        assert_eq!(WORDS[0], "fire", "the compiled-in list is untouched");
    }

    #[test]
    fn a_string_compares_hashes_and_prints_as_its_text() {
        let id = Str::borrowed("typhoon");
        assert_eq!(id, "typhoon");
        assert_eq!(id, Str::from("typhoon".to_string()));
        assert_eq!(
            format!("{id} {id:?} [{id:<9}] {id:.3}"),
            "typhoon \"typhoon\" [typhoon  ] typ"
        );
        let map: std::collections::HashMap<Str, usize> = [(id, 1)].into();
        assert_eq!(map.get("typhoon"), Some(&1));
    }
}

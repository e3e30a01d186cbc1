//! Text and lists that either borrow from the binary or own their data.
//!
//! The shipped guide is compiled in as Rust statics (see build.rs), so a
//! start reads it where it lies instead of decoding and copying 650 KB; its
//! strings are ranges of one text, so the statics hold no pointers to
//! relocate. A guide loaded from files owns what it read. Both read like `String` and
//! `Vec`, and a borrowed list is copied only if something changes it.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::{Deref, DerefMut};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string of the guide: a slice of the binary's text, or owned.
#[derive(Clone)]
pub struct Str(Repr);

#[derive(Clone)]
enum Repr {
    /// A range of `embedded_guide::TEXT`. An offset, not a pointer: a
    /// pointer in a static is a relocation the loader applies at every start,
    /// and the shipped guide's 15,000 strings cost more page faults that way
    /// than anything else a start did.
    Embedded {
        start: u32,
        len: u32,
    },
    Static(&'static str),
    Owned(String),
}

impl Str {
    /// A string compiled into the binary.
    pub const fn borrowed(s: &'static str) -> Str {
        Str(Repr::Static(s))
    }

    /// `len` bytes of the shipped guide's text from `start` (build.rs).
    pub const fn embedded(start: u32, len: u32) -> Str {
        Str(Repr::Embedded { start, len })
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Owned(s) => s,
            Repr::Static(s) => s,
            Repr::Embedded { .. } => self.as_static().unwrap_or_default(),
        }
    }

    fn as_static(&self) -> Option<&'static str> {
        match self.0 {
            Repr::Embedded { start, len } => {
                let (start, len) = (usize::try_from(start).ok()?, usize::try_from(len).ok()?);
                crate::embedded_guide::TEXT.get(start..start.checked_add(len)?)
            }
            Repr::Static(s) => Some(s),
            Repr::Owned(_) => None,
        }
    }
}

impl Default for Str {
    fn default() -> Str {
        Str::borrowed("")
    }
}

impl PartialEq for Str {
    fn eq(&self, other: &Str) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Str {}

impl PartialOrd for Str {
    fn partial_cmp(&self, other: &Str) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Str {
    fn cmp(&self, other: &Str) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

/// Hashed as its text, as `Borrow<str>` requires.
impl std::hash::Hash for Str {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl Deref for Str {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Str {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Str {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// Padded and truncated as `{:<8}` and `{:.3}` ask, like `String`.
impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl From<String> for Str {
    fn from(s: String) -> Str {
        Str(Repr::Owned(s))
    }
}

impl From<&str> for Str {
    fn from(s: &str) -> Str {
        Str(Repr::Owned(s.to_string()))
    }
}

/// For ratatui's spans, which keep a borrowed string borrowed.
impl From<Str> for Cow<'static, str> {
    fn from(s: Str) -> Cow<'static, str> {
        match s.as_static() {
            Some(text) => Cow::Borrowed(text),
            None => Cow::Owned(s.into()),
        }
    }
}

impl From<Str> for String {
    fn from(s: Str) -> String {
        match s.0 {
            Repr::Owned(s) => s,
            _ => s.as_str().to_string(),
        }
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Str {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Str> for str {
    fn eq(&self, other: &Str) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Str> for &str {
    fn eq(&self, other: &Str) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Str> for String {
    fn eq(&self, other: &Str) -> bool {
        self == other.as_str()
    }
}

impl Serialize for Str {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
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

//! Lists of the guide: a range of the binary's own array of that type, or
//! owned.
//!
//! build.rs writes the shipped guide's lists as one static array per item
//! type (`embedded_guide::pools`), and each list as a range of it. A range
//! is two numbers, where a slice would be a pointer: a static holding
//! pointers is relocated by the dynamic loader at every start, a page
//! copied for each few dozen, and the guide's 1,333 lists cost 20 such
//! pages. A guide loaded from files owns what it read. Both read like
//! `Vec`, and an embedded list is copied only if something changes it.

use std::fmt;
use std::ops::{Deref, DerefMut};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::*;

/// The types a list of the guide holds, each with the name of its array
/// in `embedded_guide::pools`. One list for the three places that need it:
/// the impls below, build/literal.rs, which fills the arrays, and build.rs's
/// stand-in, which declares them empty.
macro_rules! pooled_types {
    ($then:ident) => {
        $then! {
            Locale => LOCALE,
            EmergencyNumber => EMERGENCY_NUMBER,
            Hazard => HAZARD,
            Category => CATEGORY,
            Point => POINT,
            Warning => WARNING,
            Source => SOURCE,
            Question => QUESTION,
            Checklist => CHECKLIST,
            ChecklistSection => CHECKLIST_SECTION,
            ChecklistItem => CHECKLIST_ITEM,
            ReadinessQuestion => READINESS_QUESTION,
            ReadinessLevel => READINESS_LEVEL,
            Drill => DRILL,
            DrillStep => DRILL_STEP,
            Choice => CHOICE,
            Ending => ENDING,
            Str => STR,
            Text => LOCALIZED_STR,
            usize => USIZE,
        }
    };
}
pub(crate) use pooled_types;

/// An item type whose shipped lists are ranges of one static array.
pub trait Pooled: Clone + 'static {
    fn pool() -> &'static [Self];
}

macro_rules! impl_pooled {
    ($($ty:ty => $pool:ident),* $(,)?) => {$(
        impl Pooled for $ty {
            fn pool() -> &'static [$ty] {
                &crate::embedded_guide::pools::$pool
            }
        }
    )*};
}
pooled_types!(impl_pooled);

/// A list of the guide: a range of the shipped items, or owned.
pub struct List<T: Pooled>(Repr<T>);

enum Repr<T> {
    Embedded { start: u32, len: u32 },
    Owned(Vec<T>),
}

impl<T: Pooled> List<T> {
    /// `len` items of `T::pool()` from `start` (build.rs).
    pub const fn embedded(start: u32, len: u32) -> List<T> {
        List(Repr::Embedded { start, len })
    }

    pub const fn new() -> List<T> {
        List(Repr::Owned(Vec::new()))
    }

    pub fn as_slice(&self) -> &[T] {
        match &self.0 {
            Repr::Owned(items) => items,
            Repr::Embedded { start, len } => embedded(*start, *len),
        }
    }

    /// Owned, so it can grow; an embedded list is copied first.
    pub fn push(&mut self, item: T) {
        if let Some(items) = self.own() {
            items.push(item);
        }
    }

    pub fn insert(&mut self, index: usize, item: T) {
        if let Some(items) = self.own() {
            items.insert(index, item);
        }
    }

    /// The items, copied out of the binary first if they are still there;
    /// always `Some`, but the borrow checker cannot see that.
    fn own(&mut self) -> Option<&mut Vec<T>> {
        if let Repr::Embedded { start, len } = self.0 {
            self.0 = Repr::Owned(embedded(start, len).to_vec());
        }
        match &mut self.0 {
            Repr::Owned(items) => Some(items),
            Repr::Embedded { .. } => None,
        }
    }
}

/// A range build.rs wrote; empty if it is not one (a damaged binary).
fn embedded<T: Pooled>(start: u32, len: u32) -> &'static [T] {
    let (start, len) = (start as usize, len as usize);
    T::pool().get(start..start.saturating_add(len)).unwrap_or_default()
}

impl<T: Pooled> Default for List<T> {
    fn default() -> Self {
        List::new()
    }
}

impl<T: Pooled> Clone for List<T> {
    fn clone(&self) -> Self {
        match &self.0 {
            Repr::Owned(items) => List(Repr::Owned(items.clone())),
            Repr::Embedded { start, len } => List::embedded(*start, *len),
        }
    }
}

impl<T: Pooled> Deref for List<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

/// Changing an embedded list copies it first (tests edit the shipped guide).
impl<T: Pooled> DerefMut for List<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.own().map_or(&mut [], Vec::as_mut_slice)
    }
}

impl<T: Pooled + PartialEq> PartialEq for List<T> {
    fn eq(&self, other: &List<T>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Pooled + Eq> Eq for List<T> {}

impl<T: Pooled + std::hash::Hash> std::hash::Hash for List<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl<T: Pooled + fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl<T: Pooled> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> List<T> {
        List(Repr::Owned(items))
    }
}

impl<T: Pooled> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> List<T> {
        List(Repr::Owned(iter.into_iter().collect()))
    }
}

impl<'a, T: Pooled> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl<T: Pooled> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        match self.0 {
            Repr::Owned(items) => items.into_iter(),
            Repr::Embedded { start, len } => embedded(start, len).to_vec().into_iter(),
        }
    }
}

impl<T: Pooled + PartialEq> PartialEq<Vec<T>> for List<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: PartialEq<U>, U: Pooled> PartialEq<List<U>> for Vec<T> {
    fn eq(&self, other: &List<U>) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

impl<T: Pooled + PartialEq, const N: usize> PartialEq<[T; N]> for List<T> {
    fn eq(&self, other: &[T; N]) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Pooled + PartialEq> PartialEq<[T]> for List<T> {
    fn eq(&self, other: &[T]) -> bool {
        self.as_slice() == other
    }
}

impl<T: Pooled + Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.as_slice())
    }
}

impl<'de, T: Pooled + Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<List<T>, D::Error> {
        Vec::deserialize(deserializer).map(List::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_embedded_list_reads_like_an_owned_one_and_copies_on_change() {
        let embedded: List<Str> = List::embedded(0, 2);
        let words: Vec<Str> = Str::pool().get(..2).expect("the shipped guide has strings").to_vec();
        let owned: List<Str> = words.clone().into();
        assert_eq!(embedded, owned);
        assert_eq!(
            serde_json::to_string(&embedded).ok(),
            serde_json::to_string(&owned).ok()
        );
        let mut changed = embedded.clone();
        changed[0] = Str::from("smoke");
        changed.push(Str::borrowed("quake"));
        assert_eq!(
            changed.as_slice(),
            [Str::from("smoke"), words[1].clone(), Str::from("quake")]
        );
        assert_eq!(embedded.as_slice(), &words[..], "the compiled-in list is untouched");
    }

    /// A loaded set holds a list per field of every point: at 10,000 points
    /// a bigger one would cost megabytes.
    #[test]
    fn a_list_is_no_bigger_than_a_vec() {
        assert_eq!(size_of::<List<Str>>(), size_of::<Vec<Str>>());
    }

    #[test]
    fn a_range_past_the_pool_reads_as_empty() {
        let past: List<Str> = List::embedded(u32::MAX, 2);
        assert!(past.is_empty());
        assert_eq!(past.into_iter().count(), 0);
    }
}

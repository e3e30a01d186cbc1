//! Text that either borrows from the binary or owns its data.
//!
//! The shipped guide is compiled in as Rust statics (see build.rs), so a
//! start reads it where it lies instead of decoding and copying 650 KB; its
//! strings are ranges of two texts, so the statics hold no pointers to
//! relocate. A guide loaded from files owns what it read. Both read like
//! `String`. Lists are the same idea: content/list.rs.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string of the guide: a range of the binary's texts, or owned.
#[derive(Clone)]
pub struct Str(Repr);

#[derive(Clone)]
enum Repr {
    /// A range of `embedded_guide::SHORT_TEXT`, or of `LONG_TEXT`. An
    /// offset, not a pointer: a pointer in a static is a relocation the
    /// loader applies at every start, and the shipped guide's 15,000
    /// strings cost more page faults that way than anything else a start
    /// did. Strings up to 32 bytes, mostly ids, titles and labels, are kept
    /// apart from the rest, so that indexing the guide and drawing home read
    /// a few pages, not 500 KB.
    Short {
        start: u32,
        len: u32,
    },
    Long {
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

    /// `len` bytes of the shipped guide's short text from `start` (build.rs).
    pub const fn short(start: u32, len: u32) -> Str {
        Str(Repr::Short { start, len })
    }

    /// `len` bytes of the shipped guide's long text from `start` (build.rs).
    pub const fn long(start: u32, len: u32) -> Str {
        Str(Repr::Long { start, len })
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Owned(s) => s,
            Repr::Static(s) => s,
            Repr::Short { .. } | Repr::Long { .. } => self.as_static().unwrap_or_default(),
        }
    }

    fn as_static(&self) -> Option<&'static str> {
        let (text, start, len) = match self.0 {
            Repr::Short { start, len } => (crate::embedded_guide::SHORT_TEXT, start, len),
            Repr::Long { start, len } => (crate::embedded_guide::LONG_TEXT, start, len),
            Repr::Static(s) => return Some(s),
            Repr::Owned(_) => return None,
        };
        let (start, len) = (usize::try_from(start).ok()?, usize::try_from(len).ok()?);
        text.get(start..start.checked_add(len)?)
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

#[cfg(test)]
mod tests {
    use super::*;

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

    /// A damaged binary's range reads as nothing rather than a panic: past
    /// the end, or cutting a character in two.
    #[test]
    fn a_range_outside_its_text_reads_as_empty() {
        let cut = crate::embedded_guide::SHORT_TEXT
            .char_indices()
            .find(|(_, c)| c.len_utf8() > 1)
            .map(|(at, _)| u32::try_from(at + 1).unwrap_or(u32::MAX));
        for s in [
            Str::short(u32::MAX, 4),
            Str::long(u32::MAX - 1, 2),
            Str::short(cut.unwrap_or(0), 1),
        ] {
            assert_eq!(s.as_str(), "");
            assert_eq!(Cow::from(s), Cow::<str>::Borrowed(""));
        }
        assert!(cut.is_some(), "the short text has Chinese to cut");
    }
}

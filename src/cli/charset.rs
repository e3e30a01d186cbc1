//! What the terminal can show, from the locale: `ready` writes UTF-8, and
//! under a locale that is not UTF-8 (`LANG=C`, `POSIX`, `zh_CN.GB18030`) it
//! must not print bytes the terminal will turn into mojibake.
//!
//! The policy: English falls back to ASCII (typographic marks become their
//! ASCII forms, anything else `?`); Chinese cannot be written in ASCII, so it
//! is refused with a message that says how to get a UTF-8 locale, in
//! Chinese too where the terminal's own encoding (GB18030, GBK, GB2312) can
//! show it. No locale set at all is taken as UTF-8, as today's terminals are.

use std::io::{self, Write};

/// The terminal's character set, as far as the locale says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Charset {
    Utf8,
    /// Not UTF-8: the codeset named (or `C` / `POSIX`).
    Other(String),
}

/// `LC_ALL`, then `LC_CTYPE`, then `LANG`: the first one set decides.
pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Charset {
    let Some(value) = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|k| var(k))
        .find(|v| !v.is_empty())
    else {
        return Charset::Utf8;
    };
    if value == "C" || value == "POSIX" {
        return Charset::Other(value);
    }
    let Some((_, codeset)) = value.split_once('.') else {
        return Charset::Utf8;
    };
    let codeset = codeset.split('@').next().unwrap_or(codeset);
    let plain: String = codeset
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    if plain == "utf8" {
        Charset::Utf8
    } else {
        Charset::Other(codeset.to_string())
    }
}

/// The refusal for Chinese output, in ASCII and, for a GB terminal, in its
/// own encoding. The GB18030 bytes are `iconv -t GB18030` of:
/// ready：终端的字符编码不是 UTF-8，中文会显示成乱码。请在 UTF-8 语言环境中运行，例如：LANG=zh_CN.UTF-8 ready
pub fn refuse_chinese(codeset: &str) -> Vec<u8> {
    let mut out = format!(
        "ready: this terminal's locale ({codeset}) is not UTF-8, so Chinese text would be garbled; \
         run ready under a UTF-8 locale, e.g. LANG=zh_CN.UTF-8 ready (or LANG=C.UTF-8), or use --lang en\n"
    )
    .into_bytes();
    let gb = codeset.to_ascii_lowercase().replace(['-', '_'], "");
    if gb.starts_with("gb") || gb == "euccn" {
        out.extend_from_slice(
            b"ready\xa3\xba\xd6\xd5\xb6\xcb\xb5\xc4\xd7\xd6\xb7\xfb\xb1\xe0\xc2\xeb\xb2\xbb\xca\xc7 UTF-8\xa3\xac\
              \xd6\xd0\xce\xc4\xbb\xe1\xcf\xd4\xca\xbe\xb3\xc9\xc2\xd2\xc2\xeb\xa1\xa3\xc7\xeb\xd4\xda UTF-8 \
              \xd3\xef\xd1\xd4\xbb\xb7\xbe\xb3\xd6\xd0\xd4\xcb\xd0\xd0\xa3\xac\xc0\xfd\xc8\xe7\xa3\xba\
              LANG=zh_CN.UTF-8 ready\n",
        );
    }
    out
}

/// The full-screen guide draws boxes and marks that have no ASCII form.
pub fn refuse_screen(codeset: &str) -> String {
    format!(
        "ready: this terminal's locale ({codeset}) is not UTF-8, so the full-screen guide would be garbled; \
         run it under a UTF-8 locale, e.g. LANG=C.UTF-8 ready, or use `ready show ID`, `ready list` or --plain, \
         which fall back to ASCII\n"
    )
}

/// Text as ASCII: typographic marks as their usual ASCII forms, anything
/// else as `?`, so nothing reaches the terminal that it would garble.
pub fn to_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            c if c.is_ascii() => out.push(c),
            '–' | '—' | '‐' | '‑' | '−' => out.push('-'),
            '‘' | '’' | '′' => out.push('\''),
            '“' | '”' | '″' => out.push('"'),
            '…' => out.push_str("..."),
            '°' => out.push_str(" deg"),
            '×' => out.push('x'),
            '≥' => out.push_str(">="),
            '≤' => out.push_str("<="),
            '•' | '·' => out.push('*'),
            '→' => out.push_str("->"),
            // A drill's good and poor moves and its outcome carry these marks:
            // `?` would lose which is which. The same stand-ins as the console's.
            '✓' | '✔' => out.push('v'),
            '✗' | '✘' => out.push('x'),
            '\u{a0}' | '\u{2009}' | '\u{202f}' | '　' => out.push(' '),
            '（' => out.push('('),
            '）' => out.push(')'),
            '：' => out.push_str(": "),
            '，' | '、' => out.push_str(", "),
            _ => out.push('?'),
        }
    }
    out
}

/// A writer that passes on only ASCII (see `to_ascii`); a character split
/// across two writes is held until it is whole.
pub struct AsciiWriter<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> AsciiWriter<W> {
    pub fn new(inner: W) -> Self {
        AsciiWriter {
            inner,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for AsciiWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(s) => s.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            // Bytes that will never be UTF-8: each becomes `?`.
            Err(e) => e.valid_up_to() + e.error_len().unwrap_or(1),
        };
        let text = String::from_utf8_lossy(&self.pending[..valid]).into_owned();
        self.inner.write_all(to_ascii(&text).as_bytes())?;
        self.pending.drain(..valid);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn charset(pairs: &[(&str, &str)]) -> Charset {
        from_env(|k| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| (*v).to_string()))
    }

    #[test]
    fn the_locale_names_the_charset() {
        assert_eq!(charset(&[]), Charset::Utf8);
        assert_eq!(charset(&[("LANG", "zh_CN.UTF-8")]), Charset::Utf8);
        assert_eq!(charset(&[("LANG", "C.utf8")]), Charset::Utf8);
        assert_eq!(charset(&[("LANG", "C")]), Charset::Other("C".into()));
        assert_eq!(charset(&[("LANG", "POSIX")]), Charset::Other("POSIX".into()));
        assert_eq!(charset(&[("LANG", "zh_CN.GB18030")]), Charset::Other("GB18030".into()));
        assert_eq!(
            charset(&[("LANG", "de_DE.ISO-8859-15@euro")]),
            Charset::Other("ISO-8859-15".into())
        );
        // LC_ALL wins, then LC_CTYPE, then LANG.
        assert_eq!(charset(&[("LANG", "C"), ("LC_ALL", "en_US.UTF-8")]), Charset::Utf8);
        assert_eq!(
            charset(&[("LANG", "en_US.UTF-8"), ("LC_CTYPE", "C")]),
            Charset::Other("C".into())
        );
    }

    #[test]
    fn english_typography_has_ascii_forms() {
        assert_eq!(
            to_ascii("Stay low — 30 cm, 37°C… “don’t”"),
            "Stay low - 30 cm, 37 degC... \"don't\""
        );
        assert_eq!(to_ascii("中国"), "??");
    }

    #[test]
    fn good_and_poor_marks_stay_apart_in_ascii() {
        assert_eq!(to_ascii("✓ Right: call 120"), "v Right: call 120");
        assert_eq!(to_ascii("Outcome: ✗ Worse"), "Outcome: x Worse");
    }

    #[test]
    fn the_chinese_refusal_speaks_the_terminals_encoding() {
        let gb = refuse_chinese("GB18030");
        assert!(gb.starts_with(b"ready: this terminal's locale (GB18030) is not UTF-8"));
        assert!(gb.ends_with(b"LANG=zh_CN.UTF-8 ready\n"));
        assert_eq!(gb.iter().filter(|b| **b == b'\n').count(), 2);
        let c = refuse_chinese("C");
        assert!(c.is_ascii() && c.ends_with(b"or use --lang en\n"));
    }

    proptest! {
        /// However text is split into writes, only ASCII comes out, and
        /// splitting does not change what comes out.
        #[test]
        fn only_ascii_is_written(text in "\\PC{0,40}", cut in 0usize..200) {
            let bytes = text.as_bytes();
            let cut = cut.min(bytes.len());
            let mut w = AsciiWriter::new(Vec::new());
            w.write_all(&bytes[..cut]).unwrap();
            w.write_all(&bytes[cut..]).unwrap();
            prop_assert!(w.inner.is_ascii());
            prop_assert_eq!(String::from_utf8(w.inner).unwrap(), to_ascii(&text));
        }
    }
}

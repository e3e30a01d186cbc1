//! What every command writes: the guide loaded or its problems reported,
//! messages prefixed and made safe, output to stdout or a file.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use super::{FAILURE, ascii_only, charset, ui_locale};
use crate::content::sanitize::clean;
use crate::content::{self, Guide, LoadError, Locale};
use crate::i18n::messages;

/// At most this many diagnostics are printed: one root mistake in a large
/// set must not bury the terminal, and the first ones are those to fix.
pub const SHOWN_DIAGNOSTICS: usize = 50;

/// The guide the user asked for, or the problems that stop it loading.
/// Diagnostics name files as the user gave the directory (`ready check
/// city/` prints `city/points/x.toml:3:5`), so an editor's quickfix list
/// and a terminal's clickable links open the right file.
pub fn load(dir: Option<&Path>, locale: Locale) -> Result<Guide, ExitCode> {
    let result = match dir {
        Some(dir) => content::from_dir(dir),
        None => content::embedded(),
    };
    reported(result, dir, locale)
}

/// The guide, or its problems printed (paths under `dir`) and a failure.
pub fn reported(result: Result<Guide, LoadError>, dir: Option<&Path>, locale: Locale) -> Result<Guide, ExitCode> {
    result.map_err(|e| {
        match e {
            LoadError::Missing(why) => {
                let why = crate::i18n::content::missing(locale, &why);
                eprintln!("{}", prefixed(locale, &clean(&why, true)));
            }
            LoadError::Invalid(diagnostics) => report(dir, &diagnostics, locale),
        }
        ExitCode::from(FAILURE)
    })
}

/// Prints the first diagnostics, a count of the rest, and how to check again.
fn report(dir: Option<&Path>, diagnostics: &[content::Diagnostic], locale: Locale) {
    let mut err = io::stderr().lock();
    for d in diagnostics.iter().take(SHOWN_DIAGNOSTICS) {
        let mut d = d.clone();
        if let Some(dir) = dir {
            d.file = dir.join(&d.file).display().to_string();
        }
        let line = clean(&d.in_locale(locale), true).into_owned();
        let _ = writeln!(err, "{}", if ascii_only() { charset::to_ascii(&line) } else { line });
    }
    if diagnostics.len() > SHOWN_DIAGNOSTICS {
        let more = messages::and_more(locale, diagnostics.len() - SHOWN_DIAGNOSTICS);
        let _ = writeln!(err, "{}", if ascii_only() { charset::to_ascii(&more) } else { more });
    }
    let name = dir.map_or_else(
        || messages::builtin_guide(locale).to_string(),
        |d| d.display().to_string(),
    );
    let again = dir.map_or_else(|| "ready check".to_string(), |d| format!("ready check {}", d.display()));
    let summary = messages::problems(locale, &name, diagnostics.len(), &again);
    let _ = writeln!(err, "{}", prefixed(locale, &clean(&summary, true)));
}

/// `ready: message`, with a full-width colon in Chinese.
pub(crate) fn prefixed(locale: Locale, message: &str) -> String {
    let text = match locale {
        Locale::En => format!("ready: {message}"),
        Locale::ZhHans => format!("ready：{message}"),
    };
    if ascii_only() { charset::to_ascii(&text) } else { text }
}

/// An id the guide does not have, in the one form every command uses.
pub(crate) fn unknown<'a>(
    locale: Locale,
    kind: messages::Kind,
    id: &str,
    known: impl Iterator<Item = &'a str>,
) -> ExitCode {
    let known: Vec<&str> = known.collect();
    let near = crate::suggest::nearest(id, known.iter().copied(), 3);
    let message = messages::unknown_id(locale, kind, &clean(id, true), &near, &known);
    eprintln!("{}", prefixed(locale, &message));
    ExitCode::from(FAILURE)
}

/// Writes to `output`, or to stdout when there is none.
pub(crate) fn emit_to(text: &str, output: Option<&Path>) -> ExitCode {
    match output {
        None => emit(text),
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                let path = path.display().to_string();
                let message = messages::cannot_write(ui_locale(), &clean(&path, true), &e.to_string());
                eprintln!("{}", prefixed(ui_locale(), &message));
                ExitCode::from(FAILURE)
            }
        },
    }
}

/// Writes to stdout; a closed pipe (`ready list | head`) is not an error.
pub(crate) fn emit(text: &str) -> ExitCode {
    let ascii;
    let text = if ascii_only() {
        ascii = charset::to_ascii(text);
        &ascii
    } else {
        text
    };
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "{}",
                prefixed(ui_locale(), &messages::cannot_write_output(ui_locale(), &e.to_string()))
            );
            ExitCode::from(FAILURE)
        }
    }
}

/// The width to wrap text to: the terminal's, or 80 when piped.
pub(crate) fn output_width() -> usize {
    if io::stdout().is_terminal()
        && let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size()
    {
        return usize::from(w).clamp(20, 200);
    }
    80
}

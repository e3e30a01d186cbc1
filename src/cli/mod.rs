//! The command line: parse, load the guide, run one command.

mod charset;
mod drill;
mod due;
mod help_zh;
mod kiosk;
mod plain_checklist;
mod plain_drill;
mod plain_input;
mod plain_plan;
mod plain_quiz;
mod practise;
mod read;
mod stats;

mod args;
mod output;

pub use args::{Cli, Command, Format};
use args::{completions, man_page, parse, usage_error};
pub use output::{SHOWN_DIAGNOSTICS, load, reported};
pub(crate) use output::{emit, emit_to, output_width, prefixed, unknown};

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use crate::content::sanitize::clean;
use crate::content::{Guide, Locale};
use crate::i18n::messages;
use crate::progress::{self, Store};
use crate::tui::{self, ThemeName};

/// Exit statuses: 0 done, 1 a content or lookup problem, 2 a usage error
/// (clap's own).
pub(crate) const FAILURE: u8 = 1;
pub(crate) const USAGE: u8 = 2;

/// The language of this run's messages, for the few helpers (writing output)
/// that are called from everywhere.
static UI_LOCALE: std::sync::OnceLock<Locale> = std::sync::OnceLock::new();

pub(crate) fn ui_locale() -> Locale {
    UI_LOCALE.get().copied().unwrap_or(Locale::En)
}

/// Set when the terminal's locale is not UTF-8 and the output is English:
/// everything written is then ASCII (see `charset`).
static ASCII_ONLY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub(crate) fn ascii_only() -> bool {
    ASCII_ONLY.load(std::sync::atomic::Ordering::Relaxed)
}

/// Under a locale that is not UTF-8: Chinese and the full-screen guide are
/// refused with a message, English goes on in ASCII. Shell completions, the
/// man page and the kiosk (which sets up its own terminal) are left alone.
fn not_utf8(cli: &Cli, locale: Locale, codeset: &str) -> Option<ExitCode> {
    let screen = matches!(
        &cli.command,
        None | Some(Command::Quiz { plain: false, .. } | Command::Checklist { plain: false, .. })
    );
    if matches!(
        &cli.command,
        Some(Command::Completions { .. } | Command::Man | Command::Kiosk { .. })
    ) {
        return None;
    }
    let codeset = clean(codeset, true);
    if locale == Locale::ZhHans {
        let _ = io::stderr().write_all(&charset::refuse_chinese(&codeset));
        return Some(ExitCode::from(FAILURE));
    }
    if screen {
        let _ = io::stderr().write_all(charset::refuse_screen(&codeset).as_bytes());
        return Some(ExitCode::from(FAILURE));
    }
    ASCII_ONLY.store(true, std::sync::atomic::Ordering::Relaxed);
    None
}

/// Standard output for the plain line modes, ASCII-only when it must be.
pub(crate) fn plain_output() -> Box<dyn Write> {
    let stdout = io::stdout().lock();
    if ascii_only() {
        Box::new(charset::AsciiWriter::new(stdout))
    } else {
        Box::new(stdout)
    }
}

pub fn main() -> ExitCode {
    let cli = match parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    let locale = cli.lang.unwrap_or_else(locale_from_env);
    let _ = UI_LOCALE.set(locale);
    if let charset::Charset::Other(codeset) = charset::from_env(|k| std::env::var(k).ok())
        && let Some(code) = not_utf8(&cli, locale, &codeset)
    {
        return code;
    }
    match &cli.command {
        Some(Command::Check { dir }) => return read::check(dir.as_deref().or(cli.content.as_deref()), locale),
        Some(Command::Completions { shell }) => return completions(*shell),
        Some(Command::Man) => return man_page(),
        Some(Command::Kiosk {
            config,
            idle,
            stats,
            check,
            hash_pin,
        }) => {
            return kiosk::run(kiosk::Flags {
                config: config.clone(),
                idle: *idle,
                stats: stats.clone(),
                content: cli.content.clone(),
                lang: cli.lang,
                check: *check,
                hash_pin: *hash_pin,
                theme: cli.theme.unwrap_or_else(theme_from_env),
            });
        }
        _ => {}
    }
    let guide = match load(cli.content.as_deref(), locale) {
        // Kept to the end of the process: freeing thousands of strings one
        // by one on the way out only delays the exit.
        Ok(guide) => std::mem::ManuallyDrop::new(guide),
        Err(code) => return code,
    };
    match &cli.command {
        None => interactive(&guide, locale, &cli),
        Some(Command::List { json: false }) => emit(&(read::list(&guide, locale) + &drill::list(&guide, locale))),
        Some(Command::List { json: true }) => emit(&read::list_json(&guide)),
        Some(Command::Show { id }) => read::show(&guide, id, locale),
        Some(Command::Search { query }) => read::search(&guide, &query.join(" "), locale),
        Some(Command::Export {
            plan: true,
            format,
            output,
            ..
        }) => practise::export_plan(&guide, *format, output.as_deref(), today(&cli), locale, &cli),
        Some(Command::Export {
            checklist: Some(id),
            format,
            output,
            household,
            ..
        }) => practise::export_checklist(&guide, id, *format, output.as_deref(), *household, locale, &cli),
        Some(Command::Export { format, output, .. }) => read::export(&guide, *format, output.as_deref(), locale),
        Some(Command::Quiz {
            plain,
            category,
            point,
            mistakes,
            count,
        }) => {
            let request = practise::QuizRequest {
                category: category.as_deref(),
                point: point.as_deref(),
                mistakes: *mistakes,
                count: count.map(|c| c as usize),
            };
            practise::quiz(&guide, &request, *plain, locale, &cli)
        }
        Some(Command::Checklist { id, plain, household }) => {
            practise::checklist(&guide, id, *plain, *household, locale, &cli)
        }
        Some(Command::Stats { files, json }) => stats::run(&guide, files, *json, locale),
        Some(Command::Due { days, json, ics }) => {
            let request = due::Request {
                days: *days,
                json: *json,
                ics: ics.as_deref(),
            };
            due::run(&guide, &request, today(&cli), locale, &cli)
        }
        Some(Command::Drill { id, plain }) => drill::run(&guide, id, *plain, locale, &cli),
        Some(Command::Check { .. } | Command::Completions { .. } | Command::Man | Command::Kiosk { .. }) => {
            ExitCode::SUCCESS
        }
    }
}

fn interactive(guide: &Guide, locale: Locale, cli: &Cli) -> ExitCode {
    run_tui(guide, locale, cli, tui::Start::Home)
}

/// The interactive guide, opened at `start`.
pub fn run_tui(guide: &Guide, locale: Locale, cli: &Cli, start: tui::Start) -> ExitCode {
    // A terminal without cursor addressing would get a screenful of escape
    // codes; the line-by-line commands work anywhere.
    let term = std::env::var("TERM").unwrap_or_default();
    if term.is_empty() || term == "dumb" {
        let shown = if term.is_empty() { "unset" } else { "dumb" };
        eprintln!("{}", prefixed(locale, &messages::dumb_terminal(locale, shown)));
        return ExitCode::from(FAILURE);
    }
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        eprintln!("{}", prefixed(locale, messages::needs_terminal(locale)));
        return ExitCode::from(FAILURE);
    }
    let options = tui::Options {
        locale,
        theme: cli.theme.unwrap_or_else(theme_from_env),
        store: store(cli),
        seed: cli.seed,
        start,
        speak: cli
            .speak
            .as_deref()
            .map(|c| c.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .filter(|w| !w.is_empty()),
        today: cli.today,
    };
    match tui::run(guide, options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "{}",
                prefixed(locale, &messages::terminal_error(locale, &e.to_string()))
            );
            ExitCode::from(FAILURE)
        }
    }
}

/// Today, unless a test says otherwise with `--today`.
pub fn today(cli: &Cli) -> jiff::civil::Date {
    cli.today.unwrap_or_else(crate::upkeep::today)
}

/// Where progress is kept: `--data-dir`, or the user's data directory.
pub fn store(cli: &Cli) -> Store {
    let data_dir = cli.data_dir.clone().or_else(progress::default_dir);
    Store::in_dir(data_dir.as_deref())
}

/// NO_COLOR (any non-empty value) means no colour at all.
pub fn theme_from_env() -> ThemeName {
    match std::env::var_os("NO_COLOR") {
        Some(v) if !v.is_empty() => ThemeName::Mono,
        _ if std::env::var("TERM").is_ok_and(|t| t == "linux" || t.starts_with("linux-")) => ThemeName::Console,
        _ => ThemeName::Default,
    }
}

pub use crate::i18n::locale_from_env;

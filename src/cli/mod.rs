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

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::content::sanitize::clean;
use crate::content::{self, Guide, LoadError, Locale};
use crate::i18n::messages;
use crate::progress::{self, Store};
use crate::tui::{self, ThemeName};

#[derive(Parser, Debug)]
#[command(
    name = "ready",
    version,
    about = "A terminal guide to emergency preparedness: 37 key safety points, in Chinese and English."
)]
pub struct Cli {
    /// Language: en or zh-Hans (zh and zh-CN also work). Default: from LANG.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<Locale>,
    /// Load another content set from DIR instead of the built-in guide.
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Where progress is kept. Default: the user's data directory.
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Shuffle quizzes with this seed, so a run can be repeated exactly.
    #[arg(long, global = true, value_name = "N")]
    pub seed: Option<u64>,
    /// Colours: default, high-contrast, or mono. NO_COLOR selects mono.
    #[arg(long, global = true, value_enum, value_name = "THEME")]
    pub theme: Option<ThemeName>,
    /// Speak what gains focus through CMD, e.g. "espeak-ng -v en" (one line per utterance on its stdin).
    #[arg(long, global = true, value_name = "CMD")]
    pub speak: Option<String>,
    /// Take this date (YYYY-MM-DD) as today, for due dates; for tests.
    #[arg(long, global = true, value_name = "DATE", hide = true, value_parser = parse_today)]
    pub today: Option<jiff::civil::Date>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the categories and their points.
    List {
        /// Print JSON (both languages) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print one point as text, e.g. `ready show cpr-aed`.
    Show {
        /// The point's id (see `ready list`).
        id: String,
    },
    /// Find points by words in either language, best first.
    Search {
        /// What to look for, e.g. `earthquake` or `煤气`.
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Validate a content set; print every problem as FILE:LINE:COLUMN.
    Check {
        /// The content set to check. Default: --content, or the built-in guide.
        dir: Option<PathBuf>,
    },
    /// Write the guide, a checklist or your family plan as Markdown, HTML or JSON.
    Export {
        #[arg(long, value_enum)]
        format: Format,
        /// Write to FILE instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Export one checklist instead (Markdown only), e.g. `supplies`.
        #[arg(long, value_name = "ID", conflicts_with = "plan")]
        checklist: Option<String>,
        /// Export your family plan's details on one printable page (md or html).
        #[arg(long)]
        plan: bool,
        /// People in the household, to scale quantities (default: as saved).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=20))]
        household: Option<u32>,
    },
    /// Test yourself: a mixed quiz, or one category's or point's questions.
    Quiz {
        /// Plain numbered lines on stdin/stdout, for screen readers and scripts.
        #[arg(long)]
        plain: bool,
        /// Only this category's questions (risks, prevent, respond, prepare).
        #[arg(long, value_name = "ID", conflicts_with_all = ["point", "mistakes"])]
        category: Option<String>,
        /// Only this point's questions, e.g. `cpr-aed`.
        #[arg(long, value_name = "ID", conflicts_with = "mistakes")]
        point: Option<String>,
        /// The questions you last got wrong.
        #[arg(long)]
        mistakes: bool,
        /// How many questions (default: 10 for a mixed quiz, all otherwise).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        count: Option<u32>,
    },
    /// Run as an unattended public kiosk: touch first, locked, wiped after each visitor.
    Kiosk {
        /// Kiosk settings (TOML); see deploy/kiosk.toml.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// Seconds without a key, click or touch before "Are you still there?".
        #[arg(long, value_name = "SECS", value_parser = clap::value_parser!(u64).range(20..=3600))]
        idle: Option<u64>,
        /// Append anonymous statistics (JSON Lines) to FILE.
        #[arg(long, value_name = "FILE")]
        stats: Option<PathBuf>,
        /// Check the settings and content, print every problem, and exit.
        #[arg(long)]
        check: bool,
        /// Read an operator PIN from standard input and print its hash for the settings.
        #[arg(long)]
        hash_pin: bool,
    },
    /// Summarise kiosk statistics files: visits, scores, the most-missed questions.
    Stats {
        /// One or more stats files (JSON Lines), e.g. one per kiosk.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// What needs checking or replacing soon; exit 1 if anything is due, 0 if nothing.
    Due {
        /// How many days ahead to look (overdue things always count).
        #[arg(long, value_name = "N", default_value_t = 30, value_parser = clap::value_parser!(u32).range(0..=3660))]
        days: u32,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Also write every date as an iCalendar file (events with reminders) to FILE.
        #[arg(long, value_name = "FILE")]
        ics: Option<PathBuf>,
    },
    /// Play a drill: a short emergency scene where you choose what to do next.
    Drill {
        /// The drill's id (see `ready list`).
        id: String,
        /// Plain numbered lines on stdin/stdout, for screen readers and scripts.
        #[arg(long)]
        plain: bool,
    },
    /// Print shell completions for bash, zsh, fish, elvish or powershell.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), e.g. `ready man | man -l -`.
    Man,
    /// Open a checklist (supplies, family-plan, home-safety) and tick items.
    Checklist {
        /// The checklist's id.
        id: String,
        /// Plain numbered lines on stdin/stdout, for screen readers and scripts.
        #[arg(long)]
        plain: bool,
        /// People in the household, to scale quantities (saved).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=20))]
        household: Option<u32>,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    Md,
    Html,
    Json,
}

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

/// Parses the command line, with `--help` in Chinese when that is the
/// language asked for (by `--lang` or the locale).
fn parse() -> Result<Cli, clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut command = Cli::command();
    if lang_in_args(&args).unwrap_or_else(locale_from_env) == Locale::ZhHans {
        command = help_zh::localize(command, "");
    }
    let matches = command.try_get_matches_from(&args)?;
    Cli::from_arg_matches(&matches)
}

/// `--lang X` or `--lang=X` among the arguments, before clap has read them.
fn lang_in_args(args: &[std::ffi::OsString]) -> Option<Locale> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).and_then(|v| v.parse().ok()),
            Some(rest) => rest.strip_prefix('=').and_then(|v| v.parse().ok()),
            None => None,
        })
}

/// Completions come from the same definition as parsing, so they never
/// offer an option that does not exist.
fn completions(shell: clap_complete::Shell) -> ExitCode {
    use clap::CommandFactory;
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "ready", &mut out);
    emit(&String::from_utf8_lossy(&out))
}

fn man_page() -> ExitCode {
    use clap::CommandFactory;
    let mut out = Vec::new();
    match clap_mangen::Man::new(Cli::command()).render(&mut out) {
        Ok(()) => emit(&String::from_utf8_lossy(&out)),
        Err(e) => {
            eprintln!(
                "{}",
                prefixed(
                    ui_locale(),
                    &crate::i18n::cli::cannot_render_man(ui_locale(), &e.to_string())
                )
            );
            ExitCode::from(FAILURE)
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

fn parse_today(text: &str) -> Result<jiff::civil::Date, String> {
    crate::upkeep::parse(text).ok_or_else(|| format!("`{text}` is not a date like 2026-12-02"))
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

/// Prints clap's message (help, version or a usage error) as plain text
/// with anything the user typed made safe: an argument can hold escapes.
fn usage_error(e: &clap::Error) -> ExitCode {
    let text = e.render().to_string();
    let text = clean(&text, false);
    // Nothing sensible is left to do if even this cannot be written.
    let _ = if e.use_stderr() {
        io::stderr().write_all(text.as_bytes())
    } else {
        io::stdout().write_all(text.as_bytes())
    };
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

pub use crate::i18n::locale_from_env;

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

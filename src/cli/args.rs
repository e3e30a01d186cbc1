//! The command line as clap sees it: every command, flag and value.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use super::{FAILURE, emit, help_zh, locale_from_env, prefixed, ui_locale};
use crate::content::Locale;
use crate::content::sanitize::clean;
use crate::tui::ThemeName;

#[derive(Parser, Debug, Default)]
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

fn parse_today(text: &str) -> Result<jiff::civil::Date, String> {
    crate::upkeep::parse(text).ok_or_else(|| format!("`{text}` is not a date like 2026-12-02"))
}

/// Parses the command line, with `--help` in Chinese when that is the
/// language asked for (by `--lang` or the locale).
pub(super) fn parse() -> Result<Cli, clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // `ready` alone, the usual start, needs no parser: building clap's whole
    // command tree costs more than drawing the first frame.
    if args.len() <= 1 {
        return Ok(Cli::default());
    }
    let mut command = Cli::command();
    if lang_in_args(&args).unwrap_or_else(locale_from_env) == Locale::ZhHans {
        command = help_zh::localize(command, "");
    }
    let matches = command.try_get_matches_from(&args)?;
    Cli::from_arg_matches(&matches)
}

/// `--lang X` or `--lang=X` among the arguments, before clap has read them.
pub(super) fn lang_in_args(args: &[std::ffi::OsString]) -> Option<Locale> {
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
pub(super) fn completions(shell: clap_complete::Shell) -> ExitCode {
    use clap::CommandFactory;
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "ready", &mut out);
    emit(&String::from_utf8_lossy(&out))
}

pub(super) fn man_page() -> ExitCode {
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

/// Prints clap's message (help, version or a usage error) as plain text
/// with anything the user typed made safe: an argument can hold escapes.
pub(super) fn usage_error(e: &clap::Error) -> ExitCode {
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

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::Cli;

    /// `ready` alone skips the parser; what it starts with must be exactly
    /// what the parser would give (a default value or an environment
    /// variable added to an option would break this).
    #[test]
    fn no_arguments_start_as_the_parser_would() {
        let parsed = Cli::try_parse_from(["ready"]).map(|c| format!("{c:?}"));
        assert_eq!(parsed.ok(), Some(format!("{:?}", Cli::default())));
    }
}

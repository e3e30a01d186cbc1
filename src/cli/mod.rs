//! The command line: parse, load the guide, run one command.

mod kiosk;
mod plain_checklist;
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
    /// Write the whole guide (or one checklist) as Markdown, HTML or JSON.
    Export {
        #[arg(long, value_enum)]
        format: Format,
        /// Write to FILE instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Export one checklist instead (Markdown only), e.g. `supplies`.
        #[arg(long, value_name = "ID")]
        checklist: Option<String>,
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

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    let locale = cli.lang.unwrap_or_else(locale_from_env);
    match &cli.command {
        Some(Command::Check { dir }) => return read::check(dir.as_deref().or(cli.content.as_deref())),
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
    let guide = match load(cli.content.as_deref()) {
        // Kept to the end of the process: freeing thousands of strings one
        // by one on the way out only delays the exit.
        Ok(guide) => std::mem::ManuallyDrop::new(guide),
        Err(code) => return code,
    };
    match &cli.command {
        None => interactive(&guide, locale, &cli),
        Some(Command::List { json: false }) => emit(&read::list(&guide, locale)),
        Some(Command::List { json: true }) => emit(&read::list_json(&guide)),
        Some(Command::Show { id }) => read::show(&guide, id, locale),
        Some(Command::Search { query }) => read::search(&guide, &query.join(" "), locale),
        Some(Command::Export {
            checklist: Some(id),
            format,
            output,
            household,
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
        Some(Command::Check { .. } | Command::Completions { .. } | Command::Man | Command::Kiosk { .. }) => {
            ExitCode::SUCCESS
        }
    }
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
            eprintln!("ready: cannot render the man page: {e}");
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
        eprintln!(
            "ready: this terminal (TERM={}) cannot show the full-screen guide; use `ready list`, `ready show ID`, \
             `ready quiz --plain` or `ready checklist --plain ID`",
            if term.is_empty() { "unset" } else { "dumb" }
        );
        return ExitCode::from(FAILURE);
    }
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        eprintln!(
            "ready: the interactive guide needs a terminal; try `ready list`, `ready show ID`, `--plain` or `ready --help`"
        );
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
    };
    match tui::run(guide, options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ready: terminal error: {e}");
            ExitCode::from(FAILURE)
        }
    }
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

/// `LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders them.
pub fn locale_from_env() -> Locale {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .map_or(Locale::En, |v| Locale::from_env_value(&v))
}

/// The guide the user asked for, or the problems that stop it loading.
pub fn load(dir: Option<&Path>) -> Result<Guide, ExitCode> {
    let result = match dir {
        Some(dir) => content::from_dir(dir),
        None => content::embedded(),
    };
    result.map_err(|e| {
        let name = dir.map_or_else(|| "the built-in guide".to_string(), |d| d.display().to_string());
        match e {
            LoadError::Missing(why) => eprintln!("ready: {}", clean(&why, true)),
            LoadError::Invalid(diagnostics) => {
                for d in &diagnostics {
                    eprintln!("{}", clean(&d.to_string(), true));
                }
                let count = match diagnostics.len() {
                    1 => "1 problem".to_string(),
                    n => format!("{n} problems"),
                };
                let again = dir.map_or_else(|| "ready check".to_string(), |d| format!("ready check {}", d.display()));
                eprintln!(
                    "ready: {} has {count}; fix them, then `{}` shows what is left",
                    clean(&name, true),
                    clean(&again, true)
                );
            }
        }
        ExitCode::from(FAILURE)
    })
}

/// Writes to `output`, or to stdout when there is none.
pub(crate) fn emit_to(text: &str, output: Option<&Path>) -> ExitCode {
    match output {
        None => emit(text),
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("ready: cannot write {}: {e}", clean(&path.display().to_string(), true));
                ExitCode::from(FAILURE)
            }
        },
    }
}

/// Writes to stdout; a closed pipe (`ready list | head`) is not an error.
pub(crate) fn emit(text: &str) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ready: cannot write output: {e}");
            ExitCode::from(FAILURE)
        }
    }
}

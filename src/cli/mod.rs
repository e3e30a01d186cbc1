//! The command line: parse, load the guide, run one command.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::content::sanitize::clean;
use crate::content::{self, Guide, LoadError, Locale};
use crate::i18n::strings;
use crate::progress::{self, Store};
use crate::tui::{self, ThemeName};
use crate::{export, search};

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
    /// Write the whole guide as Markdown, HTML or JSON.
    Export {
        #[arg(long, value_enum)]
        format: Format,
        /// Write to FILE instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
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
const FAILURE: u8 = 1;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let locale = cli.lang.unwrap_or_else(locale_from_env);
    if let Some(Command::Check { dir }) = &cli.command {
        return check(dir.as_deref().or(cli.content.as_deref()));
    }
    let guide = match load(cli.content.as_deref()) {
        Ok(guide) => guide,
        Err(code) => return code,
    };
    match &cli.command {
        None => interactive(&guide, locale, &cli),
        Some(Command::List { json: false }) => emit(&list(&guide, locale)),
        Some(Command::List { json: true }) => emit(&list_json(&guide)),
        Some(Command::Show { id }) => show(&guide, id, locale),
        Some(Command::Search { query }) => search(&guide, &query.join(" "), locale),
        Some(Command::Export { format, output }) => export(&guide, *format, output.as_deref(), locale),
        Some(Command::Check { .. }) => ExitCode::SUCCESS,
    }
}

fn interactive(guide: &Guide, locale: Locale, cli: &Cli) -> ExitCode {
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        eprintln!("ready: the interactive guide needs a terminal; try `ready list`, `ready show ID` or `ready --help`");
        return ExitCode::from(FAILURE);
    }
    let data_dir = cli.data_dir.clone().or_else(progress::default_dir);
    let options = tui::Options {
        locale,
        theme: cli.theme.unwrap_or_else(theme_from_env),
        store: Store::in_dir(data_dir.as_deref()),
        seed: cli.seed,
    };
    match tui::run(guide, options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ready: terminal error: {e}");
            ExitCode::from(FAILURE)
        }
    }
}

/// NO_COLOR (any non-empty value) means no colour at all.
pub fn theme_from_env() -> ThemeName {
    match std::env::var_os("NO_COLOR") {
        Some(v) if !v.is_empty() => ThemeName::Mono,
        _ => ThemeName::Default,
    }
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
                eprintln!(
                    "ready: {} has {} problem(s); fix them and run `ready check`",
                    clean(&name, true),
                    diagnostics.len()
                );
            }
        }
        ExitCode::from(FAILURE)
    })
}

fn check(dir: Option<&Path>) -> ExitCode {
    match load(dir) {
        Ok(guide) => {
            let questions: usize = guide.points.iter().map(|p| p.quiz.len()).sum();
            emit(&format!(
                "ok: {} categories, {} points, {questions} quiz questions, {} checklists\n",
                guide.categories.len(),
                guide.points.len(),
                guide.checklists.len()
            ))
        }
        Err(code) => code,
    }
}

fn list(guide: &Guide, locale: Locale) -> String {
    let mut out = String::new();
    for category in &guide.categories {
        out.push_str(&format!(
            "{} ({} {})\n",
            category.title.text(locale),
            category.points.len(),
            strings(locale).points
        ));
        let width = category.points.iter().map(String::len).max().unwrap_or(0);
        for point in guide.points_in(category) {
            out.push_str(&format!("  {:width$}  {}\n", point.id, point.title.text(locale)));
        }
    }
    out
}

fn list_json(guide: &Guide) -> String {
    let categories: Vec<_> = guide
        .categories
        .iter()
        .map(|c| {
            let points: Vec<_> = guide
                .points_in(c)
                .map(|p| serde_json::json!({ "id": p.id, "hazard": p.hazard, "title": p.title }))
                .collect();
            serde_json::json!({ "id": c.id, "title": c.title, "points": points })
        })
        .collect();
    let value = serde_json::json!({ "categories": categories });
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

fn show(guide: &Guide, id: &str, locale: Locale) -> ExitCode {
    if let Some(point) = guide.point(id) {
        return emit(&export::text::point(guide, point, locale, output_width()));
    }
    let s = strings(locale);
    let mut message = format!("ready: {} `{}`", s.unknown_point, clean(id, true));
    let ids = guide.points.iter().map(|p| p.id.as_str());
    let near = search::suggestions(id, ids, 3);
    if !near.is_empty() {
        message.push_str(&format!("; {}: {}?", s.did_you_mean, near.join(", ")));
    }
    eprintln!("{message}");
    ExitCode::from(FAILURE)
}

fn search(guide: &Guide, query: &str, locale: Locale) -> ExitCode {
    let hits = search::Index::new(guide).search(query);
    if hits.is_empty() {
        eprintln!("ready: {} “{}”", strings(locale).no_results, clean(query, true));
        return ExitCode::from(FAILURE);
    }
    let width = hits
        .iter()
        .filter_map(|h| guide.points.get(h.point))
        .map(|p| p.id.len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for hit in &hits {
        if let Some(p) = guide.points.get(hit.point) {
            out.push_str(&format!(
                "{:width$}  {} — {}\n",
                p.id,
                p.title.text(locale),
                p.summary.text(locale)
            ));
        }
    }
    emit(&out)
}

fn export(guide: &Guide, format: Format, output: Option<&Path>, locale: Locale) -> ExitCode {
    let text = match format {
        Format::Md => export::markdown::guide(guide, locale),
        Format::Html => export::html::guide(guide, locale),
        Format::Json => export::json::guide(guide),
    };
    match output {
        None => emit(&text),
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("ready: cannot write {}: {e}", clean(&path.display().to_string(), true));
                ExitCode::from(FAILURE)
            }
        },
    }
}

/// The width to wrap text to: the terminal's, or 80 when piped.
fn output_width() -> usize {
    if io::stdout().is_terminal() {
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
            return usize::from(w).clamp(20, 200);
        }
    }
    80
}

/// Writes to stdout; a closed pipe (`ready list | head`) is not an error.
fn emit(text: &str) -> ExitCode {
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

//! `ready kiosk`: read the settings and content, report every problem to
//! stderr (the journal, under systemd), and run. A kiosk with broken
//! settings or content still runs, on the maintenance screen, because a
//! black screen in a public hall helps nobody; `--check` is how an operator
//! finds the problem before deploying.

use std::io::{self, BufRead, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::FAILURE;
use crate::content::sanitize::clean;
use crate::content::{self, Guide, LoadError, Locale};
use crate::i18n::kiosk::{Operator, operator};
use crate::kiosk::{Config, config, pin};
use crate::tui::kiosk::Source;
use crate::tui::theme::ThemeName;

pub struct Flags {
    pub config: Option<PathBuf>,
    pub idle: Option<u64>,
    pub stats: Option<PathBuf>,
    pub content: Option<PathBuf>,
    pub lang: Option<Locale>,
    pub check: bool,
    pub hash_pin: bool,
    pub theme: ThemeName,
}

pub fn run(flags: Flags) -> ExitCode {
    if flags.hash_pin {
        return hash_pin();
    }
    let mut problems = Vec::new();
    let mut settings = match &flags.config {
        Some(path) => read_config(path, &mut problems),
        None => Config::default(),
    };
    overrides(&flags)(&mut settings);
    let dir = flags.content.clone().or_else(|| settings.content.clone());
    let loaded = load(dir.as_deref(), &mut problems);
    let guide: Result<Guide, Guide> = match (loaded, content::embedded()) {
        (Some(g), _) if problems.is_empty() => Ok(g),
        // The maintenance screen shows the built-in guide's numbers and CPR.
        (_, Ok(builtin)) => Err(builtin),
        (_, Err(_)) => {
            eprintln!("{}", operator(super::ui_locale(), Operator::BrokenBinary));
            return ExitCode::from(FAILURE);
        }
    };
    for p in &problems {
        eprintln!("{}", clean(p, true));
    }
    if flags.check {
        if problems.is_empty() {
            println!("{}", operator(super::ui_locale(), Operator::CheckOk));
            return ExitCode::SUCCESS;
        }
        return ExitCode::from(FAILURE);
    }
    if !problems.is_empty() {
        eprintln!("{}", operator(super::ui_locale(), Operator::Maintenance));
    }
    if !io::stdout().is_terminal() {
        eprintln!("{}", operator(super::ui_locale(), Operator::NeedsTerminal));
        return ExitCode::from(FAILURE);
    }
    let source = Source {
        config_file: flags.config.clone(),
        content: flags.content.clone(),
        overrides: Box::new(overrides(&flags)),
        theme: flags.theme,
    };
    match crate::tui::kiosk::run(&source, settings, guide) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "{}",
                operator(super::ui_locale(), Operator::TerminalError(&e.to_string()))
            );
            ExitCode::from(FAILURE)
        }
    }
}

/// Command-line flags win over the file, every time it is read.
fn overrides(flags: &Flags) -> impl Fn(&mut Config) + 'static {
    let (idle, stats, lang) = (flags.idle, flags.stats.clone(), flags.lang);
    move |c: &mut Config| {
        if let Some(idle) = idle {
            c.idle = idle.clamp(config::MIN_IDLE, config::MAX_IDLE);
            c.warning = c.warning.min(c.idle - 1);
        }
        if let Some(stats) = &stats {
            c.stats = Some(stats.clone());
        }
        if let Some(lang) = lang {
            if !c.languages.contains(&lang) {
                c.languages.insert(0, lang);
            }
            c.start = lang;
        }
    }
}

fn read_config(path: &Path, problems: &mut Vec<String>) -> Config {
    let name = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => config::parse(&name, &text).unwrap_or_else(|d| {
            problems.extend(d.iter().map(|d| d.in_locale(super::ui_locale())));
            Config::default()
        }),
        Err(e) => {
            let why = e.to_string();
            problems.push(operator(
                super::ui_locale(),
                Operator::CannotReadSettings { name: &name, why: &why },
            ));
            Config::default()
        }
    }
}

fn load(dir: Option<&Path>, problems: &mut Vec<String>) -> Option<Guide> {
    let result = match dir {
        Some(dir) => content::from_dir(dir),
        None => content::embedded(),
    };
    match result {
        Ok(g) => Some(g),
        Err(LoadError::Missing(m)) => {
            problems.push(crate::i18n::content::missing(super::ui_locale(), &m));
            None
        }
        Err(LoadError::Invalid(d)) => {
            problems.extend(d.iter().map(|d| d.in_locale(super::ui_locale())));
            None
        }
    }
}

/// Reads a PIN from standard input (never from the command line, where it
/// would sit in the shell's history) and prints its hash for `pin = "…"`.
fn hash_pin() -> ExitCode {
    if io::stdin().is_terminal() {
        eprintln!("{}", operator(super::ui_locale(), Operator::PinPrompt));
    }
    let mut line = String::new();
    if io::stdin().lock().read_line(&mut line).is_err() {
        eprintln!("{}", operator(super::ui_locale(), Operator::CannotReadPin));
        return ExitCode::from(FAILURE);
    }
    match pin::hash(line.trim()) {
        Ok(hash) => {
            println!("pin = \"{hash}\"");
            ExitCode::SUCCESS
        }
        Err(pin::PinError::NotDigits) => {
            eprintln!("{}", operator(super::ui_locale(), Operator::PinNotDigits));
            ExitCode::from(2)
        }
        Err(pin::PinError::Length(n)) => {
            eprintln!("{}", operator(super::ui_locale(), Operator::PinLength(n)));
            ExitCode::from(2)
        }
    }
}

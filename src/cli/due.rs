//! `ready due [--days N] [--json] [--ics FILE]`: what needs checking or
//! replacing soon, one line each, for a login message, cron or a timer.
//! Exit 0 when nothing is due, 1 when something is, 2 on an error.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use jiff::civil::Date;

use super::{Cli, emit, prefixed, store};
use crate::content::sanitize::clean;
use crate::content::{Guide, Locale};
use crate::i18n::messages;
use crate::upkeep::{due, ics};

/// Something is due: the status a script tests for.
const DUE: u8 = 1;
/// Could not do what was asked (write the calendar, print).
const ERROR: u8 = 2;

pub struct Request<'a> {
    pub days: u32,
    pub json: bool,
    pub ics: Option<&'a Path>,
}

pub fn run(guide: &Guide, request: &Request<'_>, today: Date, locale: Locale, cli: &Cli) -> ExitCode {
    let (progress, notice) = store(cli).load_for(guide, locale);
    if let Some(notice) = notice {
        eprintln!("{}", prefixed(locale, &clean(&notice, true)));
    }
    if let Some(path) = request.ics {
        let text = ics::calendar(guide, &progress, today, locale).to_string();
        if let Err(e) = std::fs::write(path, text) {
            let path = clean(&path.display().to_string(), true).into_owned();
            eprintln!(
                "{}",
                prefixed(locale, &messages::cannot_write(locale, &path, &e.to_string()))
            );
            return ExitCode::from(ERROR);
        }
    }
    let due = due::within(guide, &progress, today, request.days);
    let text = if request.json {
        let items: Vec<_> = due.iter().map(|d| due::json_item(guide, d, today, locale)).collect();
        let doc = serde_json::json!({
            "today": today.to_string(),
            "days": request.days,
            "due": items,
        });
        format!("{doc:#}\n")
    } else if due.is_empty() {
        // Silent in a login script or a timer's log; a person at a terminal
        // is told that the silence means nothing is due.
        if !std::io::stdout().is_terminal() {
            return ExitCode::SUCCESS;
        }
        format!("{}\n", crate::i18n::cli::due_heading(locale, request.days, false))
    } else {
        let mut text = format!("{}\n", crate::i18n::cli::due_heading(locale, request.days, true));
        for d in &due {
            text.push_str(&format!("  {}\n", crate::i18n::due::line(guide, d, today, locale)));
        }
        text
    };
    let printed = emit(&text);
    if printed != ExitCode::SUCCESS {
        return ExitCode::from(ERROR);
    }
    if due.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(DUE)
    }
}

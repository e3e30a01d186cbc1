//! `ready drill [--plain] ID`: a choose-what-you-do scenario, in the
//! interactive guide or as numbered lines.

use std::io;
use std::process::ExitCode;

use super::{Cli, FAILURE, plain_drill, prefixed, run_tui, store, unknown};
use crate::content::sanitize::clean;
use crate::content::{Guide, Locale};
use crate::tui::Start;

pub fn run(guide: &Guide, id: &str, plain: bool, locale: Locale, cli: &Cli) -> ExitCode {
    let Some(index) = guide.drill_index(id) else {
        return unknown(
            locale,
            crate::i18n::messages::Kind::Drill,
            id,
            guide.drills.iter().map(|d| d.id.as_str()),
        );
    };
    if !plain {
        return run_tui(guide, locale, cli, Start::Drill(index));
    }
    let drill = &guide.drills[index];
    let mut store = store(cli);
    let (mut progress, notice) = store.load_for(guide, locale);
    if let Some(notice) = notice {
        eprintln!("{}", prefixed(locale, &clean(&notice, true)));
    }
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut out = super::plain_output();
    match plain_drill::run(guide, drill, locale, &mut input, &mut out) {
        Ok(walk) => {
            let Some(outcome) = walk.outcome(drill) else {
                if !walk.moves().is_empty() {
                    eprintln!("{}", prefixed(locale, crate::i18n::drills(locale).left));
                }
                return ExitCode::SUCCESS;
            };
            progress.record_drill(&drill.id, outcome);
            if let Err(e) = store.save(&progress) {
                let message = crate::i18n::messages::cannot_save(locale, &e.to_string());
                eprintln!("{}", prefixed(locale, &message));
            }
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ready: {e}");
            ExitCode::from(FAILURE)
        }
    }
}

/// The drills, for `ready list`.
pub fn list(guide: &Guide, locale: Locale) -> String {
    if guide.drills.is_empty() {
        return String::new();
    }
    let words = crate::i18n::drills(locale);
    let mut out = format!("{} ({})\n", words.plural, guide.drills.len());
    let width = guide.drills.iter().map(|d| d.id.len()).max().unwrap_or(0);
    for drill in &guide.drills {
        out.push_str(&format!("  {:width$}  {}\n", drill.id, drill.title.text(locale)));
    }
    out
}

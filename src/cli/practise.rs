//! The practise commands: `quiz`, `checklist`, and `export --checklist`.

use std::io;
use std::path::Path;
use std::process::ExitCode;

use super::{
    Cli, FAILURE, Format, emit, emit_to, output_width, plain_checklist, plain_output, plain_quiz, prefixed, run_tui,
    store, unknown,
};
use crate::content::sanitize::clean;
use crate::content::{Guide, Locale};
use crate::i18n::messages::{self, Kind};
use crate::quiz::{MIXED_COUNT, Scope, Session};
use crate::tui::Start;

pub struct QuizRequest<'a> {
    pub category: Option<&'a str>,
    pub point: Option<&'a str>,
    pub mistakes: bool,
    pub count: Option<usize>,
}

pub fn quiz(guide: &Guide, request: &QuizRequest<'_>, plain: bool, locale: Locale, cli: &Cli) -> ExitCode {
    let mut store = store(cli);
    let (mut progress, notice) = store.load_for(guide, locale);
    if let Some(notice) = notice {
        eprintln!("{}", prefixed(locale, &clean(&notice, true)));
    }
    let scope = match (request.category, request.point) {
        (Some(id), _) => match guide.category(id) {
            Some(c) => Scope::Category(c.id.to_string()),
            None => {
                return unknown(
                    locale,
                    Kind::Category,
                    id,
                    guide.categories.iter().map(|c| c.id.as_str()),
                );
            }
        },
        (_, Some(id)) => match guide.point(id) {
            Some(p) => Scope::Point(p.id.to_string()),
            None => return unknown(locale, Kind::Point, id, guide.points.iter().map(|p| p.id.as_str())),
        },
        _ if request.mistakes => Scope::Only(progress.missed_questions()),
        _ => Scope::Mixed(request.count.unwrap_or(MIXED_COUNT)),
    };
    if !plain {
        return run_tui(guide, locale, cli, Start::Quiz(scope, request.count));
    }
    let seed = cli.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
    });
    let mut session = Session::new(guide, &scope, seed);
    if let Some(n) = request.count {
        session.limit(n);
    }
    if session.items.is_empty() {
        let message = crate::i18n::cli::no_mistakes(locale);
        return emit(&format!("{message}\n"));
    }
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut out = plain_output();
    match plain_quiz::run(guide, &mut session, locale, &mut input, &mut out, output_width()) {
        Ok(outcome) => {
            let code = if outcome.not_utf8 {
                ExitCode::from(FAILURE)
            } else {
                ExitCode::SUCCESS
            };
            // Answers count as given, so a quiz stopped at end of input
            // keeps its mistakes; only a finished one is scored.
            let answered = session.answers.iter().flatten().count();
            if answered == 0 {
                return code;
            }
            progress.record_quiz(&session, &scope);
            if !outcome.finished {
                eprintln!("{}", prefixed(locale, &crate::i18n::left_quiz(locale, answered)));
            }
            if let Err(e) = store.save(&progress) {
                eprintln!("{}", prefixed(locale, &messages::cannot_save(locale, &e.to_string())));
            }
            code
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ready: {e}");
            ExitCode::from(FAILURE)
        }
    }
}

pub fn checklist(guide: &Guide, id: &str, plain: bool, household: Option<u32>, locale: Locale, cli: &Cli) -> ExitCode {
    let Some(index) = guide.checklist_index(id) else {
        return unknown(
            locale,
            Kind::Checklist,
            id,
            guide.checklists.iter().map(|c| c.id.as_str()),
        );
    };
    let mut store = store(cli);
    let (mut progress, notice) = store.load_for(guide, locale);
    if let Some(notice) = notice {
        eprintln!("{}", prefixed(locale, &clean(&notice, true)));
    }
    if let Some(h) = household {
        progress.household = h;
        if let Err(e) = store.save(&progress) {
            eprintln!("{}", prefixed(locale, &messages::cannot_save(locale, &e.to_string())));
        }
    }
    if !plain {
        return run_tui(guide, locale, cli, Start::Checklist(index));
    }
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut out = plain_output();
    let mut warned = false;
    let mut save = |p: &crate::progress::Progress| {
        if let Err(e) = store.save(p)
            && !warned
        {
            eprintln!("{}", prefixed(locale, &messages::cannot_save(locale, &e.to_string())));
            warned = true;
        }
    };
    match plain_checklist::run(
        &guide.checklists[index],
        &mut progress,
        (locale, super::today(cli)),
        &mut input,
        &mut out,
        &mut save,
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ready: {e}");
            ExitCode::from(FAILURE)
        }
    }
}

/// `ready export --plan`: reads progress, never writes it.
pub fn export_plan(
    guide: &Guide,
    format: Format,
    output: Option<&Path>,
    today: jiff::civil::Date,
    locale: Locale,
    cli: &Cli,
) -> ExitCode {
    use crate::export::plan::{PlanPage, html, markdown};
    let store = store(cli);
    let (progress, notice) = store.clone().load_for(guide, locale);
    if let Some(notice) = notice {
        eprintln!("{}", prefixed(locale, &clean(&notice, true)));
    }
    // The page says where the details live: a full path, wherever it is read.
    let stored_at = store
        .path()
        .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()));
    let page = PlanPage {
        guide,
        progress: &progress,
        stored_at: stored_at.as_deref(),
        today,
        locale,
    };
    let text = match format {
        Format::Md => markdown(&page),
        Format::Html => html(&page),
        Format::Json => {
            let message = crate::i18n::cli::plan_is_a_page(locale);
            eprintln!("{}", prefixed(locale, message));
            return ExitCode::from(2);
        }
    };
    emit_to(&text, output)
}

pub fn export_checklist(
    guide: &Guide,
    id: &str,
    format: Format,
    output: Option<&Path>,
    household: Option<u32>,
    locale: Locale,
    cli: &Cli,
) -> ExitCode {
    let Some(list) = guide.checklist(id) else {
        return unknown(
            locale,
            Kind::Checklist,
            id,
            guide.checklists.iter().map(|c| c.id.as_str()),
        );
    };
    if !matches!(format, Format::Md) {
        eprintln!("{}", prefixed(locale, messages::checklist_markdown_only(locale)));
        return ExitCode::from(2);
    }
    let household = household.unwrap_or_else(|| store(cli).load().0.household);
    let text = crate::export::markdown::checklist(list, household, locale);
    emit_to(&text, output)
}

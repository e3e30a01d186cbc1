//! `ready checklist --plain ID`: a checklist as numbered lines; typing a
//! number ticks or unticks it, a number and a date sets that item's date,
//! a number and `done` marks it checked today. Each change is saved at once.

use std::io::{self, BufRead, Write};

use jiff::civil::Date;

use super::plain_input::{Line, number, read_line};
use crate::checklist::{items, key, tally};
use crate::content::{Checklist, ChecklistItem, Locale};
use crate::i18n::checklist::item_amount;
use crate::i18n::cli::{self, Retry};
use crate::progress::Progress;
use crate::upkeep::{self, due};

/// What one line of input asks for.
enum Ask<'c> {
    Toggle(usize, &'c ChecklistItem),
    Date(usize, &'c ChecklistItem, Date),
    Done(usize, &'c ChecklistItem),
    /// `0 DATE` and `0 done`: the checklist's recurring check.
    RecurringDate(Date),
    RecurringDone,
    NoDate,
    BadDate,
    Unknown,
}

/// Lists the checklist, then reads lines until an empty one or the end of
/// input. `save` is called after every change.
pub fn run(
    list: &Checklist,
    progress: &mut Progress,
    (locale, today): (Locale, Date),
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    save: &mut dyn FnMut(&Progress),
) -> io::Result<()> {
    let (done, total) = tally(list, &progress.ticks);
    writeln!(out, "{} — {done}/{total}", list.title.text(locale))?;
    if list.recurring.is_some() {
        writeln!(out, "  {}", recurring_line(list, progress, today, locale))?;
    }
    let mut n = 0;
    for section in &list.sections {
        writeln!(out, "{}", section.title.text(locale))?;
        for item in &section.items {
            n += 1;
            writeln!(out, "  {}", line(list, item, n, progress, (locale, today)))?;
        }
    }
    writeln!(out, "{}", hint(list, locale))?;
    if list.id == "family-plan" {
        writeln!(out, "{}", cli::plan_hint(locale))?;
    }
    loop {
        write!(out, "> ")?;
        out.flush()?;
        let text = match read_line(input)? {
            Line::Text(text) if !text.trim().is_empty() => text,
            Line::Text(_) | Line::End => break,
            Line::NotUtf8 => {
                writeln!(out, "{}", crate::i18n::messages::input_not_utf8_checklist(locale))?;
                break;
            }
        };
        let text = half_width(text.trim());
        if list.id == "family-plan" {
            match super::plain_plan::handle(progress, &text, locale, out)? {
                Some(true) => {
                    save(progress);
                    continue;
                }
                Some(false) => continue,
                None => {}
            }
        }
        match parse(list, &text) {
            Ask::Toggle(k, item) => {
                upkeep::toggle(progress, list, item, today);
                save(progress);
                writeln!(out, "  {}", line(list, item, k, progress, (locale, today)))?;
            }
            Ask::Date(k, item, date) => {
                upkeep::set_item_date(progress, list, item, date);
                save(progress);
                writeln!(out, "  {}", line(list, item, k, progress, (locale, today)))?;
            }
            Ask::Done(k, item) => {
                if let Some(u) = item.upkeep {
                    upkeep::done_today(progress, key(list, item), u.every, today);
                    save(progress);
                }
                writeln!(out, "  {}", line(list, item, k, progress, (locale, today)))?;
            }
            Ask::RecurringDate(date) => {
                progress.dates.insert(upkeep::recurring_key(list), date);
                save(progress);
                writeln!(out, "  {}", recurring_line(list, progress, today, locale))?;
            }
            Ask::RecurringDone => {
                if let Some(r) = &list.recurring {
                    upkeep::done_today(progress, upkeep::recurring_key(list), r.every, today);
                    save(progress);
                }
                writeln!(out, "  {}", recurring_line(list, progress, today, locale))?;
            }
            Ask::NoDate => writeln!(out, "{}", cli::retry(locale, Retry::NoDate))?,
            Ask::BadDate => writeln!(out, "{}", cli::retry(locale, Retry::BadDate))?,
            Ask::Unknown => writeln!(out, "{}", cli::retry(locale, Retry::Unknown(total)))?,
        }
    }
    let (done, total) = tally(list, &progress.ticks);
    writeln!(out)?;
    writeln!(out, "{}", cli::done(locale, done, total))?;
    Ok(())
}

/// Full-width digits and date separators (a Chinese input method's) as ASCII.
fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' => char::from_digit(c as u32 - '０' as u32, 10).unwrap_or(c),
            '－' => '-',
            '／' => '/',
            '．' => '.',
            '　' => ' ',
            c => c,
        })
        .collect()
}

fn parse<'c>(list: &'c Checklist, text: &str) -> Ask<'c> {
    let mut words = text.split_whitespace();
    let (Some(first), rest, None) = (words.next(), words.next(), words.next()) else {
        return Ask::Unknown;
    };
    let total = items(list).count();
    let k = match first {
        "0" => 0,
        _ => match number(first, total) {
            Some(k) => k + 1,
            None => return Ask::Unknown,
        },
    };
    let done = rest.is_some_and(|w| matches!(w.to_lowercase().as_str(), "done" | "ok" | "完成" | "已查"));
    if k == 0 {
        return match (list.recurring.is_some(), rest) {
            (false, _) | (true, None) => Ask::Unknown,
            (true, Some(_)) if done => Ask::RecurringDone,
            (true, Some(w)) => upkeep::parse(w).map_or(Ask::BadDate, Ask::RecurringDate),
        };
    }
    let Some(item) = items(list).nth(k - 1) else {
        return Ask::Unknown;
    };
    match rest {
        None => Ask::Toggle(k, item),
        Some(_) if item.upkeep.is_none() => Ask::NoDate,
        Some(_) if done => Ask::Done(k, item),
        Some(w) => upkeep::parse(w).map_or(Ask::BadDate, |d| Ask::Date(k, item, d)),
    }
}

fn hint(list: &Checklist, locale: Locale) -> String {
    let dated = items(list).any(|i| i.upkeep.is_some()) || list.recurring.is_some();
    cli::checklist_hint(locale, dated).to_string()
}

fn line(
    list: &Checklist,
    item: &ChecklistItem,
    n: usize,
    progress: &Progress,
    (locale, today): (Locale, Date),
) -> String {
    let mark = if progress.ticks.contains(&key(list, item)) {
        "[x]"
    } else {
        "[ ]"
    };
    let mut text = format!("{n}. {mark} {}", item.text.text(locale));
    if let Some(a) = item_amount(item, progress.household, locale) {
        text.push_str(" — ");
        text.push_str(&a);
    }
    if let (Some(u), Some(&date)) = (item.upkeep, progress.dates.get(&key(list, item))) {
        let kind = match u.kind {
            crate::content::UpkeepKind::ShelfLife => due::Kind::UseBy,
            crate::content::UpkeepKind::Check => due::Kind::Check,
        };
        text.push_str(&date_note(kind, date, today, locale));
    }
    text
}

/// " — use by 2 Dec 2026 (in 3 days)": the words carry the warning, so
/// they need no colour.
fn date_note(kind: due::Kind, date: Date, today: Date, locale: Locale) -> String {
    let label = crate::i18n::due::label(kind, date, locale);
    let when = crate::i18n::due::when(upkeep::days_between(today, date), locale);
    cli::date_note(locale, Some((&label, &when)))
}

fn recurring_line(list: &Checklist, progress: &Progress, today: Date, locale: Locale) -> String {
    let Some(r) = &list.recurring else {
        return String::new();
    };
    let mut text = format!("0. {}", r.title.text(locale));
    match progress.dates.get(&upkeep::recurring_key(list)) {
        Some(&date) => text.push_str(&date_note(due::Kind::Recurring, date, today, locale)),
        None => text.push_str(&cli::date_note(locale, None)),
    }
    text
}

#[cfg(test)]
#[path = "plain_checklist_tests.rs"]
mod tests;

//! The dates in a checklist: each dated item's date after its text, the
//! recurring check and the plan's details above the items, and the date
//! field while one is being entered. Overdue is said in words, so it
//! survives a terminal without colour.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::date_field::{Part, order};
use crate::checklist::key;
use crate::content::{Checklist, ChecklistItem, Locale, UpkeepKind};
use crate::i18n::key_after;
use crate::i18n::upkeep_words;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::keymap::Context;
use crate::tui::screens::{DateField, DateTarget};
use crate::tui::widgets::text::truncate;
use crate::upkeep::{days_between, due, recurring_key};

/// Adds " · use by 2 Dec 2026" (and "· OVERDUE") to an item's text; says
/// whether it is overdue.
pub fn item_date(app: &App<'_>, list: &Checklist, item: &ChecklistItem, text: &mut String) -> bool {
    let (Some(upkeep), Some(&date)) = (item.upkeep, app.session.progress.dates.get(&key(list, item))) else {
        return false;
    };
    let kind = match upkeep.kind {
        UpkeepKind::ShelfLife => due::Kind::UseBy,
        UpkeepKind::Check => due::Kind::Check,
    };
    text.push_str(" · ");
    text.push_str(&crate::i18n::due::label(kind, date, app.session.locale));
    let overdue = date < app.env.today;
    if overdue {
        text.push_str(" · ");
        text.push_str(upkeep_words(app.session.locale).overdue);
    }
    overdue
}

/// The recurring check's line and, in the family plan, the way to its
/// details; each is also a button.
pub fn head_lines(app: &App<'_>, list: &Checklist, area: Rect, head: &mut Vec<Line<'_>>, last: &mut LastFrame) {
    let words = upkeep_words(app.session.locale);
    let w = usize::from(area.width);
    let mut push = |head: &mut Vec<Line<'_>>, text: String, overdue: bool, action: Action| {
        let y = area.y + u16::try_from(head.len()).unwrap_or(0);
        let style = if overdue {
            app.config.theme.never
        } else {
            app.config.theme.key
        };
        head.push(Line::styled(truncate(&text, w), style));
        if y < area.bottom() {
            last.hits.push((Rect::new(area.x, y, area.width, 1), action));
        }
    };
    // Lines with a date or details to fill in name their key, as the
    // keymap has it (lists with these lines use the personal keys).
    let hint = |action| {
        key_after(
            app.session.locale,
            app.config.keymap.label(Context::ChecklistPersonal, action),
        )
    };
    if let Some(recurring) = &list.recurring {
        let hint = hint(Action::RecurringDate);
        let title = recurring.title.text(app.session.locale);
        let sep = if app.session.locale == Locale::ZhHans {
            "："
        } else {
            ": "
        };
        let (text, overdue) = match app.session.progress.dates.get(&recurring_key(list)) {
            Some(&date) => {
                let when = crate::i18n::due::when(days_between(app.env.today, date), app.session.locale);
                let label = crate::i18n::due::label(due::Kind::Recurring, date, app.session.locale);
                (format!("{title}{sep}{label} · {when}{hint}"), date < app.env.today)
            }
            None => (format!("{title}{sep}{}{hint}", words.no_date_yet), false),
        };
        push(head, text, overdue, Action::RecurringDate);
    }
    if list.id == "family-plan" {
        let hint = hint(Action::EditPlan);
        push(head, format!("{}{hint}", words.plan_open), false, Action::EditPlan);
    }
}

/// The date field, over the bottom of the checklist: its parts in the
/// order the language writes them, the one being changed in brackets (no
/// colour needed), and the date it makes or why it is none.
pub fn date_box(
    app: &App<'_>,
    list: &Checklist,
    field: &DateField,
    frame: &mut Frame<'_>,
    body: Rect,
    last: &mut LastFrame,
) {
    let words = upkeep_words(app.session.locale);
    let colon = crate::i18n::colon(app.session.locale);
    let what = match field.target {
        DateTarget::Item(i) => crate::checklist::items(list)
            .nth(i)
            .map(|item| format!("{}{colon}{}", words.date_title_item, item.text.text(app.session.locale))),
        DateTarget::Recurring => list.recurring.as_ref().map(|r| {
            format!(
                "{}{colon}{}",
                words.date_title_recurring,
                r.title.text(app.session.locale)
            )
        }),
    }
    .unwrap_or_default();
    let height = 4.min(body.height);
    let area = Rect::new(body.x, body.bottom().saturating_sub(height), body.width, height);
    let inner_width = usize::from(area.width.saturating_sub(2));
    let part = |p: Part| {
        let (value, label) = match p {
            Part::Day => (format!("{:02}", field.day), words.day),
            Part::Month => (format!("{:02}", field.month), words.month),
            Part::Year => (format!("{:04}", field.year), words.year),
        };
        let shown = if p == field.part {
            format!("[{value}]")
        } else {
            format!(" {value} ")
        };
        match app.session.locale {
            Locale::En => vec![
                Span::raw(format!("{label} ")),
                Span::styled(shown, style(app, p == field.part)),
            ],
            Locale::ZhHans => vec![
                Span::styled(shown, style(app, p == field.part)),
                Span::raw(label.to_string()),
            ],
        }
    };
    let mut spans = Vec::new();
    for (i, p) in order(app.session.locale).into_iter().enumerate() {
        if i > 0 && app.session.locale == Locale::En {
            spans.push(Span::raw("  "));
        }
        spans.extend(part(p));
    }
    let result = match field.date() {
        Some(date) => Line::styled(
            truncate(
                &format!("= {}", crate::i18n::due::show(date, app.session.locale)),
                inner_width,
            ),
            app.config.theme.dim,
        ),
        None => Line::styled(format!("! {}", words.not_a_date), app.config.theme.never),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.config.theme.border)
        .title(Span::styled(
            truncate(&what, inner_width.saturating_sub(2)),
            app.config.theme.heading,
        ));
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(vec![Line::from(spans), result])
            .block(block)
            .style(app.config.theme.base),
        area,
    );
    // A click on the box does nothing underneath it.
    last.hits.push((area, Action::Ignore));
}

fn style(app: &App<'_>, active: bool) -> ratatui::style::Style {
    if active {
        app.config.theme.selected
    } else {
        app.config.theme.base
    }
}

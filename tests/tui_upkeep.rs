//! Dates, the due list and the family plan's details in the TUI: what
//! `update` does with each key, and snapshots of each screen at 80×24 and
//! 40×12 in both languages. Every app counts from `common::TODAY`.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::{Effect, TODAY, app, draw, press_all, screen_text, type_text};
use jiff::civil::date;
use ratatui::crossterm::event::KeyCode;
use ready::content::Locale;
use ready::tui::app::App;
use ready::tui::screens::{PractiseRow, Screen};

fn snapshot_all<R>(name: &str, setup: impl Fn(&mut App<'static>, u16, u16) -> R) {
    common::each_size_and_language(
        |a, w, h| {
            setup(a, w, h);
        },
        |suffix, text| {
            insta::assert_snapshot!(format!("{name}_{suffix}"), text);
        },
    );
}

/// Three things due this month (one overdue) and one later.
fn with_dates(app: &mut App<'_>) {
    let dates = &mut app.session.progress.dates;
    dates.insert("supplies/water".into(), date(2026, 11, 20));
    dates.insert("supplies/extinguisher".into(), date(2026, 12, 25));
    dates.insert("family-plan".into(), date(2026, 12, 12));
    dates.insert("supplies/food".into(), date(2027, 6, 1));
    for key in ["supplies/water", "supplies/extinguisher", "supplies/food"] {
        app.session.progress.ticks.insert(key.into());
    }
}

fn checklist_index(id: &str) -> usize {
    common::guide().checklists.iter().position(|c| c.id == id).unwrap()
}

fn open_checklist(app: &mut App<'static>, id: &str) {
    app.session
        .stack
        .push(Screen::Checklist(ready::tui::screens::ChecklistState::new(
            checklist_index(id),
            0,
        )));
}

fn open_row(app: &mut App<'static>, row: PractiseRow) {
    press_all(app, &[KeyCode::Tab, KeyCode::Tab]);
    let index = app.practise_rows().iter().position(|r| *r == row).unwrap();
    for _ in 0..index {
        press_all(app, &[KeyCode::Down]);
    }
    press_all(app, &[KeyCode::Enter]);
}

#[test]
fn home_says_how_much_is_due_this_month_and_opens_the_list() {
    let mut app = app(Locale::En);
    assert!(
        !app.practise_rows().contains(&PractiseRow::Due),
        "nothing dated, no line"
    );
    with_dates(&mut app);
    assert_eq!(app.practise_rows()[0], PractiseRow::Due);
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("3 items due this month, 1 overdue"), "{screen}");
    open_row(&mut app, PractiseRow::Due);
    assert!(matches!(app.screen(), Screen::Due(_)));
    // Soonest first: the overdue water, the drill, the extinguisher.
    press_all(&mut app, &[KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
    let Screen::Checklist(c) = app.screen() else { panic!() };
    let extinguisher = ready::checklist::items(&common::guide().checklists[c.checklist])
        .position(|i| i.id == "extinguisher")
        .unwrap();
    assert_eq!(c.selected, extinguisher, "the item is highlighted");
}

#[test]
fn a_date_is_typed_checked_and_kept() {
    let mut app = app(Locale::En);
    open_checklist(&mut app, "supplies");
    press_all(&mut app, &[KeyCode::Char('d')]);
    // Water: no date yet, so the field offers today plus its shelf life.
    let Screen::Checklist(c) = app.screen() else { panic!() };
    assert_eq!(c.date.unwrap().date(), Some(date(2027, 12, 2)));
    // 31 April is no date: Enter keeps nothing and the field stays open.
    type_text(&mut app, "3104");
    press_all(&mut app, &[KeyCode::Enter]);
    assert!(app.session.progress.dates.is_empty());
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("! not a real date"), "{screen}");
    // Back to the day, one down: 30 April (of 2027, as offered).
    let fx = press_all(
        &mut app,
        &[KeyCode::Left, KeyCode::Left, KeyCode::Char('-'), KeyCode::Enter],
    );
    assert_eq!(app.session.progress.dates["supplies/water"], date(2027, 4, 30));
    assert!(app.session.progress.ticks.contains("supplies/water"));
    assert!(fx.contains(&Effect::Save));
    // Esc leaves a date as it was; x clears it.
    press_all(&mut app, &[KeyCode::Char('d'), KeyCode::Char('+'), KeyCode::Esc]);
    assert_eq!(app.session.progress.dates["supplies/water"], date(2027, 4, 30));
    press_all(&mut app, &[KeyCode::Char('d'), KeyCode::Char('x')]);
    assert!(!app.session.progress.dates.contains_key("supplies/water"));
}

#[test]
fn checked_today_and_the_recurring_check_move_on_by_their_interval() {
    let mut app = app(Locale::ZhHans);
    open_checklist(&mut app, "supplies");
    let extinguisher = ready::checklist::items(&common::guide().checklists[checklist_index("supplies")])
        .position(|i| i.id == "extinguisher")
        .unwrap();
    for _ in 0..extinguisher {
        press_all(&mut app, &[KeyCode::Down]);
    }
    press_all(&mut app, &[KeyCode::Char('c')]);
    assert_eq!(
        app.session.progress.dates["supplies/extinguisher"],
        date(2027, 1, 2),
        "a month on"
    );
    // A whistle takes no date: said, not done.
    press_all(
        &mut app,
        &[
            KeyCode::Home,
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Char('d'),
        ],
    );
    assert!(app.session.notice.is_some());
    let Screen::Checklist(c) = app.screen() else { panic!() };
    assert!(c.date.is_none());
    press_all(&mut app, &[KeyCode::Esc]);
    open_checklist(&mut app, "family-plan");
    press_all(&mut app, &[KeyCode::Char('r'), KeyCode::Char('t'), KeyCode::Enter]);
    assert_eq!(
        app.session.progress.dates["family-plan"],
        date(2027, 6, 2),
        "six months from today"
    );
}

#[test]
fn the_plan_s_details_are_typed_checked_and_kept() {
    let mut app = app(Locale::ZhHans);
    open_checklist(&mut app, "family-plan");
    press_all(&mut app, &[KeyCode::Char('e')]);
    assert!(matches!(app.screen(), Screen::Plan(_)));
    press_all(&mut app, &[KeyCode::Enter]);
    type_text(&mut app, "王芳 q");
    press_all(&mut app, &[KeyCode::Backspace, KeyCode::Backspace, KeyCode::Enter]);
    assert_eq!(app.session.progress.plan["contact-1-name"], "王芳");
    // A phone that is not one is refused, and says why.
    press_all(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    type_text(&mut app, "妈妈");
    press_all(&mut app, &[KeyCode::Enter]);
    assert!(!app.session.progress.plan.contains_key("contact-1-phone"));
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(screen.contains("电话号码只能包含数字"), "{screen}");
    ready::tui::update::update(
        &mut app,
        ready::tui::action::Msg::Key(ratatui::crossterm::event::KeyEvent::new(
            KeyCode::Char('u'),
            ratatui::crossterm::event::KeyModifiers::CONTROL,
        )),
    );
    type_text(&mut app, "139 0000 1111");
    press_all(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.session.progress.plan["contact-1-phone"], "139 0000 1111");
    // Emptying a field removes it.
    press_all(&mut app, &[KeyCode::Up, KeyCode::Enter]);
    for _ in 0..2 {
        press_all(&mut app, &[KeyCode::Backspace]);
    }
    press_all(&mut app, &[KeyCode::Enter]);
    assert!(!app.session.progress.plan.contains_key("contact-1-name"));
}

#[test]
fn the_kiosk_offers_no_dates_and_no_plan() {
    let mut app = app(Locale::En);
    app.config.personal = false;
    with_dates(&mut app);
    assert!(!app.practise_rows().contains(&PractiseRow::Due));
    open_checklist(&mut app, "family-plan");
    press_all(&mut app, &[KeyCode::Char('e'), KeyCode::Char('r'), KeyCode::Char('d')]);
    assert!(matches!(app.screen(), Screen::Checklist(c) if c.date.is_none()));
    let screen = screen_text(&draw(&mut app, 80, 24));
    assert!(
        !screen.contains("Family drill") && !screen.contains("plan's details"),
        "{screen}"
    );
    // Ticking keeps no date either.
    app.session.progress.dates.clear();
    app.session.progress.ticks.clear();
    app.session.stack.truncate(1);
    open_checklist(&mut app, "supplies");
    press_all(&mut app, &[KeyCode::Char(' ')]);
    assert!(app.session.progress.ticks.contains("supplies/water"));
    assert!(app.session.progress.dates.is_empty());
}

#[test]
fn due_list() {
    snapshot_all("due_list", |app, _, _| {
        with_dates(app);
        open_row(app, PractiseRow::Due);
    });
}

#[test]
fn supplies_with_dates_and_the_date_field() {
    snapshot_all("date_field", |app, _, _| {
        with_dates(app);
        open_checklist(app, "supplies");
        press_all(app, &[KeyCode::Char('d'), KeyCode::Right]);
    });
}

#[test]
fn family_plan_with_its_drill_and_details() {
    snapshot_all("family_plan_dated", |app, _, _| {
        with_dates(app);
        open_checklist(app, "family-plan");
    });
}

#[test]
fn plan_fields() {
    snapshot_all("plan_fields", |app, _, _| {
        app.session
            .progress
            .plan
            .insert("contact-1-name".into(), "王芳 Wang Fang".into());
        app.session
            .progress
            .plan
            .insert("contact-1-phone".into(), "139 0000 1111".into());
        app.session.progress.plan.insert(
            "meeting-near".into(),
            "小区北门的大槐树 the big tree at the north gate".into(),
        );
        open_checklist(app, "family-plan");
        press_all(app, &[KeyCode::Char('e'), KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
        type_text(app, "李");
    });
}

#[test]
fn today_is_the_tests_own() {
    assert_eq!(app(Locale::En).env.today, TODAY);
}

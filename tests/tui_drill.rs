//! Drills in the interactive guide, through `update` (and `view` where a
//! click needs the layout): opened from home and from a point, played by
//! keys and by clicks exactly where the buttons are drawn, and kept.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::{Effect, app, click, draw, find, guide, press, press_all, screen_text};
use ratatui::crossterm::event::KeyCode;
use ready::content::{Locale, Outcome};
use ready::progress::DrillRecord;
use ready::tui::app::App;
use ready::tui::screens::{DrillState, HomeColumn, PractiseRow, Screen};

fn drill(app: &App<'_>) -> DrillState {
    match app.screen() {
        Screen::Drill(d) => d.clone(),
        other => panic!("expected a drill, on {other:?}"),
    }
}

fn drill_id(app: &App<'_>) -> String {
    guide().drills[drill(app).drill].id.to_string()
}

fn step_id(app: &App<'_>) -> Option<String> {
    let d = drill(app);
    d.walk.step(&guide().drills[d.drill]).map(|s| s.id.to_string())
}

/// Home → Practise and prepare → Drills → the drill with this id.
fn open_from_home(app: &mut App<'_>, id: &str) {
    press_all(app, &[KeyCode::Tab, KeyCode::Tab]);
    assert!(matches!(app.screen(), Screen::Home(h) if h.column == HomeColumn::Practise));
    let row = app
        .practise_rows()
        .iter()
        .position(|r| *r == PractiseRow::Drills)
        .unwrap();
    for _ in 0..row {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
    assert!(matches!(app.screen(), Screen::Drills(_)), "{:?}", app.screen());
    let index = guide().drills.iter().position(|d| d.id == id).unwrap();
    for _ in 0..index {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
    assert_eq!(drill_id(app), id);
}

#[test]
fn home_lists_drills_and_the_right_moves_end_safe_and_are_kept() {
    let mut app = app(Locale::En);
    open_from_home(&mut app, "choking");
    assert_eq!(step_id(&app).as_deref(), Some("dinner"));
    let fx = press_all(&mut app, &[KeyCode::Char('1'), KeyCode::Char('1'), KeyCode::Char('1')]);
    assert_eq!(step_id(&app).as_deref(), Some("again"));
    assert!(!fx.contains(&Effect::Save), "nothing is kept until the drill ends");
    let fx = press(&mut app, KeyCode::Char('1'));
    let d = drill(&app);
    assert!(d.walk.finished());
    assert_eq!(d.walk.outcome(&guide().drills[d.drill]), Some(Outcome::Safe));
    assert!(fx.contains(&Effect::Save));
    assert_eq!(
        app.session.progress.drills["choking"],
        DrillRecord {
            completed: 1,
            best: Outcome::Safe
        }
    );
    // The end: outcome, path with marks that need no colour, links.
    let text = screen_text(&draw(&mut app, 80, 24));
    for want in [
        "Outcome: ✓ Safe",
        "Your path",
        "✓ Ask “Are you choking?”",
        "Good moves: 4/4",
        "Learn the right moves",
        "Choking",
        "[ r  Try again ]",
    ] {
        assert!(text.contains(want), "{want:?} missing:\n{text}");
    }
    // Back on the list, the drill shows its best outcome.
    press(&mut app, KeyCode::Esc);
    let text = screen_text(&draw(&mut app, 80, 24));
    assert!(text.contains("✓ Safe ×1"), "{text}");
}

#[test]
fn a_worse_ending_after_a_safe_one_keeps_the_best() {
    let mut app = app(Locale::En);
    open_from_home(&mut app, "choking");
    press_all(&mut app, &[KeyCode::Char('1'); 4]);
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(step_id(&app).as_deref(), Some("dinner"), "r starts again");
    // Water, then letting him go off alone.
    press_all(&mut app, &[KeyCode::Char('2'), KeyCode::Char('2')]);
    let d = drill(&app);
    assert_eq!(d.walk.outcome(&guide().drills[d.drill]), Some(Outcome::Worse));
    let text = screen_text(&draw(&mut app, 80, 24));
    assert!(text.contains("✗ Give him water to wash it down"), "{text}");
    assert!(text.contains("Good moves: 0/2"), "{text}");
    assert_eq!(
        app.session.progress.drills["choking"],
        DrillRecord {
            completed: 2,
            best: Outcome::Safe
        }
    );
}

#[test]
fn feedback_shows_above_the_next_situation_marked_in_text() {
    let mut app = app(Locale::ZhHans);
    open_from_home(&mut app, "night-fire");
    press(&mut app, KeyCode::Char('2'));
    let text = screen_text(&draw(&mut app, 80, 24));
    let feedback = text.find("✗ 这样不妥。不试门温就开门").expect(&text);
    let situation = text.find("滚烫的浓烟齐头涌了进来。").expect(&text);
    assert!(feedback < situation, "{text}");
    assert!(text.contains("第2步"), "{text}");
}

#[test]
fn digits_without_a_choice_and_a_stray_enter_do_nothing() {
    let mut app = app(Locale::En);
    open_from_home(&mut app, "night-fire");
    let before = drill(&app);
    press_all(&mut app, &[KeyCode::Char('4'), KeyCode::Char('9'), KeyCode::Enter]);
    assert_eq!(
        drill(&app),
        before,
        "3 choices: 4 is nothing, nor is Enter with none highlighted"
    );
    // Arrows highlight, Enter takes the highlighted choice.
    press_all(&mut app, &[KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
    assert_eq!(step_id(&app).as_deref(), Some("smoke-in"));
}

#[test]
fn a_click_takes_the_choice_exactly_where_its_button_is_drawn() {
    for (w, h) in [(80, 24), (40, 12)] {
        let mut app = app(Locale::En);
        open_from_home(&mut app, "night-fire");
        let terminal = draw(&mut app, w, h);
        // A click on the situation chooses nothing.
        let (x, y) = find(&terminal, "3 a.m. The smoke").unwrap();
        click(&mut app, x, y);
        assert_eq!(step_id(&app).as_deref(), Some("alarm"));
        let (x, y) = find(&terminal, "Throw the door").unwrap();
        click(&mut app, x, y);
        assert_eq!(step_id(&app).as_deref(), Some("smoke-in"), "{w}x{h}");
    }
    // On a boxed button, its border is part of the target too.
    let mut app = app(Locale::En);
    open_from_home(&mut app, "night-fire");
    let terminal = draw(&mut app, 80, 24);
    let (_, y) = find(&terminal, "3  Hide under").unwrap();
    click(&mut app, 0, y - 1);
    let d = drill(&app);
    assert_eq!(d.walk.outcome(&guide().drills[d.drill]), Some(Outcome::Worse));
}

#[test]
fn the_end_links_open_the_points_and_back_returns_to_the_end() {
    let mut app = app(Locale::En);
    open_from_home(&mut app, "night-fire");
    press_all(&mut app, &[KeyCode::Char('2'), KeyCode::Char('1'), KeyCode::Char('1')]);
    let terminal = draw(&mut app, 80, 24);
    let (x, y) = find(&terminal, "Calling emergency numbers").unwrap();
    click(&mut app, x, y);
    assert!(
        matches!(app.screen(), Screen::Point(p) if guide().points[p.point].id == "emergency-call"),
        "{:?}",
        app.screen()
    );
    press(&mut app, KeyCode::Esc);
    assert!(drill(&app).walk.finished());
    draw(&mut app, 80, 24);
    press_all(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    assert!(matches!(app.screen(), Screen::Point(p) if guide().points[p.point].id == "fire-escape"));
}

#[test]
fn a_point_offers_the_drill_that_rehearses_it() {
    let mut app = app(Locale::En);
    press(&mut app, KeyCode::Char('/'));
    for c in "choking".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen(), Screen::Point(p) if guide().points[p.point].id == "choking"));
    let terminal = draw(&mut app, 80, 24);
    let (x, y) = find(&terminal, "[d] Drill: At dinner").unwrap();
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(drill_id(&app), "choking");
    press(&mut app, KeyCode::Esc);
    click(&mut app, x + 5, y);
    assert_eq!(drill_id(&app), "choking");
    // A point no drill rehearses offers none, and `d` does nothing there.
    let bare = guide()
        .points
        .iter()
        .position(|p| guide().drills_for(&p.id).next().is_none())
        .expect("some point has no drill");
    let mut app = common::app(Locale::En);
    app.session.stack.push(Screen::Point(ready::tui::screens::PointState {
        point: bare,
        scroll: 0,
        section: None,
        anchor: None,
    }));
    let text = screen_text(&draw(&mut app, 80, 24));
    assert!(!text.contains("Drill:"), "{text}");
    let before = app.session.stack.len();
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(app.session.stack.len(), before);
}

#[test]
fn every_choice_made_can_be_touched_at_any_size_through_a_whole_drill() {
    for (w, h) in [(40, 12), (41, 13), (60, 16), (80, 24), (120, 40)] {
        for locale in [Locale::En, Locale::ZhHans] {
            let mut app = app(locale);
            open_from_home(&mut app, "night-fire");
            for key in ['2', '2', '1'] {
                // The choice about to be made can be touched: its target
                // is inside the window, where its text is drawn.
                let terminal = draw(&mut app, w, h);
                if step_id(&app).is_none() {
                    break;
                }
                let area = terminal.backend().buffer().area;
                let choice = ready::tui::action::Action::Choose(key as usize - '1' as usize);
                let target = app.frame.hits.iter().find(|(_, a)| *a == choice).map(|(r, _)| *r);
                assert!(
                    target.is_some_and(|r| !r.is_empty() && area.intersection(r) == r),
                    "{w}x{h} {locale:?}: choice {key} at {target:?}:\n{}",
                    screen_text(&terminal)
                );
                press(&mut app, KeyCode::Char(key));
            }
            // The end scrolls: Down goes through it, then to the links.
            for _ in 0..20 {
                draw(&mut app, w, h);
                press(&mut app, KeyCode::Down);
            }
            let text = screen_text(&draw(&mut app, w, h));
            assert!(text.contains("▶"), "{w}x{h} a link is highlighted:\n{text}");
        }
    }
}

#[test]
fn choices_are_big_boxed_targets_whenever_they_fit() {
    use ready::tui::action::Action;
    // 80×21 is what a kiosk's 80×24 leaves above its button bar.
    for (w, h, big) in [(80, 21, true), (80, 24, true), (40, 12, false)] {
        let mut app = app(Locale::En);
        open_from_home(&mut app, "night-fire");
        draw(&mut app, w, h);
        let heights: Vec<u16> = app
            .frame
            .hits
            .iter()
            .filter(|(_, a)| matches!(a, Action::Choose(_)))
            .map(|(r, _)| r.height)
            .collect();
        assert!(!heights.is_empty(), "{w}x{h}");
        assert_eq!(heights.iter().all(|&h| h >= 3), big, "{w}x{h}: {heights:?}");
    }
}

#[test]
fn what_is_spoken_is_the_feedback_then_the_next_situation_and_its_choices() {
    let mut app = app(Locale::En);
    open_from_home(&mut app, "night-fire");
    let said = ready::tui::focus::text(&app).unwrap();
    assert!(said.starts_with("3 a.m. The smoke alarm"), "{said}");
    assert!(
        said.contains("1. Feel the door") && said.contains("3. Hide under the bed"),
        "{said}"
    );
    press(&mut app, KeyCode::Char('3'));
    let said = ready::tui::focus::text(&app).unwrap();
    assert!(said.starts_with("Poor move. Hiding makes you hard to find"), "{said}");
    assert!(said.contains("Outcome: Worse."), "{said}");
}

//! Every screen, drawn on ratatui's TestBackend at every size of
//! `common::SIZES` (full 80×24, compact 40×12, a wall screen's 120×40, and
//! 70×24 between the breakpoints), in both languages, plus the too-small
//! message. The colour themes are in theme_snapshots.rs.

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::{app, draw, press_all, screen_text, type_text};
use ratatui::crossterm::event::KeyCode;
use ready::content::Locale;
use ready::tui::app::App;

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

#[test]
fn home() {
    snapshot_all("home", |_, _, _| {});
}

#[test]
fn home_with_hazard_classes_focused() {
    snapshot_all("home_hazards", |app, _, _| {
        press_all(app, &[KeyCode::Tab, KeyCode::Down])
    });
}

#[test]
fn category_list() {
    snapshot_all("list", |app, _, _| {
        press_all(app, &[KeyCode::Enter, KeyCode::Down, KeyCode::Enter, KeyCode::Esc])
    });
}

#[test]
fn point_top() {
    snapshot_all("point_top", |app, _, _| {
        press_all(app, &[KeyCode::Enter, KeyCode::Enter])
    });
}

#[test]
fn point_scrolled_to_its_related_links() {
    snapshot_all("point_end", |app, w, h| {
        press_all(app, &[KeyCode::Enter, KeyCode::Enter]);
        draw(app, w, h);
        press_all(app, &[KeyCode::End]);
    });
}

#[test]
fn search_results() {
    snapshot_all("search", |app, _, _| {
        press_all(app, &[KeyCode::Char('/')]);
        type_text(app, "fire");
    });
}

#[test]
fn search_in_chinese() {
    snapshot_all("search_zh_query", |app, _, _| {
        press_all(app, &[KeyCode::Char('/')]);
        type_text(app, "地震");
    });
}

#[test]
fn search_box_shows_the_end_of_a_long_query() {
    snapshot_all("search_long_query", |app, _, _| {
        press_all(app, &[KeyCode::Char('/')]);
        type_text(app, "what to do in a typhoon 台风来了怎么办 台风 lightning");
    });
    // The end, where the typing happens, is on screen at any width, and the
    // cursor sits right after it.
    for (w, h) in common::SIZES {
        let mut app = app(Locale::ZhHans);
        draw(&mut app, w, h);
        press_all(&mut app, &[KeyCode::Char('/')]);
        type_text(
            &mut app,
            "台风来了怎么办台风来了怎么办台风来了怎么办台风来了怎么办 lightning",
        );
        let terminal = draw(&mut app, w, h);
        let text = screen_text(&terminal);
        let input = text.lines().find(|l| l.starts_with("/ ")).unwrap();
        assert!(input.trim_end().ends_with("办 lightning"), "{input}");
        let cursor = app.frame.cursor.unwrap();
        assert_eq!(
            usize::from(cursor.x),
            unicode_width::UnicodeWidthStr::width(input.trim_end())
        );
    }
}

#[test]
fn no_cursor_shows_through_sos_opened_while_typing_a_search() {
    for (w, h) in common::SIZES {
        let mut app = app(Locale::En);
        draw(&mut app, w, h);
        press_all(&mut app, &[KeyCode::Char('/')]);
        type_text(&mut app, "fire");
        draw(&mut app, w, h);
        assert!(app.frame.cursor.is_some(), "the search box has the cursor");
        press_all(&mut app, &[KeyCode::Char('!')]);
        let text = screen_text(&draw(&mut app, w, h));
        assert!(text.contains("SOS"), "{text}");
        assert_eq!(app.frame.cursor, None, "the cursor of the search beneath SOS");
    }
}

#[test]
fn sos() {
    snapshot_all("sos", |app, _, _| press_all(app, &[KeyCode::Enter, KeyCode::Char('!')]));
}

#[test]
fn sos_scrolled_to_what_to_say() {
    snapshot_all("sos_end", |app, w, h| {
        press_all(app, &[KeyCode::Char('!')]);
        draw(app, w, h);
        press_all(app, &[KeyCode::End]);
    });
}

#[test]
fn help() {
    snapshot_all("help_point", |app, _, _| {
        press_all(app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('?')])
    });
}

#[test]
fn too_small() {
    for locale in [Locale::En, Locale::ZhHans] {
        let mut app = app(locale);
        let terminal = draw(&mut app, 30, 8);
        insta::assert_snapshot!(format!("too_small_{}", locale.tag()), screen_text(&terminal));
    }
}

#[test]
fn quiz_question() {
    snapshot_all("quiz_question", |app, _, _| {
        press_all(app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t')])
    });
}

#[test]
fn quiz_answered() {
    snapshot_all("quiz_answered", |app, _, _| {
        press_all(
            app,
            &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t'), KeyCode::Char('1')],
        );
    });
}

#[test]
fn quiz_results() {
    snapshot_all("quiz_results", |app, _, _| {
        press_all(app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t')]);
        // Answer every question with the first option; some are wrong.
        while let ready::tui::screens::Screen::Quiz(q) = app.screen().clone() {
            if q.finished() {
                break;
            }
            press_all(app, &[KeyCode::Char('1')]);
            if let ready::tui::screens::Screen::Quiz(q) = app.screen().clone()
                && !q.answered
            {
                press_all(app, &[KeyCode::Enter]);
            }
            press_all(app, &[KeyCode::Enter]);
        }
    });
}

#[test]
fn home_practise_column() {
    snapshot_all("home_practise", |app, _, _| {
        press_all(app, &[KeyCode::Tab, KeyCode::Tab, KeyCode::Down])
    });
}

fn open_practise_row(app: &mut App<'static>, row: ready::tui::screens::PractiseRow) {
    press_all(app, &[KeyCode::Tab, KeyCode::Tab]);
    let index = app.practise_rows().iter().position(|r| *r == row).unwrap();
    for _ in 0..index {
        press_all(app, &[KeyCode::Down]);
    }
    press_all(app, &[KeyCode::Enter]);
}

#[test]
fn readiness_question() {
    snapshot_all("readiness_question", |app, _, _| {
        open_practise_row(app, ready::tui::screens::PractiseRow::Readiness);
        press_all(app, &[KeyCode::Char('y')]);
    });
}

#[test]
fn readiness_result() {
    snapshot_all("readiness_result", |app, _, _| {
        open_practise_row(app, ready::tui::screens::PractiseRow::Readiness);
        let n = common::guide().readiness.as_ref().unwrap().questions.len();
        for i in 0..n {
            press_all(
                app,
                &[if i % 3 == 0 {
                    KeyCode::Char('n')
                } else {
                    KeyCode::Char('y')
                }],
            );
        }
    });
}

#[test]
fn checklist_supplies() {
    snapshot_all("checklist_supplies", |app, _, _| {
        let supplies = common::guide()
            .checklists
            .iter()
            .position(|c| c.id == "supplies")
            .unwrap();
        open_practise_row(app, ready::tui::screens::PractiseRow::Checklist(supplies));
        press_all(
            app,
            &[
                KeyCode::Char(' '),
                KeyCode::Down,
                KeyCode::Char('+'),
                KeyCode::Char('+'),
            ],
        );
    });
}

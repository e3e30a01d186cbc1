//! The interactive guide's behaviour, through `update` alone (and `view`
//! where a click needs to know what was drawn where).

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::{Effect, app, click, ctrl, draw, find, guide, mouse, press, press_all, type_text};
use ratatui::crossterm::event::{KeyCode, MouseEventKind};
use ready::content::Locale;
use ready::tui::action::Msg;
use ready::tui::app::Overlay;
use ready::tui::overlays::sos::beat_on;
use ready::tui::screens::{HomeColumn, ListKind, Screen};
use ready::tui::update::update;

fn point_id(app: &ready::tui::app::App<'_>) -> Option<String> {
    match app.screen() {
        Screen::Point(p) => Some(guide().points[p.point].id.to_string()),
        _ => None,
    }
}

#[test]
fn arrows_and_vim_keys_move_and_stop_at_the_ends() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Down, KeyCode::Char('j')]);
    assert!(matches!(app.screen(), Screen::Home(h) if h.selected == 2));
    press_all(&mut app, &[KeyCode::Down]);
    assert!(matches!(app.screen(), Screen::Home(h) if h.selected == 3));
    press(&mut app, KeyCode::Down);
    assert!(
        matches!(app.screen(), Screen::Home(h) if h.column == HomeColumn::Practise && h.selected == 0),
        "from the last category down into practise and prepare"
    );
    press(&mut app, KeyCode::Up);
    assert!(matches!(app.screen(), Screen::Home(h) if h.column == HomeColumn::Categories && h.selected == 3));
    press_all(&mut app, &[KeyCode::Char('k'), KeyCode::Home]);
    assert!(matches!(app.screen(), Screen::Home(h) if h.selected == 0));
    press(&mut app, KeyCode::Up);
    assert!(
        matches!(app.screen(), Screen::Home(h) if h.selected == 0),
        "stops at the first"
    );
}

#[test]
fn enter_opens_a_category_then_a_point_and_back_returns_step_by_step() {
    let mut app = app(Locale::En);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen(), Screen::List(l) if l.kind == ListKind::Category(0)));
    press_all(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    assert_eq!(point_id(&app).as_deref(), Some("storm-surge"));
    press(&mut app, KeyCode::Esc);
    assert!(
        matches!(app.screen(), Screen::List(l) if l.selected == 1),
        "back to the list, selection kept"
    );
    press(&mut app, KeyCode::Backspace);
    assert!(matches!(app.screen(), Screen::Home(_)));
    let fx = press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen(), Screen::Home(_)), "back on home stays home");
    assert!(!fx.contains(&Effect::Quit));
}

#[test]
fn the_hazard_classes_are_a_second_way_in() {
    let mut app = app(Locale::En);
    press(&mut app, KeyCode::Tab);
    assert!(matches!(app.screen(), Screen::Home(h) if h.column == HomeColumn::Hazards));
    press_all(&mut app, &[KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
    let Screen::List(list) = app.screen().clone() else {
        panic!("expected a list")
    };
    assert_eq!(list.kind, ListKind::Hazard(2));
    let ids: Vec<_> = app
        .list_points(list.kind)
        .iter()
        .map(|&i| guide().points[i].id.as_str())
        .collect();
    assert!(
        ids.contains(&"infectious-disease") && ids.contains(&"cpr-aed"),
        "{ids:?}"
    );
    assert!(ids.iter().all(|id| guide().point(id).unwrap().hazard == "health"));
}

#[test]
fn opening_a_point_marks_it_read_and_remembers_it() {
    let mut app = app(Locale::En);
    let fx = press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    assert!(app.session.progress.read.contains("typhoon"));
    assert_eq!(app.session.progress.last_point.as_deref(), Some("typhoon"));
    assert!(fx.contains(&Effect::Save), "the runtime is asked to save");
    assert_eq!(app.read_count(ListKind::Category(0)), (1, 13));
}

#[test]
fn next_and_previous_follow_the_list_without_going_back() {
    let mut app = app(Locale::En);
    press_all(
        &mut app,
        &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('n'), KeyCode::Char('n')],
    );
    assert_eq!(point_id(&app).as_deref(), Some("rainstorm"));
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(point_id(&app).as_deref(), Some("storm-surge"));
    press(&mut app, KeyCode::Esc);
    assert!(
        matches!(app.screen(), Screen::List(l) if l.selected == 1),
        "the list follows along"
    );
    press_all(&mut app, &[KeyCode::End, KeyCode::Enter, KeyCode::Char('n')]);
    assert_eq!(
        point_id(&app).as_deref(),
        Some("infectious-disease"),
        "no wrap past the end"
    );
}

#[test]
fn a_number_key_follows_a_related_link_and_back_returns() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    let first_related = guide().point("typhoon").unwrap().related[0].to_string();
    press(&mut app, KeyCode::Char('1'));
    assert_eq!(point_id(&app), Some(first_related));
    press(&mut app, KeyCode::Esc);
    assert_eq!(point_id(&app).as_deref(), Some("typhoon"));
    press(&mut app, KeyCode::Char('9'));
    assert_eq!(
        point_id(&app).as_deref(),
        Some("typhoon"),
        "a link that does not exist does nothing"
    );
}

#[test]
fn search_updates_as_you_type_and_letters_are_not_commands() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Char('/')]);
    let fx: Vec<Effect> = "quake"
        .chars()
        .flat_map(|c| press(&mut app, KeyCode::Char(c)))
        .collect();
    assert!(!fx.contains(&Effect::Quit), "q is typed, not quit");
    let Screen::Search(search) = app.screen().clone() else {
        panic!("expected search")
    };
    assert_eq!(search.query, "quake");
    assert_eq!(guide().points[search.results[0].point].id, "earthquake");
    press(&mut app, KeyCode::Enter);
    assert_eq!(point_id(&app).as_deref(), Some("earthquake"));
    press_all(&mut app, &[KeyCode::Esc, KeyCode::Esc]);
    assert!(
        matches!(app.screen(), Screen::List(_)),
        "Esc returns to where search began"
    );
}

#[test]
fn search_is_typo_tolerant_and_understands_chinese() {
    for (query, expected) in [
        ("erthquake", "earthquake"),
        ("煤气", "gas-leak"),
        ("心肺复苏", "cpr-aed"),
    ] {
        let mut app = app(Locale::ZhHans);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, query);
        let Screen::Search(search) = app.screen().clone() else {
            panic!("expected search")
        };
        let first = search.results.first().map(|h| guide().points[h.point].id.as_str());
        assert_eq!(first, Some(expected), "{query}");
    }
}

#[test]
fn search_finds_ids_pinyin_and_traditional_characters() {
    for (query, expected) in [
        ("gas-leak", "gas-leak"),
        ("cpr-aed", "cpr-aed"),
        ("dizhen", "earthquake"),
        ("tai feng", "typhoon"),
        ("颱風", "typhoon"),
        ("火災", "fire"),
    ] {
        let mut app = app(Locale::En);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, query);
        let Screen::Search(search) = app.screen().clone() else {
            panic!("expected search")
        };
        let first = search.results.first().map(|h| guide().points[h.point].id.as_str());
        assert_eq!(first, Some(expected), "{query}");
    }
}

#[test]
fn bang_opens_sos_from_the_search_box_too() {
    for bang in ['!', '！'] {
        let mut app = app(Locale::ZhHans);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "fire");
        press(&mut app, KeyCode::Char(bang));
        assert!(
            matches!(app.session.overlay, Some(Overlay::Sos { .. })),
            "{bang} opens SOS"
        );
        let Screen::Search(search) = app.screen().clone() else {
            panic!("search stays underneath")
        };
        assert_eq!(search.query, "fire", "{bang} is not typed into the query");
        press(&mut app, KeyCode::Esc);
        assert!(app.session.overlay.is_none());
        assert!(
            matches!(app.screen(), Screen::Search(_)),
            "closing SOS returns to the search"
        );
    }
}

#[test]
fn the_search_index_is_built_only_when_search_opens() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Esc]);
    assert!(app.config.index.get().is_none(), "reading never pays for the index");
    press(&mut app, KeyCode::Char('/'));
    assert!(app.config.index.get().is_some());
}

#[test]
fn backspace_edits_the_query_and_on_an_empty_query_goes_back() {
    let mut app = app(Locale::En);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "fi");
    press(&mut app, KeyCode::Backspace);
    assert!(matches!(app.screen(), Screen::Search(s) if s.query == "f"));
    press_all(&mut app, &[KeyCode::Backspace, KeyCode::Backspace]);
    assert!(matches!(app.screen(), Screen::Home(_)));
}

#[test]
fn sos_opens_from_anywhere_and_one_key_returns() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::PageDown]);
    draw(&mut app, 40, 12);
    let before = app.screen().clone();
    update(&mut app, Msg::Tick(5_000));
    press(&mut app, KeyCode::Char('!'));
    assert_eq!(
        app.session.overlay,
        Some(Overlay::Sos {
            since_ms: 5_000,
            scroll: 0
        })
    );
    press(&mut app, KeyCode::Down);
    assert_eq!(app.screen(), &before, "keys under SOS do not move the page");
    assert_eq!(
        app.session.overlay,
        Some(Overlay::Sos {
            since_ms: 5_000,
            scroll: 1
        }),
        "they scroll SOS itself"
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.session.overlay, None);
    assert_eq!(app.screen(), &before);
}

#[test]
fn the_cpr_beat_runs_at_110_a_minute() {
    let beats_in_a_minute = (0..60_000u64)
        .step_by(10)
        .filter(|&t| beat_on(t, 0) && !beat_on(t.wrapping_sub(10), 0))
        .count();
    assert!((100..=120).contains(&beats_in_a_minute), "{beats_in_a_minute}");
}

#[test]
fn help_opens_and_closes() {
    let mut app = app(Locale::En);
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.session.overlay, Some(Overlay::Help { scroll: 0 }));
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.session.overlay, None);
}

#[test]
fn language_toggles_and_keeps_the_place() {
    let mut app = app(Locale::En);
    press_all(
        &mut app,
        &[KeyCode::Enter, KeyCode::Down, KeyCode::Enter, KeyCode::Down],
    );
    let Screen::Point(before) = app.screen().clone() else {
        panic!("a point is open");
    };
    press(&mut app, KeyCode::Char('L'));
    assert_eq!(app.session.locale, Locale::ZhHans);
    // The place is kept as a section and how far into it, since the lines
    // re-wrap in the other language; no frame needs to be drawn first.
    assert!(
        matches!(app.screen(), Screen::Point(p) if p.point == before.point && matches!(p.anchor, Some((0, within)) if within > 0)),
        "{:?}",
        app.screen()
    );
    press(&mut app, KeyCode::Char('L'));
    assert_eq!(app.session.locale, Locale::En);
}

#[test]
fn q_and_ctrl_c_quit_from_anywhere() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('!')]);
    assert_eq!(press(&mut app, KeyCode::Char('q')), [Effect::Quit]);
    let mut app = common::app(Locale::En);
    press(&mut app, KeyCode::Char('/'));
    assert_eq!(
        ctrl(&mut app, 'c'),
        [Effect::Quit],
        "Ctrl+C quits even while typing a search"
    );
}

#[test]
fn scrolling_a_point_stops_at_its_end_and_tab_jumps_to_sections() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    draw(&mut app, 80, 24);
    let max = app.frame.max_scroll;
    assert!(max > 0, "typhoon is longer than one screen");
    press(&mut app, KeyCode::End);
    assert!(matches!(app.screen(), Screen::Point(p) if p.scroll == max));
    press(&mut app, KeyCode::Down);
    assert!(matches!(app.screen(), Screen::Point(p) if p.scroll == max));
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Tab);
    let second_section = app.frame.sections[1];
    assert!(matches!(app.screen(), Screen::Point(p) if p.scroll == second_section.min(max)));
    press(&mut app, KeyCode::BackTab);
    assert!(matches!(app.screen(), Screen::Point(p) if p.scroll == 0));
}

#[test]
fn a_resize_redraws_and_keeps_scrolling_in_bounds() {
    let mut app = app(Locale::ZhHans);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    draw(&mut app, 40, 12);
    let small_max = app.frame.max_scroll;
    press(&mut app, KeyCode::End);
    update(&mut app, Msg::Resize(120, 40));
    let terminal = draw(&mut app, 120, 40);
    assert!(app.frame.max_scroll < small_max, "a taller window needs less scrolling");
    assert!(find(&terminal, "100%").is_some(), "the position is clamped and shown");
}

#[test]
fn clicks_open_what_they_land_on() {
    let mut app = app(Locale::En);
    let terminal = draw(&mut app, 80, 24);
    let (x, y) = find(&terminal, "Respond").unwrap();
    click(&mut app, x, y);
    assert!(matches!(app.screen(), Screen::List(l) if l.kind == ListKind::Category(2)));
    let terminal = draw(&mut app, 80, 24);
    let (x, y) = find(&terminal, "Choking").unwrap();
    click(&mut app, x, y);
    assert_eq!(point_id(&app).as_deref(), Some("choking"));
    let terminal = draw(&mut app, 80, 24);
    let (x, y) = find(&terminal, "SOS !").unwrap();
    click(&mut app, x, y);
    assert!(matches!(app.session.overlay, Some(Overlay::Sos { .. })));
}

#[test]
fn clicking_a_section_tab_jumps_there_and_the_wheel_scrolls() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    let terminal = draw(&mut app, 80, 24);
    mouse(&mut app, MouseEventKind::ScrollDown, 10, 10);
    assert!(matches!(app.screen(), Screen::Point(p) if p.scroll == 3));
    let (x, y) = find(&terminal, "Never").unwrap();
    click(&mut app, x + 1, y);
    let never = app.frame.sections[5];
    assert!(matches!(app.screen(), Screen::Point(p) if p.scroll == never.min(app.frame.max_scroll)));
}

#[test]
fn clicks_do_not_reach_through_an_overlay() {
    let mut app = app(Locale::En);
    press(&mut app, KeyCode::Char('!'));
    let terminal = draw(&mut app, 80, 24);
    let home_row = 4;
    click(&mut app, 5, home_row);
    assert!(matches!(app.screen(), Screen::Home(_)));
    assert!(app.session.overlay.is_some(), "a tap on the SOS text keeps it open");
    let (x, y) = find(&terminal, "Esc to close").unwrap();
    click(&mut app, x, y);
    assert_eq!(app.session.overlay, None, "the title bar closes it");
}

#[test]
fn resume_reopens_the_last_point_above_its_category() {
    let mut progress = ready::progress::Progress::new();
    progress.last_point = Some("burns".into());
    let mut app = ready::tui::app::App::new(guide(), Locale::En, ready::tui::ThemeName::Mono, progress);
    ready::tui::places::start(&mut app, &ready::tui::Start::Home);
    assert_eq!(point_id(&app).as_deref(), Some("burns"));
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen(), Screen::List(l) if l.kind == ListKind::Category(2)));
}

#[test]
fn tab_reaches_every_section_then_wraps_to_the_first() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    draw(&mut app, 80, 24);
    let n = app.frame.sections.len();
    for i in 1..n {
        press(&mut app, KeyCode::Tab);
        assert!(
            matches!(app.screen(), Screen::Point(p) if p.section == Some(i)),
            "section {i}"
        );
    }
    let terminal = draw(&mut app, 40, 12);
    assert!(
        find(&terminal, " Sources ").is_some(),
        "the last tab is shown even at 40 columns"
    );
    press(&mut app, KeyCode::Tab);
    assert!(matches!(app.screen(), Screen::Point(p) if p.section == Some(0) && p.scroll == 0));
}

#[test]
fn behind_window_too_small_only_quit_and_sos_act() {
    let mut app = app(Locale::En);
    update(&mut app, Msg::Resize(30, 8));
    let terminal = draw(&mut app, 30, 8);
    assert!(find(&terminal, "119").is_some(), "the numbers still show");
    press_all(&mut app, &[KeyCode::Char('j'), KeyCode::Enter, KeyCode::Enter]);
    assert!(matches!(app.screen(), Screen::Home(h) if h.selected == 0));
    press(&mut app, KeyCode::Char('!'));
    assert!(app.session.overlay.is_some());
    assert_eq!(press(&mut app, KeyCode::Char('q')), [Effect::Quit]);
}

#[test]
fn help_scrolls_on_a_small_screen() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('?')]);
    let terminal = draw(&mut app, 40, 12);
    assert!(find(&terminal, "quit").is_none(), "the last keys are below the fold");
    press(&mut app, KeyCode::End);
    let terminal = draw(&mut app, 40, 12);
    assert!(find(&terminal, "quit").is_some());
}

#[test]
fn a_resize_keeps_the_reader_in_the_same_part_of_the_point() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    draw(&mut app, 80, 24);
    press_all(&mut app, &[KeyCode::Tab, KeyCode::Tab, KeyCode::Down]);
    let before = guide().point("typhoon").unwrap().before.list(Locale::En)[0].clone();
    let start: String = before.chars().take(20).collect();
    let terminal = draw(&mut app, 80, 24);
    assert!(find(&terminal, &start).is_some(), "reading the first 'before' step");
    for (w, h) in [(40, 12), (200, 50), (80, 24)] {
        update(&mut app, Msg::Resize(w, h));
        let terminal = draw(&mut app, w, h);
        let shown = common::screen_text(&terminal);
        assert!(
            shown.contains("prepare now") || shown.contains(&start[..10]),
            "{w}x{h}:\n{shown}"
        );
    }
    press(&mut app, KeyCode::Down);
    assert!(matches!(app.screen(), Screen::Point(p) if p.anchor.is_none()));
}

#[test]
fn paging_and_scrolling_need_no_frame_drawn_first() {
    // update lays the current state out itself (at the size the terminal
    // reported), so keys act the same whether or not a frame was drawn.
    let mut app = app(Locale::En);
    update(&mut app, Msg::Resize(40, 12));
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::End]);
    let Screen::Point(p) = app.screen().clone() else {
        panic!("a point is open");
    };
    assert!(p.scroll > 0, "End reached the end without a draw");
    let terminal = draw(&mut app, 40, 12);
    assert!(find(&terminal, "100%").is_some(), "and the frame agrees it is the end");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::PageDown);
    assert!(
        matches!(app.screen(), Screen::List(l) if l.selected > 1),
        "a page in a list is the rows it shows, not one: {:?}",
        app.screen()
    );
}

#[test]
fn the_selected_home_row_is_always_on_screen_even_in_a_small_window() {
    let mut app = app(Locale::En);
    update(&mut app, Msg::Resize(40, 12));
    press_all(&mut app, &[KeyCode::Tab, KeyCode::Tab]);
    let rows = app.practise_rows().len();
    for _ in 1..rows {
        press(&mut app, KeyCode::Char('j'));
    }
    let terminal = draw(&mut app, 40, 12);
    let Some(ready::tui::screens::PractiseRow::Checklist(last)) = app.practise_rows().last().copied() else {
        panic!("the last practise row is a checklist");
    };
    let title = guide().checklists[last].title.text(Locale::En);
    let (_, row) = find(&terminal, title).unwrap_or_else(|| panic!("{title} is not on screen"));
    assert_eq!(click(&mut app, 2, row), [], "and tapping it opens it");
    assert!(matches!(app.screen(), Screen::Checklist(c) if c.checklist == last));
}

#[test]
fn a_notice_from_the_runtime_shows_until_the_next_key() {
    let mut app = app(Locale::En);
    update(&mut app, Msg::Notice("cannot save progress: disk full".into()));
    let terminal = draw(&mut app, 80, 24);
    assert!(find(&terminal, "disk full").is_some());
    press(&mut app, KeyCode::Down);
    let terminal = draw(&mut app, 80, 24);
    assert!(find(&terminal, "disk full").is_none());
}

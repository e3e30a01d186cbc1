//! Quizzes, the readiness check and checklists in the interactive guide,
//! through `update` (and `view` where a click needs the layout).

#![allow(clippy::panic, clippy::unwrap_used)]

mod common;

use common::{Effect, app, click, draw, find, guide, press, press_all};
use ratatui::crossterm::event::KeyCode;
use ready::content::{Locale, QuestionKind};
use ready::tui::app::App;
use ready::tui::screens::{HomeColumn, PractiseRow, QuizState, Screen};

fn quiz(app: &App<'_>) -> QuizState {
    match app.screen() {
        Screen::Quiz(q) => q.clone(),
        other => panic!("expected a quiz, on {other:?}"),
    }
}

/// Opens row `row` of home's practise column.
fn open_practise(app: &mut App<'_>, row: PractiseRow) {
    press_all(app, &[KeyCode::Tab, KeyCode::Tab]);
    assert!(matches!(app.screen(), Screen::Home(h) if h.column == HomeColumn::Practise));
    let index = app.practise_rows().iter().position(|r| *r == row).unwrap();
    for _ in 0..index {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
}

/// would press.
/// Answers the current question; returns what the runtime was asked to do.
fn answer(app: &mut App<'_>, right: bool) -> Vec<Effect> {
    let q = quiz(app);
    let question = q.session.question(guide(), q.current).unwrap();
    let key = q.session.shown_answer(guide(), q.current);
    let picks: Vec<usize> = if right {
        key
    } else {
        (0..question.options.len())
            .filter(|i| !key.contains(i))
            .take(1)
            .collect()
    };
    let fx = if question.kind == QuestionKind::Multiple {
        let mut keys: Vec<KeyCode> = picks
            .iter()
            .map(|&p| KeyCode::Char(char::from(b'1' + p as u8)))
            .collect();
        keys.push(KeyCode::Enter);
        press_all(app, &keys)
    } else {
        press(app, KeyCode::Char(char::from(b'1' + picks[0] as u8)))
    };
    assert!(quiz(app).answered);
    fx
}

#[test]
fn t_on_a_point_quizzes_that_point() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t')]);
    let q = quiz(&app);
    assert_eq!(q.session.items.len(), guide().point("typhoon").unwrap().quiz.len());
    assert!(q.session.items.iter().all(|i| i.question.point == "typhoon"));
}

#[test]
fn t_on_a_category_quizzes_the_category() {
    let mut app = app(Locale::En);
    press_all(
        &mut app,
        &[
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Enter,
            KeyCode::Char('t'),
        ],
    );
    let q = quiz(&app);
    assert!(
        q.session
            .items
            .iter()
            .all(|i| guide().points[i.point].category == "prepare")
    );
}

#[test]
fn the_self_check_asks_ten_and_the_result_keeps_score_and_mistakes() {
    let mut app = app(Locale::En);
    app.config.seed = 42;
    open_practise(&mut app, PractiseRow::SelfCheck);
    assert_eq!(quiz(&app).session.items.len(), 10);
    let mut fx = Vec::new();
    for i in 0..10 {
        answer(&mut app, i % 3 != 0);
        fx.extend(press(&mut app, KeyCode::Enter));
    }
    let q = quiz(&app);
    assert!(q.finished());
    assert_eq!(q.session.score().right, 6);
    assert_eq!(app.session.progress.missed.len(), 4);
    assert!(fx.contains(&Effect::Save));
    let recorded: usize = app.session.progress.scores.values().map(|s| s.last.total).sum();
    assert_eq!(recorded, 10, "every category's last score is kept");
}

#[test]
fn a_multiple_answer_question_toggles_then_confirms() {
    let mut app = app(Locale::En);
    // choking has a multiple-answer question; find it by seed.
    press_all(&mut app, &[KeyCode::Char('/')]);
    common::type_text(&mut app, "choking");
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Char('t')]);
    let position = (0..quiz(&app).session.items.len())
        .find(|&i| quiz(&app).session.question(guide(), i).unwrap().kind == QuestionKind::Multiple)
        .unwrap();
    for _ in 0..position {
        answer(&mut app, true);
        press(&mut app, KeyCode::Enter);
    }
    press(&mut app, KeyCode::Char('1'));
    let q = quiz(&app);
    assert!(!q.answered, "a number toggles, it does not answer");
    assert!(q.toggled[0]);
    press(&mut app, KeyCode::Char('1'));
    assert!(!quiz(&app).toggled[0], "and toggles back");
    press(&mut app, KeyCode::Enter);
    assert!(!quiz(&app).answered, "nothing ticked, nothing submitted");
    assert!(quiz(&app).toggled[0], "Enter ticked the highlighted option instead");
    press_all(&mut app, &[KeyCode::Down, KeyCode::Char(' '), KeyCode::Enter]);
    assert!(quiz(&app).answered);
}

#[test]
fn retry_asks_only_the_missed_ones_and_o_opens_the_point() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t')]);
    let n = quiz(&app).session.items.len();
    for i in 0..n {
        answer(&mut app, i != 1);
        press(&mut app, KeyCode::Enter);
    }
    let missed = quiz(&app).session.missed();
    press(&mut app, KeyCode::Char('r'));
    let q = quiz(&app);
    assert_eq!(
        q.session.items.iter().map(|i| i.question.clone()).collect::<Vec<_>>(),
        missed
    );
    press(&mut app, KeyCode::Char('o'));
    assert!(
        matches!(app.screen(), Screen::Quiz(_)),
        "the point is offered only after answering"
    );
    answer(&mut app, true);
    press(&mut app, KeyCode::Char('o'));
    assert!(matches!(app.screen(), Screen::Point(p) if guide().points[p.point].id == "typhoon"));
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen(), Screen::Quiz(_)), "back returns to the quiz");
}

#[test]
fn review_my_mistakes_uses_the_saved_mistakes() {
    let mut app = app(Locale::En);
    app.session.progress.missed = vec!["burns#q1".into(), "fire#q2".into()];
    open_practise(&mut app, PractiseRow::Mistakes);
    let refs: Vec<String> = quiz(&app)
        .session
        .items
        .iter()
        .map(|i| i.question.to_string())
        .collect();
    let mut sorted = refs.clone();
    sorted.sort();
    assert_eq!(sorted, vec!["burns#q1".to_string(), "fire#q2".to_string()]);
}

#[test]
fn options_can_be_clicked() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t')]);
    let terminal = draw(&mut app, 80, 24);
    let (x, y) = find(&terminal, "2. ").unwrap();
    click(&mut app, x, y);
    let q = quiz(&app);
    let single = q.session.question(guide(), 0).unwrap().kind != QuestionKind::Multiple;
    assert_eq!(q.answered, single, "a click answers a single-choice question");
}

#[test]
fn the_readiness_check_levels_the_household_and_lists_what_to_fix() {
    let mut app = app(Locale::En);
    open_practise(&mut app, PractiseRow::Readiness);
    let check = guide().readiness.as_ref().unwrap();
    for i in 0..check.questions.len() {
        press(&mut app, if i < 3 { KeyCode::Char('n') } else { KeyCode::Char('y') });
    }
    assert_eq!(app.session.progress.readiness.values().filter(|&&v| !v).count(), 3);
    let yes = check.questions.len() - 3;
    let level = ready::readiness::level(check, yes).unwrap();
    let terminal = draw(&mut app, 80, 24);
    assert!(find(&terminal, &format!("Level {}", level.id)).is_some());
    press_all(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    let expected = &check.questions[1].point;
    assert!(matches!(app.screen(), Screen::Point(p) if guide().points[p.point].id == *expected));
}

#[test]
fn checklist_items_tick_with_space_enter_or_a_click_and_household_scales() {
    let mut app = app(Locale::En);
    let supplies = guide().checklists.iter().position(|c| c.id == "supplies").unwrap();
    open_practise(&mut app, PractiseRow::Checklist(supplies));
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.session.progress.ticks.len(), 1);
    press_all(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    assert_eq!(app.session.progress.ticks.len(), 2);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.session.progress.ticks.len(), 1, "Enter again unticks");
    let terminal = draw(&mut app, 80, 24);
    let third = ready::checklist::items(&guide().checklists[supplies]).nth(2).unwrap();
    let (x, y) = find(&terminal, third.text.text(Locale::En)).unwrap();
    click(&mut app, x, y);
    assert!(app.session.progress.ticks.contains(&format!("supplies/{}", third.id)));
    press_all(&mut app, &[KeyCode::Char('+'), KeyCode::Char('+')]);
    assert_eq!(app.session.progress.household, 3);
    for _ in 0..30 {
        press(&mut app, KeyCode::Char('-'));
    }
    assert_eq!(app.session.progress.household, 1, "never below one person");
}

#[test]
fn stray_keys_neither_answer_nor_skip_the_explanation() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t')]);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Char('9')]);
    assert!(!quiz(&app).answered, "nothing is highlighted yet, and 9 is no option");
    answer(&mut app, true);
    press_all(&mut app, &[KeyCode::Char('1'), KeyCode::Char(' ')]);
    let q = quiz(&app);
    assert_eq!((q.current, q.answered), (0, true), "still on the explanation");
    press(&mut app, KeyCode::Enter);
    assert_eq!(quiz(&app).current, 1, "Enter moves on");
}

#[test]
fn arrows_then_enter_answer_the_highlighted_option() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t')]);
    let q = quiz(&app);
    if q.session.question(guide(), 0).unwrap().kind == QuestionKind::Multiple {
        return;
    }
    press_all(&mut app, &[KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
    let q = quiz(&app);
    assert!(q.answered);
    let chosen = &q.session.answers[0].as_ref().unwrap().chosen;
    assert_eq!(chosen, &vec![q.session.items[0].order[1]], "the second option shown");
}

#[test]
fn t_on_home_quizzes_the_highlighted_category() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Down, KeyCode::Char('t')]);
    assert!(
        quiz(&app)
            .session
            .items
            .iter()
            .all(|i| guide().points[i.point].category == "prevent")
    );
}

#[test]
fn leaving_a_quiz_part_way_keeps_the_mistakes_gives_no_score_and_says_so() {
    let mut app = app(Locale::En);
    // A point quiz: open the first point and press t.
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t')]);
    let fx = answer(&mut app, false);
    assert_eq!(
        app.session.progress.missed.len(),
        1,
        "the mistake is saved the moment it is made"
    );
    assert!(fx.contains(&Effect::Save), "and written out");
    press(&mut app, KeyCode::Enter);
    answer(&mut app, true);
    press(&mut app, KeyCode::Esc);
    assert!(!matches!(app.screen(), Screen::Quiz(_)));
    let notice = app.session.notice.clone().unwrap_or_default();
    assert!(notice.contains("2 questions answered; mistakes saved"), "{notice}");
    assert!(
        app.session.progress.scores.is_empty(),
        "no score for an unfinished quiz"
    );
}

#[test]
fn a_point_quiz_does_not_overwrite_its_categorys_score() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t')]);
    while matches!(app.screen(), Screen::Quiz(q) if !q.finished()) {
        answer(&mut app, true);
        press(&mut app, KeyCode::Enter);
    }
    assert!(
        app.session.progress.scores.contains_key("point/typhoon"),
        "{:?}",
        app.session.progress.scores
    );
    assert!(!app.session.progress.scores.contains_key("risks"));
}

#[test]
fn the_household_buttons_react_exactly_where_they_are_drawn() {
    for (locale, w, h) in [
        (Locale::En, 80, 24),
        (Locale::ZhHans, 80, 24),
        (Locale::En, 40, 12),
        (Locale::ZhHans, 40, 12),
    ] {
        let mut app = app(locale);
        let supplies = guide().checklists.iter().position(|c| c.id == "supplies").unwrap();
        open_practise(&mut app, PractiseRow::Checklist(supplies));
        let terminal = draw(&mut app, w, h);
        let (x, y) = find(&terminal, "[+]").unwrap_or_else(|| panic!("no [+] at {w}x{h}"));
        // Every cell of "[+]" adds a person; the cell after it does nothing.
        for dx in 0..3 {
            let before = app.session.progress.household;
            click(&mut app, x + dx, y);
            assert_eq!(
                app.session.progress.household,
                before + 1,
                "{locale:?} {w}x{h} column {dx}"
            );
            draw(&mut app, w, h);
        }
        let before = app.session.progress.household;
        click(&mut app, x + 3, y);
        assert_eq!(app.session.progress.household, before, "beside the button");
        let (x, y) = find(&terminal, "[−]").unwrap();
        click(&mut app, x + 1, y);
        assert_eq!(app.session.progress.household, before - 1);
    }
}

#[test]
fn tapping_a_footer_hint_never_answers_a_question() {
    let mut app = app(Locale::En);
    press_all(&mut app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t')]);
    draw(&mut app, 80, 24);
    let footer_row = 23;
    for x in 0..80 {
        click(&mut app, x, footer_row);
        if !matches!(app.screen(), Screen::Quiz(_)) {
            break;
        }
        assert!(!quiz(&app).answered, "a tap at column {x} of the hints answered");
        draw(&mut app, 80, 24);
    }
}

/// The first select-all question of the typhoon quiz, reached by answering
/// the ones before it.
fn to_select_all(app: &mut App<'_>) {
    press_all(app, &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('t')]);
    for _ in 0..10 {
        let q = quiz(app);
        if q.session.question(guide(), q.current).unwrap().kind == QuestionKind::Multiple {
            return;
        }
        answer(app, true);
        press(app, KeyCode::Enter);
    }
    panic!("no select-all question in the typhoon quiz");
}

#[test]
fn a_select_all_question_has_a_submit_button_and_marks_every_option_after() {
    let mut app = app(Locale::En);
    to_select_all(&mut app);
    let terminal = draw(&mut app, 80, 24);
    let (x, y) = find(&terminal, "Submit").unwrap();
    let q = quiz(&app);
    let key = q.session.shown_answer(guide(), q.current);
    // Tick one right option only, then tap Submit.
    let first = key[0];
    press(&mut app, KeyCode::Char(char::from(b'1' + first as u8)));
    click(&mut app, x, y);
    assert!(quiz(&app).answered, "Submit submitted");
    let text = common::screen_text(&draw(&mut app, 80, 24));
    assert!(text.contains(&format!("[✓] {}.", first + 1)), "{text}");
    if key.len() > 1 {
        assert!(
            text.contains(&format!("[!] {}.", key[1] + 1)),
            "a missed option is marked: {text}"
        );
    }
    assert!(text.contains("[!] you missed it"), "the marks are explained: {text}");
}

#[test]
fn at_40x12_the_marks_can_be_scrolled_back_into_view_after_answering() {
    let mut app = app(Locale::En);
    to_select_all(&mut app);
    let q = quiz(&app);
    let key = q.session.shown_answer(guide(), q.current);
    press(&mut app, KeyCode::Char(char::from(b'1' + key[0] as u8)));
    press(&mut app, KeyCode::Enter);
    let answered = common::screen_text(&draw(&mut app, 40, 12));
    assert!(!answered.contains("[✓]"), "the verdict shows first: {answered}");
    for _ in 0..12 {
        press(&mut app, KeyCode::Up);
    }
    let back = common::screen_text(&draw(&mut app, 40, 12));
    assert!(back.contains("[✓]"), "{back}");
}

#[test]
fn the_readiness_check_resumes_shows_saved_answers_and_goes_back() {
    let mut app = app(Locale::En);
    open_practise(&mut app, PractiseRow::Readiness);
    press_all(&mut app, &[KeyCode::Char('y'), KeyCode::Char('n'), KeyCode::Char('y')]);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.screen(), Screen::Readiness(r) if r.current == 3),
        "resumes at the 4th question, not at 0/12"
    );
    press(&mut app, KeyCode::Up);
    let text = common::screen_text(&draw(&mut app, 80, 24));
    assert!(text.contains("Your answer last time: Yes"), "{text}");
    press(&mut app, KeyCode::Up);
    let text = common::screen_text(&draw(&mut app, 80, 24));
    assert!(text.contains("Your answer last time: No"), "{text}");
    press(&mut app, KeyCode::Char('y'));
    let check = guide().readiness.as_ref().unwrap();
    assert_eq!(
        app.session.progress.readiness.get(check.questions[1].id.as_str()),
        Some(&true),
        "changed"
    );
    assert!(matches!(app.screen(), Screen::Readiness(r) if r.current == 2));
}

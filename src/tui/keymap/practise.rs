//! The key tables of quizzes, the readiness check and drills: the screens
//! where people practise. Checklists and what keeps them up to date have
//! theirs in `prepare.rs`.

use ratatui::crossterm::event::KeyCode;

use super::tables::{BACK, BOTTOM, MOVE, MOVE_DOWN, OPEN, PAGE_DOWN, PAGE_UP, TOP};
use super::{Binding, bind, numbered};
use crate::tui::action::Action;

use KeyCode::{Backspace, Char, Down, Enter, Esc, Up};

pub(super) static QUIZ: &[Binding] = &[
    bind(&[Up, Char('k')], Action::Up, "↑↓", "choose", "选择", false),
    MOVE_DOWN,
    numbered(
        &[Char('1'), Char('2'), Char('3'), Char('4'), Char('5'), Char('6')],
        Action::Choose(0),
        "1-6",
        "answer",
        "作答",
        true,
    ),
    bind(
        &[Char(' ')],
        Action::Toggle,
        "Space",
        "select (all that apply)",
        "勾选（多选题）",
        false,
    ),
    bind(
        &[Enter],
        Action::Confirm,
        "Enter",
        "answer / next",
        "确认 / 下一题",
        true,
    ),
    bind(&[Esc, Backspace], Action::Back, "Esc", "leave", "退出测验", true),
];

/// After an answer: read why, scroll back to the marks on a small screen,
/// open the point (only now, so it cannot be peeked at first), go on.
pub(super) static QUIZ_ANSWERED: &[Binding] = &[
    bind(&[Up, Char('k')], Action::Up, "↑↓", "scroll", "滚动", true),
    bind(&[Down, Char('j')], Action::Down, "", "", "", false),
    bind(&[Enter], Action::Confirm, "Enter", "next", "下一题", true),
    bind(
        &[Char('o')],
        Action::OpenLinked,
        "o",
        "read the point",
        "查看要点",
        true,
    ),
    bind(&[Esc, Backspace], Action::Back, "Esc", "leave", "退出测验", true),
];

pub(super) static QUIZ_RESULT: &[Binding] = &[
    MOVE,
    MOVE_DOWN,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    bind(
        &[Enter, Char('o')],
        Action::OpenLinked,
        "Enter",
        "read the point",
        "查看要点",
        true,
    ),
    bind(
        &[Char('r')],
        Action::Retry,
        "r",
        "retry the missed ones",
        "重做错题",
        true,
    ),
    BACK,
];

pub(super) static READINESS: &[Binding] = &[
    bind(&[Char('y')], Action::Yes, "y", "yes", "是", true),
    bind(&[Char('n')], Action::No, "n", "no", "否", true),
    bind(&[Up, Char('k')], Action::Up, "↑", "previous question", "上一题", true),
    bind(&[Char('r')], Action::Retry, "r", "start again", "从头再来", false),
    bind(&[Esc, Backspace], Action::Back, "Esc", "leave", "退出", true),
];

pub(super) static READINESS_RESULT: &[Binding] = &[
    MOVE,
    MOVE_DOWN,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    bind(
        &[Enter, Char('o')],
        Action::OpenLinked,
        "Enter",
        "how to fix it",
        "查看对策",
        true,
    ),
    bind(&[Char('r')], Action::Retry, "r", "answer again", "重新自查", true),
    BACK,
];

pub(super) static DRILL_LIST: &[Binding] = &[MOVE, MOVE_DOWN, TOP, BOTTOM, OPEN, BACK];

/// A drill step's keys; the footer names only the numbers this step has.
const fn drill_keys(numbers: &'static str) -> [Binding; 5] {
    [
        numbered(
            &[Char('1'), Char('2'), Char('3'), Char('4')],
            Action::Choose(0),
            numbers,
            "choose",
            "选择",
            true,
        ),
        bind(&[Up, Char('k')], Action::Up, "↑↓", "highlight", "移动", false),
        MOVE_DOWN,
        bind(
            &[Enter],
            Action::Confirm,
            "Enter",
            "choose the highlighted",
            "确定",
            false,
        ),
        bind(&[Esc, Backspace], Action::Back, "Esc", "leave", "退出演练", true),
    ]
}

pub(super) static DRILL_2: [Binding; 5] = drill_keys("1-2");
pub(super) static DRILL_3: [Binding; 5] = drill_keys("1-3");
pub(super) static DRILL_4: [Binding; 5] = drill_keys("1-4");

pub(super) static DRILL_END: &[Binding] = &[
    bind(
        &[Up, Char('k')],
        Action::Up,
        "↑↓",
        "scroll / choose a point",
        "滚动 / 选择要点",
        true,
    ),
    MOVE_DOWN,
    bind(
        &[Enter, Char('o')],
        Action::OpenLinked,
        "Enter",
        "read the point",
        "查看要点",
        true,
    ),
    bind(&[Char('r')], Action::Retry, "r", "try again", "再练一次", true),
    BACK,
];

//! The key tables of checklists, their dates, the family plan's form and
//! what is due: the screens where people prepare.

use ratatui::crossterm::event::KeyCode;

use super::tables::{BACK, BOTTOM, MOVE, MOVE_DOWN, OPEN, PAGE_DOWN, PAGE_UP, TOP};
use super::{Binding, bind, numbered};
use crate::tui::action::Action;

use KeyCode::{BackTab, Backspace, Char, Delete, Down, Enter, Esc, Left, PageDown, Right, Tab, Up};

pub(super) const TICK: Binding = bind(&[Char(' '), Enter], Action::Toggle, "Space", "tick", "勾选", true);
pub(super) const READ_POINT: Binding = bind(
    &[Char('o')],
    Action::OpenLinked,
    "o",
    "read the point",
    "查看要点",
    true,
);
// Space ticks in checklists, so it cannot also page down.
pub(super) const PAGE_DOWN_ONLY: Binding = bind(&[PageDown], Action::PageDown, "", "", "", false);

pub(super) static CHECKLIST: &[Binding] = &[
    MOVE,
    MOVE_DOWN,
    PAGE_UP,
    PAGE_DOWN_ONLY,
    TOP,
    BOTTOM,
    TICK,
    READ_POINT,
    BACK,
];

pub(super) static CHECKLIST_SCALED: &[Binding] = &[
    MOVE,
    MOVE_DOWN,
    PAGE_UP,
    PAGE_DOWN_ONLY,
    TOP,
    BOTTOM,
    TICK,
    bind(
        &[Char('+'), Char('=')],
        Action::More,
        "+ -",
        "people at home",
        "家庭人数",
        true,
    ),
    bind(&[Char('-')], Action::Fewer, "", "", "", false),
    READ_POINT,
    BACK,
];

pub(super) const SET_DATE: Binding = bind(&[Char('d')], Action::SetDate, "d", "date", "日期", true);
pub(super) const CHECKED: Binding = bind(
    &[Char('c')],
    Action::CheckedToday,
    "c",
    "checked today",
    "今天已检查",
    false,
);
pub(super) const RECURRING: Binding = bind(
    &[Char('r')],
    Action::RecurringDate,
    "r",
    "date of the drill or walk-round",
    "演练或自查的日期",
    false,
);
pub(super) const PLAN: Binding = bind(
    &[Char('e')],
    Action::EditPlan,
    "e",
    "your plan's details",
    "填写预案信息",
    false,
);

pub(super) static CHECKLIST_PERSONAL: &[Binding] = &[
    MOVE,
    MOVE_DOWN,
    PAGE_UP,
    PAGE_DOWN_ONLY,
    TOP,
    BOTTOM,
    TICK,
    SET_DATE,
    CHECKED,
    RECURRING,
    PLAN,
    READ_POINT,
    BACK,
];

pub(super) static CHECKLIST_SCALED_PERSONAL: &[Binding] = &[
    MOVE,
    MOVE_DOWN,
    PAGE_UP,
    PAGE_DOWN_ONLY,
    TOP,
    BOTTOM,
    TICK,
    SET_DATE,
    CHECKED,
    bind(
        &[Char('+'), Char('=')],
        Action::More,
        "+ -",
        "people at home",
        "家庭人数",
        true,
    ),
    bind(&[Char('-')], Action::Fewer, "", "", "", false),
    READ_POINT,
    BACK,
];

pub(super) static DATE_FIELD: &[Binding] = &[
    bind(&[Up, Char('+'), Char('=')], Action::More, "+ -", "change", "调整", true),
    bind(&[Down, Char('-')], Action::Fewer, "", "", "", false),
    bind(&[Enter], Action::Confirm, "Enter", "keep", "保存", true),
    bind(
        &[Left, Char('h'), BackTab],
        Action::PrevPart,
        "← →",
        "day, month, year",
        "年、月、日",
        true,
    ),
    bind(&[Right, Char('l'), Tab], Action::NextPart, "", "", "", false),
    numbered(
        &[
            Char('0'),
            Char('1'),
            Char('2'),
            Char('3'),
            Char('4'),
            Char('5'),
            Char('6'),
            Char('7'),
            Char('8'),
            Char('9'),
        ],
        Action::Digit(0),
        "0-9",
        "type",
        "输入",
        false,
    ),
    bind(&[Char('t')], Action::DateDone, "t", "checked today", "今天已检查", true),
    bind(
        &[Char('x'), Delete],
        Action::ClearDate,
        "x",
        "no date",
        "清除日期",
        false,
    ),
    bind(&[Esc, Backspace], Action::Back, "Esc", "cancel", "取消", true),
];

pub(super) static DUE: &[Binding] = &[MOVE, MOVE_DOWN, PAGE_UP, PAGE_DOWN, TOP, BOTTOM, OPEN, BACK];

pub(super) static PLAN_FORM: &[Binding] = &[
    MOVE,
    MOVE_DOWN,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    bind(&[Enter, Char('e')], Action::Open, "Enter", "edit", "编辑", true),
    bind(
        &[Esc, Backspace, Char('h'), Left],
        Action::Back,
        "Esc",
        "back",
        "返回",
        true,
    ),
];

pub(super) static PLAN_EDITING: &[Binding] = &[
    bind(&[Enter], Action::Confirm, "Enter", "keep", "保存", true),
    bind(&[Esc], Action::Back, "Esc", "cancel", "取消", true),
    // `!` is not part of a name, phone number or address, and someone in a
    // panic may be typing.
    bind(&[Char('!'), Char('！')], Action::Sos, "!", "SOS", "急救", true),
];

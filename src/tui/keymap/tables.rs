//! The key tables for reading the guide, and the keys every screen shares.
//! Practising and preparing have theirs in `practise.rs`.

use ratatui::crossterm::event::KeyCode;

use super::{Binding, bind, ctrl, numbered};
use crate::tui::action::Action;

use KeyCode::{BackTab, Backspace, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up};

pub(super) const MOVE: Binding = bind(&[Up, Char('k')], Action::Up, "↑↓ jk", "move", "移动", true);
pub(super) const MOVE_DOWN: Binding = bind(&[Down, Char('j')], Action::Down, "", "", "", false);
pub(super) const PAGE_UP: Binding = bind(&[PageUp], Action::PageUp, "PgUp PgDn", "page", "翻页", false);
pub(super) const PAGE_DOWN: Binding = bind(&[PageDown, Char(' ')], Action::PageDown, "", "", "", false);
pub(super) const TOP: Binding = bind(
    &[Home, Char('g')],
    Action::Top,
    "Home End",
    "first / last",
    "首项 / 末项",
    false,
);
pub(super) const BOTTOM: Binding = bind(&[End, Char('G')], Action::Bottom, "", "", "", false);
pub(super) const OPEN: Binding = bind(&[Enter, Char('l'), Right], Action::Open, "Enter", "open", "打开", true);
pub(super) const BACK: Binding = bind(
    &[Esc, Backspace, Char('h'), Left],
    Action::Back,
    "Esc",
    "back",
    "返回",
    true,
);

pub(super) const QUIZ_HERE: Binding = bind(&[Char('t')], Action::Quiz, "t", "test yourself", "自测", true);

pub(super) static HOME: &[Binding] = &[
    MOVE,
    MOVE_DOWN,
    bind(&[Tab], Action::SwitchColumn, "Tab", "switch list", "切换列表", true),
    bind(&[BackTab], Action::PrevColumn, "", "", "", false),
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    OPEN,
    QUIZ_HERE,
];

pub(super) static LIST: &[Binding] = &[MOVE, MOVE_DOWN, PAGE_UP, PAGE_DOWN, TOP, BOTTOM, OPEN, QUIZ_HERE, BACK];

pub(super) static POINT: &[Binding] = &[
    bind(&[Up, Char('k')], Action::Up, "↑↓ jk", "scroll", "滚动", true),
    MOVE_DOWN,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    bind(&[Tab], Action::NextSection, "Tab", "next section", "下一部分", true),
    bind(
        &[BackTab],
        Action::PrevSection,
        "Shift+Tab",
        "previous section",
        "上一部分",
        false,
    ),
    bind(
        &[Char('n')],
        Action::NextPoint,
        "n p",
        "next / previous point",
        "下一个 / 上一个要点",
        true,
    ),
    bind(&[Char('p')], Action::PrevPoint, "", "", "", false),
    QUIZ_HERE,
    bind(
        &[Char('d')],
        Action::Drill,
        "d",
        "drill: what would you do?",
        "情景演练",
        false,
    ),
    numbered(
        &[
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
        Action::Related(0),
        "1-9",
        "open a related point",
        "打开相关要点",
        false,
    ),
    BACK,
];

pub(super) static SEARCH: &[Binding] = &[
    bind(&[Up], Action::Up, "↑↓", "choose", "选择", true),
    bind(&[Down], Action::Down, "", "", "", false),
    bind(&[PageUp], Action::PageUp, "", "", "", false),
    bind(&[PageDown], Action::PageDown, "", "", "", false),
    bind(&[Enter], Action::Open, "Enter", "open", "打开", true),
    bind(&[Esc, Backspace], Action::Back, "Esc", "back", "返回", true),
    // `!` is never part of a search, and someone in a panic may be typing.
    bind(&[Char('!'), Char('！')], Action::Sos, "!", "SOS", "急救", true),
];

pub(super) static SOS: &[Binding] = &[
    bind(&[Up, Char('k')], Action::Up, "↑↓", "scroll", "滚动", true),
    MOVE_DOWN,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    bind(&[Esc, Backspace, Char('!')], Action::Back, "Esc", "close", "关闭", true),
];

pub(super) static HELP: &[Binding] = &[
    bind(&[Up, Char('k')], Action::Up, "↑↓", "scroll", "滚动", true),
    MOVE_DOWN,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    bind(&[Esc, Backspace, Char('?')], Action::Back, "Esc", "close", "关闭", true),
];

/// Keys that work everywhere except while typing a search.
pub(super) static GLOBAL: &[Binding] = &[
    bind(&[Char('/')], Action::Search, "/", "search", "搜索", true),
    bind(&[Char('!')], Action::Sos, "!", "SOS", "急救", true),
    bind(&[Char('L')], Action::ToggleLanguage, "L", "中文", "English", true),
    bind(&[Char('?')], Action::Help, "?", "help", "帮助", true),
    bind(&[Char('q')], Action::Quit, "q", "quit", "退出", true),
];

/// In a date field, letters would be lost keystrokes: only SOS and help.
pub(super) static DATE_GLOBAL: &[Binding] = &[
    bind(&[Char('!')], Action::Sos, "!", "SOS", "急救", true),
    bind(&[Char('?')], Action::Help, "?", "help", "帮助", true),
];

/// Ctrl chords: they work everywhere, even while typing, because raw mode
/// turns them into keys and people expect them to work.
pub(super) static ALWAYS: &[Binding] = &[
    ctrl(&[Char('c'), Char('q')], Action::Quit),
    // Suspend as a shell expects; `fg` comes back with a full redraw.
    ctrl(&[Char('z')], Action::Suspend),
];

//! One table of keys per screen. It drives both dispatch and what the
//! footer and the help screen say, so they can never disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::content::Locale;

/// Where a key is pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    Home,
    List,
    Point,
    Search,
    Sos,
    Help,
    Quiz,
    /// A question answered: its verdict and explanation are showing.
    QuizAnswered,
    QuizResult,
    Readiness,
    ReadinessResult,
    Checklist,
    /// A checklist with quantities, which scale with the household.
    ChecklistScaled,
    /// The same two at home, where items take dates (never in the kiosk).
    ChecklistPersonal,
    ChecklistScaledPersonal,
    /// A date being entered in a checklist.
    DateField,
    /// What is due.
    Due,
    /// The family plan's details, and one of them being typed.
    Plan,
    PlanEditing,
    /// The list of drills.
    DrillList,
    /// A drill's situation and its choices: how many (2 to 4).
    Drill(u8),
    /// A drill's outcome, the path taken and links to the points.
    DrillEnd,
}

pub struct Binding {
    pub keys: &'static [KeyCode],
    pub action: Action,
    /// How the keys are written in the footer and help.
    pub label: &'static str,
    pub en: &'static str,
    pub zh: &'static str,
    /// Worth a place in the footer, not only in help.
    pub footer: bool,
}

impl Binding {
    pub fn describe(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => self.en,
            Locale::ZhHans => self.zh,
        }
    }

    /// As `describe`, for a screen that can draw only Latin text (the Linux
    /// console): the Chinese name of the language key becomes "Chinese".
    pub fn describe_on(&self, locale: Locale, latin_only: bool) -> &'static str {
        match self.describe(locale) {
            "中文" if latin_only => "Chinese",
            text => text,
        }
    }
}

const fn bind(
    keys: &'static [KeyCode],
    action: Action,
    label: &'static str,
    en: &'static str,
    zh: &'static str,
    footer: bool,
) -> Binding {
    Binding {
        keys,
        action,
        label,
        en,
        zh,
        footer,
    }
}

use KeyCode::{BackTab, Backspace, Char, Delete, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up};

const MOVE: Binding = bind(&[Up, Char('k')], Action::Up, "↑↓ jk", "move", "移动", true);
const MOVE_DOWN: Binding = bind(&[Down, Char('j')], Action::Down, "", "", "", false);
const PAGE_UP: Binding = bind(&[PageUp], Action::PageUp, "PgUp PgDn", "page", "翻页", false);
const PAGE_DOWN: Binding = bind(&[PageDown, Char(' ')], Action::PageDown, "", "", "", false);
const TOP: Binding = bind(
    &[Home, Char('g')],
    Action::Top,
    "Home End",
    "first / last",
    "首项 / 末项",
    false,
);
const BOTTOM: Binding = bind(&[End, Char('G')], Action::Bottom, "", "", "", false);
const OPEN: Binding = bind(&[Enter, Char('l'), Right], Action::Open, "Enter", "open", "打开", true);
const BACK: Binding = bind(
    &[Esc, Backspace, Char('h'), Left],
    Action::Back,
    "Esc",
    "back",
    "返回",
    true,
);

const QUIZ_HERE: Binding = bind(&[Char('t')], Action::Quiz, "t", "test yourself", "自测", true);

static HOME: &[Binding] = &[
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

static LIST: &[Binding] = &[MOVE, MOVE_DOWN, PAGE_UP, PAGE_DOWN, TOP, BOTTOM, OPEN, QUIZ_HERE, BACK];

static QUIZ: &[Binding] = &[
    bind(&[Up, Char('k')], Action::Up, "↑↓", "choose", "选择", false),
    MOVE_DOWN,
    bind(
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
static QUIZ_ANSWERED: &[Binding] = &[
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

static QUIZ_RESULT: &[Binding] = &[
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

static READINESS: &[Binding] = &[
    bind(&[Char('y')], Action::Yes, "y", "yes", "是", true),
    bind(&[Char('n')], Action::No, "n", "no", "否", true),
    bind(&[Up, Char('k')], Action::Up, "↑", "previous question", "上一题", true),
    bind(&[Char('r')], Action::Retry, "r", "start again", "从头再来", false),
    bind(&[Esc, Backspace], Action::Back, "Esc", "leave", "退出", true),
];

static READINESS_RESULT: &[Binding] = &[
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

const TICK: Binding = bind(&[Char(' '), Enter], Action::Toggle, "Space", "tick", "勾选", true);
const READ_POINT: Binding = bind(
    &[Char('o')],
    Action::OpenLinked,
    "o",
    "read the point",
    "查看要点",
    true,
);
// Space ticks in checklists, so it cannot also page down.
const PAGE_DOWN_ONLY: Binding = bind(&[PageDown], Action::PageDown, "", "", "", false);

static CHECKLIST: &[Binding] = &[
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

static CHECKLIST_SCALED: &[Binding] = &[
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

const SET_DATE: Binding = bind(&[Char('d')], Action::SetDate, "d", "date", "日期", true);
const CHECKED: Binding = bind(
    &[Char('c')],
    Action::CheckedToday,
    "c",
    "checked today",
    "今天已检查",
    false,
);
const RECURRING: Binding = bind(
    &[Char('r')],
    Action::RecurringDate,
    "r",
    "date of the drill or walk-round",
    "演练或自查的日期",
    false,
);
const PLAN: Binding = bind(
    &[Char('e')],
    Action::EditPlan,
    "e",
    "your plan's details",
    "填写预案信息",
    false,
);

static CHECKLIST_PERSONAL: &[Binding] = &[
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

static CHECKLIST_SCALED_PERSONAL: &[Binding] = &[
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

static DATE_FIELD: &[Binding] = &[
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
    bind(&[], Action::Digit(0), "0-9", "type", "输入", false),
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

static DUE: &[Binding] = &[MOVE, MOVE_DOWN, PAGE_UP, PAGE_DOWN, TOP, BOTTOM, OPEN, BACK];

static PLAN_FORM: &[Binding] = &[
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

static PLAN_EDITING: &[Binding] = &[
    bind(&[Enter], Action::Confirm, "Enter", "keep", "保存", true),
    bind(&[Esc], Action::Back, "Esc", "cancel", "取消", true),
];

static DRILL_LIST: &[Binding] = &[MOVE, MOVE_DOWN, TOP, BOTTOM, OPEN, BACK];

/// A drill step's keys; the footer names only the numbers this step has.
const fn drill_keys(numbers: &'static str) -> [Binding; 5] {
    [
        bind(
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

static DRILL_2: [Binding; 5] = drill_keys("1-2");
static DRILL_3: [Binding; 5] = drill_keys("1-3");
static DRILL_4: [Binding; 5] = drill_keys("1-4");

static DRILL_END: &[Binding] = &[
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

static POINT: &[Binding] = &[
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
    bind(
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

static SEARCH: &[Binding] = &[
    bind(&[Up], Action::Up, "↑↓", "choose", "选择", true),
    bind(&[Down], Action::Down, "", "", "", false),
    bind(&[PageUp], Action::PageUp, "", "", "", false),
    bind(&[PageDown], Action::PageDown, "", "", "", false),
    bind(&[Enter], Action::Open, "Enter", "open", "打开", true),
    bind(&[Esc, Backspace], Action::Back, "Esc", "back", "返回", true),
    // `!` is never part of a search, and someone in a panic may be typing.
    bind(&[Char('!'), Char('！')], Action::Sos, "!", "SOS", "急救", true),
];

static SOS: &[Binding] = &[
    bind(&[Up, Char('k')], Action::Up, "↑↓", "scroll", "滚动", true),
    MOVE_DOWN,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    bind(&[Esc, Backspace, Char('!')], Action::Back, "Esc", "close", "关闭", true),
];

static HELP: &[Binding] = &[
    bind(&[Up, Char('k')], Action::Up, "↑↓", "scroll", "滚动", true),
    MOVE_DOWN,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    bind(&[Esc, Backspace, Char('?')], Action::Back, "Esc", "close", "关闭", true),
];

/// Keys that work everywhere except while typing a search.
static GLOBAL: &[Binding] = &[
    bind(&[Char('/')], Action::Search, "/", "search", "搜索", true),
    bind(&[Char('!')], Action::Sos, "!", "SOS", "急救", true),
    bind(&[Char('L')], Action::ToggleLanguage, "L", "中文", "English", true),
    bind(&[Char('?')], Action::Help, "?", "help", "帮助", true),
    bind(&[Char('q')], Action::Quit, "q", "quit", "退出", true),
];

/// In a date field, letters would be lost keystrokes: only SOS and help.
static DATE_GLOBAL: &[Binding] = &[
    bind(&[Char('!')], Action::Sos, "!", "SOS", "急救", true),
    bind(&[Char('?')], Action::Help, "?", "help", "帮助", true),
];

pub fn bindings(context: Context) -> &'static [Binding] {
    match context {
        Context::Home => HOME,
        Context::List => LIST,
        Context::Point => POINT,
        Context::Search => SEARCH,
        Context::Sos => SOS,
        Context::Help => HELP,
        Context::Quiz => QUIZ,
        Context::QuizAnswered => QUIZ_ANSWERED,
        Context::QuizResult => QUIZ_RESULT,
        Context::Readiness => READINESS,
        Context::ReadinessResult => READINESS_RESULT,
        Context::Checklist => CHECKLIST,
        Context::ChecklistScaled => CHECKLIST_SCALED,
        Context::ChecklistPersonal => CHECKLIST_PERSONAL,
        Context::ChecklistScaledPersonal => CHECKLIST_SCALED_PERSONAL,
        Context::DateField => DATE_FIELD,
        Context::Due => DUE,
        Context::Plan => PLAN_FORM,
        Context::PlanEditing => PLAN_EDITING,
        Context::DrillList => DRILL_LIST,
        Context::Drill(2) => &DRILL_2,
        Context::Drill(3) => &DRILL_3,
        Context::Drill(_) => &DRILL_4,
        Context::DrillEnd => DRILL_END,
    }
}

/// The global keys that apply in a context (none while typing a search).
pub fn globals(context: Context) -> &'static [Binding] {
    match context {
        // Typing owns every key; a half-entered date keeps q and L from
        // leaving it by accident.
        Context::Search | Context::PlanEditing => &[],
        Context::DateField => DATE_GLOBAL,
        _ => GLOBAL,
    }
}

/// The action a key press means here, if any. Ctrl+C always quits: raw mode
/// turns it into a key, and people expect it to work.
pub fn action_for(context: Context, key: KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match key.code {
            Char('c') | Char('q') => Some(Action::Quit),
            // Raw mode turns Ctrl-Z into a key too: suspend as a shell expects.
            Char('z') => Some(Action::Suspend),
            _ => None,
        };
    }
    match (context, key.code) {
        (Context::Point, Char(c @ '1'..='9')) => return Some(Action::Related(c as usize - '1' as usize)),
        (Context::Quiz, Char(c @ '1'..='6')) => return Some(Action::Choose(c as usize - '1' as usize)),
        (Context::DateField, Char(c @ '0'..='9')) => return Some(Action::Digit(c as u8 - b'0')),
        (Context::Drill(_), Char(c @ '1'..='4')) => return Some(Action::Choose(c as usize - '1' as usize)),
        _ => {}
    }
    bindings(context)
        .iter()
        .chain(globals(context))
        .find(|b| b.keys.contains(&key.code))
        .map(|b| b.action)
}

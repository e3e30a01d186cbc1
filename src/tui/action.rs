//! What can happen: the messages the outside world sends, and the actions
//! keys, clicks and the wheel are turned into.

use ratatui::crossterm::event::{KeyEvent, MouseEvent};

use super::app::HomeColumn;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Open,
    Back,
    Quit,
    Search,
    Sos,
    Help,
    ToggleLanguage,
    SwitchColumn,
    NextSection,
    PrevSection,
    NextPoint,
    PrevPoint,
    /// Follow the point's nth related link (from 0).
    Related(usize),
    /// A click on a home row.
    OpenHome(HomeColumn, usize),
    /// A click on a row of the current list or search results.
    OpenRow(usize),
    /// A click on a section tab of a point.
    JumpSection(usize),
    ScrollUp,
    ScrollDown,
    /// A click on an overlay's body: nothing, and nothing underneath either.
    Ignore,
}

/// Everything `update` reacts to. Time comes in as milliseconds since start,
/// so `update` never reads a clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize(u16, u16),
    Tick(u64),
    Action(Action),
}

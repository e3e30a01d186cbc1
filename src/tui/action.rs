//! What can happen: the messages the outside world sends, and the actions
//! keys, clicks and the wheel are turned into.

use ratatui::crossterm::event::{KeyEvent, MouseEvent};

use super::screens::HomeColumn;

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
    /// Ctrl-Z: give the terminal back to the shell until `fg`.
    Suspend,
    Search,
    Sos,
    Help,
    ToggleLanguage,
    SwitchColumn,
    PrevColumn,
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
    /// Quiz the current point or category.
    Quiz,
    /// Pick option n (from 0) of a quiz question.
    Choose(usize),
    /// Tick a checklist item, or toggle a multiple-answer option.
    Toggle,
    /// Submit the toggled options of a multiple-answer question.
    Confirm,
    /// Open the point the highlighted question or item comes from.
    OpenLinked,
    /// Ask the missed questions again.
    Retry,
    Yes,
    No,
    /// Open a drill, by index into the guide's drills.
    OpenDrill(usize),
    /// On a point: open the (first) drill that rehearses it.
    Drill,
    /// Household size up or down; in a date field, the part up or down.
    More,
    Fewer,
    /// Open the date field for the highlighted item.
    SetDate,
    /// The highlighted item was checked (or replaced) today.
    CheckedToday,
    /// Open the date field for the checklist's recurring check.
    RecurringDate,
    /// Open the family plan's own details.
    EditPlan,
    /// Open the list of what is due.
    OpenDue,
    /// In a date field: the next or previous part, a digit typed, today
    /// plus the interval, and no date at all.
    NextPart,
    PrevPart,
    Digit(u8),
    DateDone,
    ClearDate,
}

impl Action {
    /// The same action for the n-th of a run of number keys (from 0).
    pub fn numbered(self, n: usize) -> Action {
        match self {
            Action::Choose(_) => Action::Choose(n),
            Action::Related(_) => Action::Related(n),
            // At most ten digit keys: 0 to 9.
            Action::Digit(_) => Action::Digit(u8::try_from(n).unwrap_or(u8::MAX)),
            other => other,
        }
    }
}

/// Everything `update` reacts to. Time comes in as milliseconds since start,
/// so `update` never reads a clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize(u16, u16),
    Tick(u64),
    /// Something the runtime could not do (save, speak), worded for the
    /// reader: shown until the next key.
    Notice(String),
}

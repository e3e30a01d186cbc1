//! The one place state changes. Pure: no terminal, no clock, no files; the
//! runtime saves progress when `dirty` is set.

use ratatui::crossterm::event::{KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

use super::action::{Action, Msg};
use super::app::{App, HomeColumn, HomeState, ListKind, ListState, Overlay, PointState, Screen, SearchState};
use super::keymap::{self, Context};
use crate::checklist;
use crate::readiness;
use crate::search::{Index, Narrowing};

mod drill;
mod practise;
mod upkeep;

/// Lines a wheel notch scrolls.
const WHEEL: usize = 3;

pub fn update(app: &mut App<'_>, msg: Msg) {
    match msg {
        Msg::Tick(now) => app.now_ms = now,
        Msg::Resize(w, h) => {
            app.size = Some((w, h));
            keep_place(app);
        }
        Msg::Key(key) if key.kind != KeyEventKind::Release => {
            app.notice = None;
            if !type_into_search(app, key.code, key.modifiers)
                && !upkeep::type_into_plan(app, key.code, key.modifiers)
                && let Some(action) = keymap::action_for(context(app), key)
            {
                // Behind "window too small" nothing can be seen, so only
                // quitting, SOS and closing it act.
                if !too_small(app) || matches!(action, Action::Quit | Action::Sos | Action::Back) {
                    apply(app, action);
                }
            }
        }
        Msg::Key(_) => {}
        Msg::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                app.notice = None;
                if let Some(action) = app.last.action_at(mouse.column, mouse.row) {
                    apply(app, action);
                }
            }
            MouseEventKind::ScrollDown => apply(app, Action::ScrollDown),
            MouseEventKind::ScrollUp => apply(app, Action::ScrollUp),
            _ => {}
        },
        Msg::Action(action) => apply(app, action),
    }
}

fn too_small(app: &App<'_>) -> bool {
    app.size
        .is_some_and(|(w, h)| w < super::view::MIN_WIDTH || h < super::view::MIN_HEIGHT)
}

/// Opens the guide where the command line asked.
pub fn start(app: &mut App<'_>, start: &super::Start) {
    match start {
        super::Start::Home => app.resume(),
        super::Start::Quiz(scope, limit) => practise::start_quiz_limited(app, scope, *limit),
        super::Start::Checklist(checklist) => app
            .stack
            .push(Screen::Checklist(super::app::ChecklistState::new(*checklist, 0))),
        super::Start::Drill(drill) => drill::open(app, *drill),
    }
}

/// Where keys are going: an overlay first, then the current screen.
pub fn context(app: &App<'_>) -> Context {
    match (app.overlay, app.screen()) {
        (Some(Overlay::Help { .. }), _) => Context::Help,
        (Some(Overlay::Sos { .. }), _) => Context::Sos,
        (None, screen) => screen_context(app, screen),
    }
}

/// The context of a screen, ignoring overlays (help describes this one).
pub fn screen_context(app: &App<'_>, screen: &Screen) -> Context {
    match screen {
        Screen::Home(_) => Context::Home,
        Screen::List(_) => Context::List,
        Screen::Point(_) => Context::Point,
        Screen::Search(_) => Context::Search,
        Screen::Quiz(q) if q.finished() => Context::QuizResult,
        Screen::Quiz(q) if q.answered => Context::QuizAnswered,
        Screen::Quiz(_) => Context::Quiz,
        Screen::Readiness(r)
            if app
                .guide
                .readiness
                .as_ref()
                .is_some_and(|c| r.current >= c.questions.len()) =>
        {
            Context::ReadinessResult
        }
        Screen::Readiness(_) => Context::Readiness,
        Screen::Checklist(c) if c.date.is_some() => Context::DateField,
        Screen::Drills(_) => Context::DrillList,
        Screen::Drill(d) if d.walk.finished() => Context::DrillEnd,
        Screen::Drill(d) => {
            let choices = app
                .guide
                .drills
                .get(d.drill)
                .map_or(4, |drill| d.walk.choices(drill).len());
            Context::Drill(u8::try_from(choices).unwrap_or(4))
        }
        Screen::Checklist(c) => {
            let scaled = app
                .guide
                .checklists
                .get(c.checklist)
                .is_some_and(|l| checklist::items(l).any(|i| i.quantity.is_some()));
            match (scaled, app.personal) {
                (true, true) => Context::ChecklistScaledPersonal,
                (true, false) => Context::ChecklistScaled,
                (false, true) => Context::ChecklistPersonal,
                (false, false) => Context::Checklist,
            }
        }
        Screen::Due(_) => Context::Due,
        Screen::Plan(p) if p.editing.is_some() => Context::PlanEditing,
        Screen::Plan(_) => Context::Plan,
    }
}

/// In search, printable keys edit the query instead of acting as commands.
fn type_into_search(app: &mut App<'_>, code: KeyCode, modifiers: KeyModifiers) -> bool {
    if app.overlay.is_some() {
        return false;
    }
    if !matches!(app.stack.last(), Some(Screen::Search(_))) {
        return false;
    }
    let guide = app.guide;
    let index = app.index.get_or_init(|| Index::new(guide));
    let Some(Screen::Search(search)) = app.stack.last_mut() else {
        return false;
    };
    match code {
        KeyCode::Char('u') if modifiers.contains(KeyModifiers::CONTROL) => search.query.clear(),
        KeyCode::Char(_) if modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
            return false;
        }
        // Someone in a panic may be typing: `!` (or a Chinese input
        // method's `！`) still opens SOS, as everywhere else.
        KeyCode::Char('!' | '！') => return false,
        KeyCode::Char(c) => search.query.push(c),
        KeyCode::Backspace if search.query.is_empty() => return false,
        KeyCode::Backspace => {
            search.query.pop();
        }
        _ => return false,
    }
    search.results = index.search_typed(&search.query, &mut search.narrowing, &search.results);
    search.selected = 0;
    true
}

fn apply(app: &mut App<'_>, action: Action) {
    if app.overlay.is_none()
        && (upkeep::apply(app, action) || practise::apply(app, action) || drill::apply(app, action))
    {
        return;
    }
    match action {
        Action::Ignore => {}
        Action::Quit => app.quit = true,
        Action::Suspend => app.suspend = true,
        Action::Help => app.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::Sos => {
            app.overlay = Some(Overlay::Sos {
                since_ms: app.now_ms,
                scroll: 0,
            });
        }
        // Re-wrapped in the other language, the point keeps its section,
        // as after a resize; a line number would land elsewhere.
        Action::ToggleLanguage => {
            keep_place(app);
            app.locale = app.locale.other();
        }
        Action::Back if app.overlay.is_some() => app.overlay = None,
        Action::Back => {
            if app.stack.len() > 1
                && let Some(Screen::Quiz(q)) = app.stack.pop()
                && !q.finished()
                && q.answered_count() > 0
            {
                app.notice = Some(crate::i18n::left_quiz(app.locale, q.answered_count()));
            }
        }
        Action::Search => {
            if !matches!(app.screen(), Screen::Search(_)) {
                let guide = app.guide;
                app.index.get_or_init(|| Index::new(guide));
                app.stack.push(Screen::Search(SearchState {
                    query: String::new(),
                    results: Vec::new(),
                    selected: 0,
                    narrowing: Narrowing::default(),
                }));
            }
        }
        Action::OpenHome(column, row) => {
            if let Some(Screen::Home(home)) = app.screen_mut() {
                home.column = column;
                home.selected = row;
            }
            apply(app, Action::Open);
        }
        Action::OpenRow(row) => {
            set_selected(app, row);
            apply(app, Action::Open);
        }
        Action::Open => open(app),
        Action::Related(n) => {
            let target = current_point(app)
                .and_then(|p| app.guide.points[p].related.get(n))
                .and_then(|id| app.guide.point_index(id));
            if let Some(target) = target {
                open_point(app, target);
            }
        }
        Action::NextPoint | Action::PrevPoint => step_point(app, action == Action::NextPoint),
        Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Top | Action::Bottom
            if app.overlay.is_some() =>
        {
            move_by(app, action)
        }
        Action::ScrollUp | Action::ScrollDown if app.overlay.is_some() => scroll_wheel(app, action),
        // Practise actions that reached here do not apply on this screen.
        Action::Choose(_)
        | Action::Toggle
        | Action::Confirm
        | Action::OpenLinked
        | Action::Retry
        | Action::Yes
        | Action::No
        | Action::More
        | Action::Fewer
        | Action::SetDate
        | Action::CheckedToday
        | Action::RecurringDate
        | Action::EditPlan
        | Action::OpenDue
        | Action::NextPart
        | Action::PrevPart
        | Action::Digit(_)
        | Action::DateDone
        | Action::ClearDate
        | Action::OpenDrill(_)
        | Action::Drill => {}
        _ if app.overlay.is_some() => {}
        Action::SwitchColumn | Action::PrevColumn => {
            if let Some(Screen::Home(home)) = app.screen_mut() {
                const ORDER: [HomeColumn; 3] = [HomeColumn::Categories, HomeColumn::Hazards, HomeColumn::Practise];
                let at = ORDER.iter().position(|c| *c == home.column).unwrap_or(0);
                let step = if action == Action::SwitchColumn {
                    1
                } else {
                    ORDER.len() - 1
                };
                home.column = ORDER[(at + step) % ORDER.len()];
                home.selected = 0;
            }
        }
        Action::Quiz => practise::quiz_here(app),
        Action::NextSection | Action::PrevSection | Action::JumpSection(_) => jump_section(app, action),
        Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Top | Action::Bottom => {
            move_by(app, action)
        }
        Action::ScrollUp | Action::ScrollDown => scroll_wheel(app, action),
    }
}

fn scroll_wheel(app: &mut App<'_>, action: Action) {
    let step = if action == Action::ScrollDown {
        Action::Down
    } else {
        Action::Up
    };
    for _ in 0..WHEEL {
        move_by(app, step);
    }
}

/// How many rows the current screen's list has.
fn row_count(app: &App<'_>) -> usize {
    match app.screen() {
        Screen::Home(h) => match h.column {
            HomeColumn::Categories => app.guide.categories.len(),
            HomeColumn::Hazards => app.guide.hazards.len(),
            HomeColumn::Practise => app.practise_rows().len(),
        },
        Screen::List(l) => app.list_points(l.kind).len(),
        Screen::Search(s) => s.results.len(),
        Screen::Point(_) | Screen::Drill(_) => 0,
        Screen::Drills(_) => app.guide.drills.len(),
        Screen::Quiz(q) if q.finished() => q.session.missed().len(),
        Screen::Quiz(q) => q.session.question(app.guide, q.current).map_or(0, |q| q.options.len()),
        Screen::Readiness(r) => app
            .guide
            .readiness
            .as_ref()
            .filter(|c| r.current >= c.questions.len())
            .map_or(0, |c| readiness::gaps(&app.progress.readiness, c).len()),
        Screen::Checklist(c) => app
            .guide
            .checklists
            .get(c.checklist)
            .map_or(0, |l| checklist::items(l).count()),
        Screen::Due(_) => crate::upkeep::due::this_month(app.guide, &app.progress, app.today).len(),
        Screen::Plan(_) => crate::upkeep::plan::Field::all().len(),
    }
}

pub(super) fn set_selected(app: &mut App<'_>, row: usize) {
    let last = row_count(app).saturating_sub(1);
    if let Some(selected) = selected_mut(app) {
        *selected = row.min(last);
    }
}

/// The highlighted row of the current screen, whatever it is called there.
fn selected_mut<'a>(app: &'a mut App<'_>) -> Option<&'a mut usize> {
    match app.stack.last_mut()? {
        Screen::Home(HomeState { selected, .. })
        | Screen::List(ListState { selected, .. })
        | Screen::Search(SearchState { selected, .. })
        | Screen::Checklist(super::app::ChecklistState { selected, .. })
        | Screen::Due(super::app::DueState { selected })
        | Screen::Plan(super::app::PlanState { selected, .. })
        | Screen::Drills(super::app::DrillsState { selected }) => Some(selected),
        Screen::Quiz(q) => Some(&mut q.cursor),
        Screen::Readiness(r) => Some(&mut r.cursor),
        Screen::Point(_) | Screen::Drill(_) => None,
    }
}

fn move_by(app: &mut App<'_>, action: Action) {
    let page = app.last.page.max(1);
    if let Some(Overlay::Sos { scroll, .. } | Overlay::Help { scroll }) = &mut app.overlay {
        *scroll = moved(*scroll, action, page, app.last.overlay_max_scroll);
        return;
    }
    if let Some(Screen::Point(point)) = app.stack.last_mut() {
        let max = app.last.max_scroll;
        if let Some(anchor) = point.anchor.take() {
            point.scroll = anchored_scroll(&app.last.sections, max + page, anchor).min(max);
        }
        point.scroll = moved(point.scroll, action, page, max);
        point.section = None;
        return;
    }
    // On home, categories and "practise and prepare" stand one above the
    // other: the arrows flow from one into the next.
    let categories = app.guide.categories.len();
    if let Some(Screen::Home(home)) = app.stack.last_mut() {
        match (home.column, action) {
            (HomeColumn::Categories, Action::Down) if home.selected + 1 >= categories => {
                home.column = HomeColumn::Practise;
                home.selected = 0;
                return;
            }
            (HomeColumn::Practise, Action::Up) if home.selected == 0 => {
                home.column = HomeColumn::Categories;
                home.selected = categories.saturating_sub(1);
                return;
            }
            _ => {}
        }
    }
    let count = row_count(app);
    let current = selected_mut(app).map_or(0, |s| *s);
    set_selected(app, moved(current, action, page, count.saturating_sub(1)));
}

fn moved(current: usize, action: Action, page: usize, max: usize) -> usize {
    match action {
        Action::Up => current.saturating_sub(1),
        Action::Down => current + 1,
        Action::PageUp => current.saturating_sub(page),
        Action::PageDown => current + page,
        Action::Top => 0,
        Action::Bottom => max,
        _ => current,
    }
    .min(max)
}

fn open(app: &mut App<'_>) {
    let target = match app.screen() {
        Screen::Home(h) if h.column == HomeColumn::Practise => {
            if let Some(&row) = app.practise_rows().get(h.selected) {
                practise::open_row(app, row);
            }
            return;
        }
        Screen::Home(h) => {
            let kind = match h.column {
                HomeColumn::Hazards => ListKind::Hazard(h.selected),
                _ => ListKind::Category(h.selected),
            };
            app.stack.push(Screen::List(ListState { kind, selected: 0 }));
            return;
        }
        Screen::List(l) => app.list_points(l.kind).get(l.selected).copied(),
        Screen::Search(s) => s.results.get(s.selected).map(|hit| hit.point),
        _ => None,
    };
    if let Some(point) = target {
        let screen = point_screen(app, point);
        app.stack.push(screen);
    }
}

fn point_screen(app: &mut App<'_>, point: usize) -> Screen {
    mark_read(app, point);
    Screen::Point(PointState {
        point,
        scroll: 0,
        section: None,
        anchor: None,
    })
}

/// Opens a point from a link: the overlay closes, and Back returns to the
/// point the link was on.
pub(super) fn open_point(app: &mut App<'_>, point: usize) {
    app.overlay = None;
    let screen = point_screen(app, point);
    app.stack.push(screen);
}

fn mark_read(app: &mut App<'_>, point: usize) {
    let id = &app.guide.points[point].id;
    app.read_counts.mark(app.guide, &mut app.progress, point);
    app.progress.last_point = Some(id.clone());
    app.dirty = true;
}

fn current_point(app: &App<'_>) -> Option<usize> {
    match app.screen() {
        Screen::Point(p) => Some(p.point),
        _ => None,
    }
}

/// Next and previous follow the list the reader came from (a category or
/// a hazard class), or booklet order otherwise; the list's selection follows.
fn step_point(app: &mut App<'_>, forward: bool) {
    let Some(current) = current_point(app) else {
        return;
    };
    let below = app.stack.len().checked_sub(2).and_then(|i| app.stack.get(i));
    let step = |at: usize| if forward { at + 1 } else { at.wrapping_sub(1) };
    // (the position in the list below, the point there)
    let target = match below {
        Some(Screen::List(l)) => {
            let order = app.list_points(l.kind);
            let at = order.iter().position(|&p| p == current);
            at.and_then(|at| order.get(step(at)).map(|&p| (step(at), p)))
        }
        _ => Some((step(current), step(current))).filter(|&(_, p)| p < app.guide.points.len()),
    };
    let Some((next, target)) = target else {
        return;
    };
    mark_read(app, target);
    let len = app.stack.len();
    if let Some(Screen::List(l)) = len.checked_sub(2).and_then(|i| app.stack.get_mut(i)) {
        l.selected = next;
    }
    if let Some(Screen::Point(p)) = app.stack.last_mut() {
        *p = PointState {
            point: target,
            scroll: 0,
            section: None,
            anchor: None,
        };
    }
}

fn jump_section(app: &mut App<'_>, action: Action) {
    let sections = app.last.sections.clone();
    let max = app.last.max_scroll;
    let Some(Screen::Point(point)) = app.stack.last_mut() else {
        return;
    };
    if sections.is_empty() {
        return;
    }
    point.anchor = None;
    let current = point
        .section
        .unwrap_or_else(|| current_section(&sections, point.scroll));
    let n = sections.len();
    // Tab cycles through every section, past the end back to the first.
    let target = match action {
        Action::JumpSection(i) => i.min(n - 1),
        Action::NextSection => (current + 1) % n,
        _ => (current + n - 1) % n,
    };
    point.section = Some(target);
    point.scroll = sections[target].min(max);
}

/// Before lines re-wrap to a new width, notes where in which section the
/// reader is; the view and the next key find the same place again.
/// Notes where the reader is, for the next start to reopen there.
pub fn remember_place(app: &mut App<'_>) {
    use crate::progress::Place;
    keep_place(app);
    let place = match app.screen() {
        Screen::Point(p) => {
            let (section, within) = p.anchor.unwrap_or((0, 0));
            Place::Point {
                id: app.guide.points[p.point].id.clone(),
                section,
                within,
            }
        }
        Screen::Checklist(c) => match app.guide.checklists.get(c.checklist) {
            Some(list) => Place::Checklist {
                id: list.id.clone(),
                selected: c.selected,
            },
            None => Place::Home,
        },
        Screen::Readiness(_) => Place::Readiness,
        _ => Place::Home,
    };
    if app.progress.place.as_ref() != Some(&place) {
        app.progress.place = Some(place);
        app.dirty = true;
    }
}

fn keep_place(app: &mut App<'_>) {
    let sections = app.last.sections.clone();
    let total = app.last.max_scroll + app.last.page.max(1);
    let Some(Screen::Point(point)) = app.stack.last_mut() else {
        return;
    };
    if point.anchor.is_some() || sections.is_empty() {
        return;
    }
    let i = current_section(&sections, point.scroll);
    let start = sections[i];
    let end = sections.get(i + 1).copied().unwrap_or(total);
    let into = point.scroll.saturating_sub(start) * 1000 / end.saturating_sub(start).max(1);
    point.anchor = Some((i, u16::try_from(into.min(1000)).unwrap_or(1000)));
}

/// The first line for an anchor in a layout with these section starts.
pub fn anchored_scroll(sections: &[usize], total_lines: usize, anchor: (usize, u16)) -> usize {
    let (i, into) = anchor;
    let Some(&start) = sections.get(i) else { return 0 };
    let end = sections.get(i + 1).copied().unwrap_or(total_lines);
    start + end.saturating_sub(start) * usize::from(into) / 1000
}

/// The section the top line of the page is in.
pub fn current_section(sections: &[usize], scroll: usize) -> usize {
    sections.iter().rposition(|&line| line <= scroll).unwrap_or(0)
}

//! The one place state changes. Pure: no terminal, no clock, no files. It
//! turns a message into an action, offers the action to the open overlay or
//! the current screen, and handles what they leave (the global keys);
//! anything that touches the world is returned as an `Effect`.

use ratatui::crossterm::event::{KeyEventKind, MouseButton, MouseEventKind};

use super::action::{Action, Msg};
use super::app::{App, LastFrame, Overlay};
use super::effect::Effect;
use super::layout;
use super::screens::{Cx, Outcome, Screen, SearchState};
use crate::search::Index;

pub fn update(app: &mut App<'_>, msg: Msg) -> Vec<Effect> {
    let mut effects = Vec::new();
    match msg {
        Msg::Tick(now) => app.env.now_ms = now,
        Msg::Notice(text) => app.session.notice = Some(text),
        Msg::Resize(w, h) => {
            // Where the reader is is noted in the old layout, before lines
            // re-wrap to the new width.
            super::places::keep_place(app);
            app.env.size = Some((w, h));
            clamp_overlay(app);
        }
        Msg::Key(key) if key.kind != KeyEventKind::Release => {
            app.session.notice = None;
            // The keymap speaks first: SOS (`!`, since someone in a panic may
            // be typing) and the Ctrl chords act even in a text field; other
            // printable keys type there.
            let action = app.config.keymap.action_for(app.context(), key);
            let urgent = matches!(action, Some(Action::Sos | Action::Quit | Action::Suspend));
            if (urgent || !type_key(app, key))
                && let Some(action) = action
            {
                // Behind "window too small" nothing can be seen, so only
                // quitting, SOS and closing it act.
                if !too_small(app) || matches!(action, Action::Quit | Action::Sos | Action::Back) {
                    apply(app, action, &mut effects);
                }
            }
        }
        Msg::Key(_) => {}
        Msg::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                app.session.notice = None;
                if let Some(action) = app.frame.action_at(mouse.column, mouse.row) {
                    apply(app, action, &mut effects);
                }
            }
            MouseEventKind::ScrollDown => apply(app, Action::ScrollDown, &mut effects),
            MouseEventKind::ScrollUp => apply(app, Action::ScrollUp, &mut effects),
            _ => {}
        },
    }
    effects
}

fn too_small(app: &App<'_>) -> bool {
    app.env
        .size
        .is_some_and(|(w, h)| w < layout::MIN_WIDTH || h < layout::MIN_HEIGHT)
}

/// Typing into a search box or a form field owns the printable keys.
fn type_key(app: &mut App<'_>, key: ratatui::crossterm::event::KeyEvent) -> bool {
    if app.session.overlay.is_some() {
        return false;
    }
    let guide = app.config.guide;
    match app.session.stack.last_mut() {
        Some(Screen::Search(search)) => {
            let index = app.config.index.get_or_init(|| Index::new(guide));
            search.type_key(index, key.code, key.modifiers)
        }
        Some(Screen::Plan(plan)) => plan.type_key(key.code, key.modifiers),
        _ => false,
    }
}

/// An action as if its key had been pressed: for the kiosk's own buttons.
pub fn act(app: &mut App<'_>, action: Action) -> Vec<Effect> {
    let mut effects = Vec::new();
    apply(app, action, &mut effects);
    effects
}

fn apply(app: &mut App<'_>, action: Action, effects: &mut Vec<Effect>) {
    let layout = if layout::needs_layout(action) {
        layout::measure(app)
    } else {
        LastFrame::default()
    };
    if let Some(overlay) = &mut app.session.overlay {
        let (Overlay::Sos { scroll, .. } | Overlay::Help { scroll }) = overlay;
        let (page, count) = (layout.page.max(1), layout.overlay_max_scroll + 1);
        if super::screens::move_in_list(scroll, action, page, count) {
            return;
        }
        if action == Action::Back {
            app.session.overlay = None;
            return;
        }
    } else if screen_action(app, &layout, action, effects) {
        return;
    }
    global(app, action, effects);
}

/// Offers an action to the current screen; true if it took it.
fn screen_action(app: &mut App<'_>, layout: &LastFrame, action: Action, effects: &mut Vec<Effect>) -> bool {
    let Some(mut screen) = app.session.stack.pop() else {
        return false;
    };
    let outcome = with_cx(app, layout, effects, |cx| screen.update(cx, action));
    app.session.stack.push(screen);
    follow(&mut app.session, outcome)
}

/// Carries out what a screen asked for. Opening anything closes an overlay.
pub(super) fn follow(session: &mut super::app::Session, outcome: Outcome) -> bool {
    match outcome {
        Outcome::Ignored => return false,
        Outcome::Handled => {}
        Outcome::Push(screen) => {
            session.overlay = None;
            session.stack.push(screen);
        }
        Outcome::Replace(screen) => {
            session.stack.pop();
            session.stack.push(screen);
        }
        Outcome::Pop => {
            if session.stack.len() > 1 {
                session.stack.pop();
            }
        }
    }
    true
}

fn global(app: &mut App<'_>, action: Action, effects: &mut Vec<Effect>) {
    let session = &mut app.session;
    match action {
        Action::Quit => effects.push(Effect::Quit),
        Action::Suspend => effects.push(Effect::Suspend),
        Action::Help => session.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::Sos => {
            session.overlay = Some(Overlay::Sos {
                since_ms: app.env.now_ms,
                scroll: 0,
            });
        }
        // Re-wrapped in the other language, the point keeps its section,
        // as after a resize; a line number would land elsewhere.
        Action::ToggleLanguage => {
            super::places::keep_place(app);
            app.session.locale = app.session.locale.other();
            // An open overlay is re-wrapped too, and can come out shorter.
            clamp_overlay(app);
        }
        Action::Back => {
            follow(session, Outcome::Pop);
        }
        Action::Search => {
            let guide = app.config.guide;
            app.config.index.get_or_init(|| Index::new(guide));
            follow(session, Outcome::Push(Screen::Search(SearchState::default())));
        }
        Action::OpenDrill(drill) => {
            let outcome = with_cx(app, &LastFrame::default(), effects, |cx| {
                super::screens::drill::open(cx, drill)
            });
            follow(&mut app.session, outcome);
        }
        Action::NextPoint | Action::PrevPoint => step_point(app, action == Action::NextPoint, effects),
        _ => {}
    }
}

/// Runs `f` with a context that has no screen of its own.
pub(super) fn with_cx<T>(
    app: &mut App<'_>,
    layout: &LastFrame,
    effects: &mut Vec<Effect>,
    f: impl FnOnce(&mut Cx<'_, '_>) -> T,
) -> T {
    let App {
        config, env, session, ..
    } = app;
    let mut cx = Cx {
        guide: config.guide,
        config,
        env,
        layout,
        locale: session.locale,
        progress: &mut session.progress,
        read_counts: &mut session.read_counts,
        quizzes: &mut session.quizzes,
        notice: &mut session.notice,
        effects,
    };
    f(&mut cx)
}

/// Next and previous follow the list the reader came from (a category or
/// a hazard class), or booklet order otherwise; the list's selection
/// follows. It spans two screens, so it lives here.
fn step_point(app: &mut App<'_>, forward: bool, effects: &mut Vec<Effect>) {
    let guide = app.config.guide;
    let stack = &app.session.stack;
    let Some(Screen::Point(current)) = stack.last() else {
        return;
    };
    let current = current.point;
    let below = stack.len().checked_sub(2).and_then(|i| stack.get(i));
    let step = |at: usize| if forward { at + 1 } else { at.wrapping_sub(1) };
    // (the position in the list below, the point there)
    let target = match below {
        Some(Screen::List(l)) => {
            let order = super::screens::list::points(guide, l.kind);
            let at = order.iter().position(|&p| p == current);
            at.and_then(|at| order.get(step(at)).map(|&p| (step(at), p)))
        }
        _ => Some((step(current), step(current))).filter(|&(_, p)| p < guide.points.len()),
    };
    let Some((next, target)) = target else {
        return;
    };
    with_cx(app, &LastFrame::default(), effects, |cx| {
        super::screens::point::mark_read(cx, target)
    });
    let stack = &mut app.session.stack;
    let len = stack.len();
    if let Some(Screen::List(l)) = len.checked_sub(2).and_then(|i| stack.get_mut(i)) {
        l.selected = next;
    }
    if let Some(Screen::Point(p)) = stack.last_mut() {
        *p = super::screens::PointState::at(target);
    }
}

/// A new size can make an open overlay shorter than where it was scrolled
/// to: bring it back to its end, so the next key moves it at once. (Behind
/// "too small" nothing is laid out, and the place is kept for when the
/// window grows.)
fn clamp_overlay(app: &mut App<'_>) {
    if app.session.overlay.is_none() {
        return;
    }
    let layout = layout::measure(app);
    if layout.laid_out
        && let Some(Overlay::Help { scroll } | Overlay::Sos { scroll, .. }) = &mut app.session.overlay
    {
        *scroll = (*scroll).min(layout.overlay_max_scroll);
    }
}

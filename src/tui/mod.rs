//! The interactive guide: Elm-shaped. `App` is the state, `update` the only
//! place it changes, `view` draws it; this file runs the loop between them.
// Screen coordinates are u16: a count that does not fit must saturate,
// never wrap around to a small number and draw in the wrong place.
#![deny(clippy::cast_possible_truncation)]

pub mod action;
pub mod app;
pub mod effect;
pub mod focus;
pub mod keymap;
pub mod kiosk;
pub mod layout;
pub mod overlays;
pub mod places;
pub mod screens;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod widgets;

use std::io;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, MouseEventKind};

use crate::content::{Guide, Locale};
use crate::progress::Store;
use action::Msg;
use app::App;
use effect::Effect;
pub use theme::ThemeName;

pub struct Options {
    pub locale: Locale,
    pub theme: ThemeName,
    pub store: Store,
    /// Makes quizzes reproducible; otherwise they differ each run.
    pub seed: Option<u64>,
    pub start: Start,
    /// A speech command (program and arguments): what gains focus is
    /// written to it, one line per utterance.
    pub speak: Option<Vec<String>>,
    /// The day due dates count from, when not today (`--today`, for tests).
    pub today: Option<jiff::civil::Date>,
}

/// Where the guide opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    /// Home, or the point the reader had open last time.
    Home,
    /// A quiz over these questions, at most this many.
    Quiz(crate::quiz::Scope, Option<usize>),
    /// A checklist, by index into the guide's checklists.
    Checklist(usize),
    /// A drill, by index into the guide's drills.
    Drill(usize),
}

/// Runs the guide until the reader quits or a signal arrives.
pub fn run(guide: &Guide, mut options: Options) -> io::Result<()> {
    let (progress, notice) = options.store.load_for(guide, options.locale);
    let mut app = App::new(guide, options.locale, options.theme, progress);
    app.session.notice = notice;
    if let Some(today) = options.today {
        app.env.today = today;
    }
    app.config.seed = options.seed.unwrap_or_else(clock_seed);
    places::start(&mut app, &options.start);
    let mut quit = terminal::quit_signal();
    let (mut term, _guard) = terminal::setup()?;
    // The size the terminal was just set up at: asking again would open
    // /dev/tty once more before the first frame.
    let area = term.get_frame().area();
    update::update(&mut app, Msg::Resize(area.width, area.height));
    let start = Instant::now();
    let mut save_failed = false;
    let mut unsaved = false;
    let mut speech = options.speak.take().map(|words| {
        let commands = Locale::ALL.iter().map(|&l| (l, words.clone())).collect();
        (crate::kiosk::speech::Speaker::new(commands), focus::Watch::of(&app))
    });
    // Draw only when something on screen can have changed: input, a resize,
    // a resumed terminal, or the clock moving what it shows (the SOS beat).
    let mut drawn: Option<Option<bool>> = None;
    let mut quitting = false;
    // Undocumented; read once, so it costs nothing per frame.
    let test_panic = std::env::var_os("READY_TEST_PANIC").is_some();
    while !quitting && !quit.flag.load(Ordering::Relaxed) {
        if drawn != Some(app.clock_face()) {
            let mut last = None;
            term.draw(|frame| last = Some(view::view(&app, frame)))?;
            app.keep_frame(last.unwrap_or_default());
            drawn = Some(app.clock_face());
            quit.watch();
        }
        // Lets the end-to-end tests check that a panic restores the terminal
        // in the build people run (release: LTO, stripped), not only in debug.
        if test_panic {
            #[allow(clippy::panic)]
            {
                panic!("READY_TEST_PANIC was set");
            }
        }
        // Saved after the frame that shows the change is on screen, and only
        // once no more input is waiting, so a run of keys costs one save.
        if unsaved && !event::poll(Duration::ZERO)? {
            unsaved = false;
            if let Err(e) = options.store.save(&app.session.progress) {
                if !save_failed {
                    let notice = crate::i18n::messages::cannot_save(app.session.locale, &e.to_string());
                    update::update(&mut app, Msg::Notice(notice));
                    save_failed = true;
                    drawn = None;
                }
                options.store = Store::memory();
            }
        }
        // A terminal that has gone away cannot be drawn on: stop.
        if ratatui::crossterm::terminal::size().is_err() {
            break;
        }
        // Block until something happens, but wake for the SOS beat and to
        // notice signals.
        let wait = if app.clock_face().is_some() { 40 } else { 250 };
        let mut msg = None;
        if event::poll(Duration::from_millis(wait))? {
            msg = to_msg(event::read()?);
        }
        let now = u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
        update::update(&mut app, Msg::Tick(now));
        let Some(msg) = msg else { continue };
        drawn = None;
        for effect in update::update(&mut app, msg) {
            match effect {
                Effect::Save => unsaved = true,
                Effect::Quit => quitting = true,
                Effect::Suspend => terminal::suspend(&mut term)?,
            }
        }
        if let Some((speaker, watch)) = &mut speech
            && let (_, Some(said)) = watch.step(&app)
            && let Some(e) = speaker.say(app.session.locale, &said)
        {
            let notice = crate::i18n::tui::speech_failed(app.session.locale, &e.to_string());
            update::update(&mut app, Msg::Notice(notice));
        }
    }
    // However the loop ended (q, Ctrl-C, a signal), keep the reader's place.
    if places::remember_place(&mut app) || unsaved {
        let _ = options.store.save(&app.session.progress);
    }
    Ok(())
}

/// Terminal events the guide cares about; pointer movement is dropped, or
/// every twitch of the mouse would redraw.
fn to_msg(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) => Some(Msg::Key(key)),
        Event::Mouse(m) if matches!(m.kind, MouseEventKind::Moved | MouseEventKind::Drag(_)) => None,
        Event::Mouse(m) => Some(Msg::Mouse(m)),
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        _ => None,
    }
}

fn clock_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| {
            // Only the low bits vary from run to run; they are the seed.
            #[allow(clippy::cast_possible_truncation)]
            let low = d.as_nanos() as u64;
            low
        })
}

//! `ready kiosk`: the guide on an unattended public screen. Touch first,
//! locked against leaving, wiped after every visitor, and nothing written
//! to disk but anonymous counts. This file runs the loop: it draws, waits
//! only as long as nothing on screen can change, feeds input and time to
//! `input::update`, and carries out the effects (statistics, speech, exit).

mod attract;
mod button;
pub mod input;
mod maintenance;
mod pin_pad;
pub mod state;
mod view;
mod visit;

pub use input::{KioskMsg, update};
pub use state::{Effect, Kiosk, Stage, Target};
pub use view::draw;

use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, MouseEventKind};

use super::terminal::{self, Term};
use super::theme::ThemeName;
use crate::content::Guide;
use crate::i18n::kiosk::{Operator, operator};
use crate::i18n::locale_from_env;
use crate::kiosk::Config;
use crate::kiosk::speech::Speaker;
use crate::stats::{Record, Writer};

/// Where the kiosk's content and settings come from, so SIGUSR1 can read
/// them again.
pub struct Source {
    pub config_file: Option<PathBuf>,
    pub content: Option<PathBuf>,
    /// Flags given on the command line, which override the file.
    pub overrides: Box<dyn Fn(&mut Config)>,
    pub theme: ThemeName,
}

/// How a run of the loop ended.
enum End {
    Exit,
    Reload,
}

/// Runs until SIGTERM/SIGINT (status 0), the operator's PIN (status 0), or
/// an internal failure (an error: status non-zero, so systemd restarts it).
pub fn run(source: &Source, config: Config, guide: Result<Guide, Guide>) -> io::Result<()> {
    let signals = Signals::install();
    let (mut term, _guard) = terminal::setup()?;
    let (mut config, mut guide) = (config, guide);
    loop {
        let (g, broken) = match &guide {
            Ok(g) => (g, false),
            Err(fallback) => (fallback, true),
        };
        match serve(&mut term, g, broken, config.clone(), source.theme, &signals)? {
            End::Exit => return Ok(()),
            End::Reload => match reload(source) {
                Ok((c, g)) => {
                    eprintln!("{}", operator(locale_from_env(), Operator::Reloaded));
                    (config, guide) = (c, Ok(g));
                }
                // Names files and echoes their text: cleaned like `ready check`'s output.
                Err(why) => {
                    let why = crate::content::sanitize::clean(&why, true);
                    eprintln!("{}", operator(locale_from_env(), Operator::ReloadRefused(&why)));
                }
            },
        }
    }
}

/// Reads settings and content again; anything invalid keeps the old ones.
fn reload(source: &Source) -> Result<(Config, Guide), String> {
    let mut config = match &source.config_file {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            crate::kiosk::config::parse(&path.display().to_string(), &text).map_err(|d| {
                d.iter()
                    .map(|d| d.in_locale(locale_from_env()))
                    .collect::<Vec<_>>()
                    .join("; ")
            })?
        }
        None => Config::default(),
    };
    (source.overrides)(&mut config);
    let dir = source.content.clone().or_else(|| config.content.clone());
    let guide = match &dir {
        Some(dir) => crate::content::from_dir(dir),
        None => crate::content::embedded(),
    };
    let guide = guide.map_err(|e| match e {
        crate::content::LoadError::Missing(m) => crate::i18n::content::missing(locale_from_env(), &m),
        crate::content::LoadError::Invalid(d) => {
            let first = d.first().map(|d| d.in_locale(locale_from_env())).unwrap_or_default();
            crate::i18n::kiosk::problems_first(locale_from_env(), d.len(), &first)
        }
    })?;
    Ok((config, guide))
}

fn serve(
    term: &mut Term,
    guide: &Guide,
    broken: bool,
    config: Config,
    theme: ThemeName,
    signals: &Signals,
) -> io::Result<End> {
    let seed = fastrand::u64(..);
    let mut speaker = Speaker::new(config.speak.clone());
    let mut stats = config.stats.as_deref().map(Writer::new);
    let mut kiosk = Kiosk::new(guide, config, theme, broken, Instant::now(), seed);
    let mut visit = fastrand::u64(..);
    // Asked afresh: serve runs again after a reload, and `term` only knows
    // the size of its last frame.
    if let Ok((w, h)) = ratatui::crossterm::terminal::size() {
        update(&mut kiosk, KioskMsg::Resize(w, h));
    }
    // Drawn again only after input, or when the clock changes what is shown.
    let mut drawn = None;
    loop {
        if drawn != Some(kiosk.clock_face()) {
            term.draw(|frame| draw(&mut kiosk, frame))?;
            drawn = Some(kiosk.clock_face());
        }
        // A terminal that has gone away (the compositor or the SSH session
        // closed) reads as endless input: stop instead of spinning on it.
        if signals.quit.load(Ordering::Relaxed) || ratatui::crossterm::terminal::size().is_err() {
            return Ok(End::Exit);
        }
        if signals.reload.load(Ordering::Relaxed) && !matches!(kiosk.stage, Stage::Visit(_)) {
            signals.reload.store(false, Ordering::Relaxed);
            return Ok(End::Reload);
        }
        let mut messages = Vec::new();
        if event::poll(wait(&kiosk))? {
            messages.extend(to_msg(event::read()?));
        }
        if !messages.is_empty() {
            drawn = None;
        }
        messages.push(KioskMsg::Tick(Instant::now()));
        for msg in messages {
            for effect in update(&mut kiosk, msg) {
                match effect {
                    Effect::Stat(event) => {
                        let starts = matches!(event, crate::stats::Event::SessionStart);
                        if starts {
                            visit = fastrand::u64(..);
                        }
                        if let Some(e) = stats.as_mut().and_then(|w| w.write(&Record::now(visit, event))) {
                            eprintln!(
                                "{}",
                                operator(locale_from_env(), Operator::CannotWriteStats(&e.to_string()))
                            );
                        }
                    }
                    Effect::Speak(locale, text) => log_speech(speaker.say(locale, &text)),
                    Effect::Repeat => log_speech(speaker.repeat()),
                    Effect::Silence => {
                        let _ = speaker.stop();
                    }
                    Effect::Exit => return Ok(End::Exit),
                }
            }
        }
    }
}

fn log_speech(error: Option<io::Error>) {
    if let Some(e) = error {
        eprintln!("{}", operator(locale_from_env(), Operator::NoSpeech(&e.to_string())));
    }
}

/// Sleep until something on screen can change: the countdown's next
/// second, the next tip, the SOS beat; never spin while idle.
fn wait(k: &Kiosk<'_>) -> Duration {
    let until_idle = match k.stage {
        Stage::Visit(ref v) if v.sos_open() => Duration::from_millis(40),
        Stage::Visit(_) => k.idle.next_change(k.now),
        _ => attract::TIP_EVERY,
    };
    until_idle.clamp(Duration::from_millis(10), Duration::from_millis(500))
}

/// Pointer movement is not activity and needs no redraw; a drag (a finger
/// moving on the glass) is both.
fn to_msg(event: Event) -> Option<KioskMsg> {
    match event {
        Event::Key(key) => Some(KioskMsg::Key(key)),
        Event::Mouse(m) if m.kind == MouseEventKind::Moved => None,
        Event::Mouse(m) => Some(KioskMsg::Mouse(m)),
        Event::Resize(w, h) => Some(KioskMsg::Resize(w, h)),
        _ => None,
    }
}

/// SIGTERM, SIGINT and SIGHUP end the kiosk the normal way (status 0);
/// SIGUSR1 asks it to reload at the next attract screen.
struct Signals {
    quit: Arc<AtomicBool>,
    reload: Arc<AtomicBool>,
}

impl Signals {
    fn install() -> Signals {
        // The guide's own quit flag, with its watchdog: a terminal that hung
        // up (the compositor or SSH session gone) can leave crossterm reading
        // end-of-file forever, where the loop never sees the flag. Found
        // with three orphaned kiosks each spinning a third of a core.
        let mut quit = terminal::quit_signal();
        quit.watch();
        let s = Signals {
            quit: quit.flag,
            reload: Arc::new(AtomicBool::new(false)),
        };
        #[cfg(unix)]
        {
            let _ = signal_hook::flag::register(signal_hook::consts::SIGUSR1, Arc::clone(&s.reload));
        }
        s
    }
}

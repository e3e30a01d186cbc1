//! Taking over the terminal and giving it back. One `restore` serves every
//! way out: normal quit, error, panic, and SIGTERM/SIGHUP.

use std::io::{self, BufWriter, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};

/// Buffered, so a frame reaches the terminal in one write (ratatui flushes
/// after each draw) instead of one locked write per changed cell: a quarter
/// of a home start's instructions went to those writes.
pub type Term = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Enough for a full frame of a large kiosk screen in one write.
const FRAME_BUFFER: usize = 256 * 1024;

/// Restores the terminal when dropped, however the guide ends.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Everything `setup` changed, undone; safe to call more than once.
pub fn restore() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Raw mode, the alternate screen and mouse capture, with a panic hook that
/// restores the terminal before the panic message is printed.
pub fn setup() -> io::Result<(Term, Guard)> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    enable_raw_mode()?;
    let guard = Guard;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    Ok((terminal()?, guard))
}

/// A flag set by SIGTERM, SIGHUP or SIGINT, so the event loop leaves the
/// normal way: progress saved, terminal restored. If the loop cannot notice
/// (a hung-up terminal can leave crossterm waiting forever), a watchdog,
/// running from the first frame on, restores the terminal and exits a
/// moment later; progress is saved on every change, so nothing is lost.
pub struct QuitSignal {
    pub flag: Arc<AtomicBool>,
    #[cfg(unix)]
    pending: Option<signal_hook::iterator::Signals>,
}

/// Catches the signals at once; they wait, queued, until `watch` starts
/// the watchdog's thread, which the guide does after its first frame so
/// that starting a thread is not part of the wait for it.
pub fn quit_signal() -> QuitSignal {
    QuitSignal {
        flag: Arc::new(AtomicBool::new(false)),
        #[cfg(unix)]
        pending: {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
            signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]).ok()
        },
    }
}

impl QuitSignal {
    /// Starts the watchdog; later calls do nothing.
    pub fn watch(&mut self) {
        #[cfg(unix)]
        if let Some(mut signals) = self.pending.take() {
            let flag = Arc::clone(&self.flag);
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    flag.store(true, std::sync::atomic::Ordering::Relaxed);
                    std::thread::sleep(std::time::Duration::from_millis(1500));
                    restore();
                    std::process::exit(128 + signal);
                }
            });
        }
    }
}

fn terminal() -> io::Result<Term> {
    Terminal::new(CrosstermBackend::new(BufWriter::with_capacity(
        FRAME_BUFFER,
        io::stdout(),
    )))
}

/// Ctrl-Z: the terminal as the shell left it, the process stopped until
/// `fg`, then everything taken back and the whole screen drawn again.
pub fn suspend(term: &mut Term) -> io::Result<()> {
    restore();
    #[cfg(unix)]
    {
        let _ = signal_hook::low_level::raise(signal_hook::consts::SIGTSTP);
    }
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        ratatui::crossterm::terminal::Clear(ratatui::crossterm::terminal::ClearType::All)
    )?;
    // A fresh terminal has empty buffers, so the next frame is drawn whole;
    // `clear` would ask the terminal where its cursor is, and not all answer.
    *term = terminal()?;
    Ok(())
}

//! One visitor's use of the guide, wrapped for the kiosk. This is the only
//! kiosk file that knows the guide app's shape: the kiosk feeds it input,
//! draws it above the button bar, and watches it for what to count and
//! what to say. The visit owns the whole app, so ending a visit is
//! dropping it: nothing of one visitor can reach the next.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use crate::content::{Guide, Locale};
use crate::progress::Progress;
use crate::stats::Event;
use crate::tui::action::{Action, Msg};
use crate::tui::app::{App, Overlay};
use crate::tui::focus::{self, Watch};
use crate::tui::keymap::{Keymap, Mode};
use crate::tui::theme::ThemeName;
use crate::tui::{update, view};

pub struct Visit<'g> {
    app: App<'g>,
    watch: Watch,
}

impl<'g> Visit<'g> {
    /// A fresh visit: home, in `locale`, with progress that lives only in
    /// memory and is never loaded from or saved to disk.
    pub fn new(guide: &'g Guide, locale: Locale, theme: ThemeName, seed: u64, size: (u16, u16)) -> Visit<'g> {
        let mut app = App::new(guide, locale, theme, Progress::new());
        // No dates, no family plan: nothing personal is asked for or shown.
        app.config.personal = false;
        // Nothing may quit or suspend the guide on a public screen, and
        // help and the footer do not offer it.
        app.config.keymap = Keymap::new(Mode::Kiosk);
        app.config.seed = seed;
        update::update(&mut app, Msg::Resize(size.0, size.1));
        let watch = Watch::of(&app);
        Visit { app, watch }
    }

    pub fn locale(&self) -> Locale {
        self.app.session.locale
    }

    /// Feeds one message to the guide; returns what to count and, if the
    /// focus moved, what to say. The guide's own Quit never ends a kiosk.
    pub fn send(&mut self, msg: Msg) -> (Vec<Event>, Option<String>) {
        // Quitting, suspending and saving are the home guide's: a kiosk
        // visit's progress lives and dies in memory.
        let _ = update::update(&mut self.app, msg);
        self.watch.step(&self.app)
    }

    /// One of the kiosk's own buttons, as if its key had been pressed.
    pub fn act(&mut self, action: Action) -> (Vec<Event>, Option<String>) {
        let _ = update::act(&mut self.app, action);
        self.watch.step(&self.app)
    }

    /// Back, unless that would leave the guide (Back on home does nothing).
    pub fn back(&mut self) -> (Vec<Event>, Option<String>) {
        if self.app.session.overlay.is_none() && self.app.session.stack.len() <= 1 {
            return (Vec::new(), None);
        }
        self.act(Action::Back)
    }

    pub fn home(&mut self) -> (Vec<Event>, Option<String>) {
        self.app.session.overlay = None;
        self.app.session.stack.truncate(1);
        self.watch.step(&self.app)
    }

    pub fn at_top(&self) -> bool {
        self.app.session.overlay.is_none() && self.app.session.stack.len() <= 1
    }

    /// What time alone changes in the guide: the SOS beat.
    pub fn clock_face(&self) -> Option<bool> {
        self.app.clock_face()
    }

    pub fn sos_open(&self) -> bool {
        matches!(self.app.session.overlay, Some(Overlay::Sos { .. }))
    }

    /// What is in focus now, to say again on request.
    pub fn focus(&self) -> Option<String> {
        focus::text(&self.app)
    }

    /// Draws the guide into `area` of `buf`. The guide draws a whole
    /// terminal, so it is drawn off screen at the area's size and copied in;
    /// its click targets then line up with the copy, which starts at the
    /// area's corner (the kiosk keeps the guide at the top left).
    pub fn draw(&mut self, buf: &mut Buffer, area: Rect) -> Option<Position> {
        let Ok(mut term) = Terminal::new(TestBackend::new(area.width, area.height));
        let mut last = None;
        if term.draw(|frame| last = Some(view::view(&self.app, frame))).is_err() {
            return None;
        }
        self.app.keep_frame(last.unwrap_or_default());
        let drawn = term.backend().buffer();
        for y in 0..area.height.min(drawn.area.height) {
            for x in 0..area.width.min(drawn.area.width) {
                if let (Some(to), Some(from)) = (buf.cell_mut((area.x + x, area.y + y)), drawn.cell((x, y))) {
                    *to = from.clone();
                }
            }
        }
        self.app.frame.cursor.map(|c| Position::new(c.x + area.x, c.y + area.y))
    }
}

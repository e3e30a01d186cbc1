//! Shared helpers for driving the interactive guide without a terminal.

#![allow(dead_code, clippy::unwrap_used)]

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ready::content::{Guide, Locale};
use ready::progress::Progress;
use ready::tui::ThemeName;
use ready::tui::action::Msg;
use ready::tui::app::App;
pub use ready::tui::effect::Effect;
use ready::tui::update::update;
use ready::tui::view::view;

pub fn guide() -> &'static Guide {
    static GUIDE: std::sync::OnceLock<Guide> = std::sync::OnceLock::new();
    GUIDE.get_or_init(|| match ready::content::embedded() {
        Ok(g) => g,
        Err(e) => panic!("the shipped guide does not load: {e:?}"),
    })
}

/// The day every test app counts due dates from: no test depends on the
/// real date.
pub const TODAY: jiff::civil::Date = jiff::civil::date(2026, 12, 2);

pub fn app(locale: Locale) -> App<'static> {
    app_in(locale, ThemeName::Mono)
}

pub fn app_in(locale: Locale, theme: ThemeName) -> App<'static> {
    let mut app = App::new(guide(), locale, theme, Progress::new());
    app.env.today = TODAY;
    app
}

/// Presses a key; returns what the runtime was asked to do (save, quit).
pub fn press(app: &mut App<'_>, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

pub fn press_all(app: &mut App<'_>, codes: &[KeyCode]) -> Vec<Effect> {
    codes.iter().flat_map(|&code| press(app, code)).collect()
}

pub fn type_text(app: &mut App<'_>, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

pub fn ctrl(app: &mut App<'_>, c: char) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)))
}

pub fn click(app: &mut App<'_>, column: u16, row: u16) -> Vec<Effect> {
    mouse(app, MouseEventKind::Down(MouseButton::Left), column, row)
}

pub fn mouse(app: &mut App<'_>, kind: MouseEventKind, column: u16, row: u16) -> Vec<Effect> {
    update(
        app,
        Msg::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }),
    )
}

/// Draws the app as the runtime does, keeping what the frame put where.
pub fn draw(app: &mut App<'_>, width: u16, height: u16) -> Terminal<TestBackend> {
    // A terminal of this size has told the app so, as a real one does.
    if app.env.size != Some((width, height)) {
        update(app, Msg::Resize(width, height));
    }
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    };
    let mut last = None;
    if let Err(e) = terminal.draw(|frame| last = Some(view(app, frame))) {
        panic!("{e}");
    }
    app.keep_frame(last.unwrap_or_default());
    terminal
}

/// The screen as plain text lines.
pub fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut skip = 0;
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

/// Where a piece of text is on screen (column, row), if it is shown.
pub fn find(terminal: &Terminal<TestBackend>, needle: &str) -> Option<(u16, u16)> {
    let buffer = terminal.backend().buffer();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        let mut columns = Vec::new();
        let mut x = 0;
        while x < buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            for _ in symbol.chars() {
                columns.push(x);
            }
            line.push_str(symbol);
            x += u16::try_from(unicode_width::UnicodeWidthStr::width(symbol).max(1)).unwrap_or(1);
        }
        if let Some(byte) = line.find(needle) {
            let index = line[..byte].chars().count();
            return Some((columns[index], y));
        }
    }
    None
}

/// Copies a content set (or any directory tree), for tests that break it.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The sizes every screen is drawn at: the full (80×24) and the compact
/// (40×12) size, a wall screen's (120×40), and a width between 60 and 79,
/// where home's columns still sit side by side but nothing else is full.
pub const SIZES: [(u16, u16); 4] = [(80, 24), (40, 12), (120, 40), (70, 24)];

/// The themes that colour: the plain-text snapshots are drawn in Mono.
pub const COLOUR_THEMES: [ThemeName; 3] = [ThemeName::Default, ThemeName::HighContrast, ThemeName::Console];

/// The screen with its styles: each line of text, then (marked `^`) a line
/// with one letter per cell naming the style the cell is drawn in, blank
/// for the terminal's own; the letters are named at the end. A wide
/// character's two cells carry its letter twice, so the marks stay under
/// what they style.
pub fn styled_text(terminal: &Terminal<TestBackend>) -> String {
    const MARKS: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let buffer = terminal.backend().buffer();
    let mut legend: Vec<String> = Vec::new();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let (mut text, mut marks) = (String::new(), String::new());
        let mut x = 0;
        while x < buffer.area.width {
            let cell = &buffer[(x, y)];
            let mut parts = Vec::new();
            if cell.fg != ratatui::style::Color::Reset {
                parts.push(format!("fg {:?}", cell.fg));
            }
            if cell.bg != ratatui::style::Color::Reset {
                parts.push(format!("bg {:?}", cell.bg));
            }
            if !cell.modifier.is_empty() {
                parts.push(format!("{:?}", cell.modifier));
            }
            let mark = if parts.is_empty() {
                ' '
            } else {
                let style = parts.join(", ");
                let index = legend.iter().position(|s| *s == style).unwrap_or_else(|| {
                    legend.push(style);
                    legend.len() - 1
                });
                MARKS.chars().nth(index).unwrap_or('?')
            };
            let symbol = cell.symbol();
            let width = unicode_width::UnicodeWidthStr::width(symbol).max(1);
            text.push_str(symbol);
            for _ in 0..width {
                marks.push(mark);
            }
            x += u16::try_from(width).unwrap_or(1);
        }
        out.push_str(&format!("  {}\n", text.trim_end()));
        if !marks.trim().is_empty() {
            out.push_str(&format!("^ {}\n", marks.trim_end()));
        }
    }
    out.push('\n');
    for (mark, style) in MARKS.chars().zip(&legend) {
        out.push_str(&format!("{mark}: {style}\n"));
    }
    out
}

/// Draws a fresh app in both languages at both sizes after `setup` (keys are
/// pressed between frames, as in the real loop, so scrolling knows how long
/// the page is) and hands each screen to
/// `snapshot` with its `{locale}_{w}x{h}` suffix. The caller asserts the
/// snapshot, so insta names the file after the calling test.
pub fn each_size_and_language(setup: impl Fn(&mut App<'static>, u16, u16), mut snapshot: impl FnMut(String, String)) {
    for locale in [Locale::En, Locale::ZhHans] {
        for (w, h) in SIZES {
            let mut app = app(locale);
            draw(&mut app, w, h);
            setup(&mut app, w, h);
            let terminal = draw(&mut app, w, h);
            snapshot(format!("{}_{w}x{h}", locale.tag()), screen_text(&terminal));
        }
    }
}

/// Draws a fresh app in both languages at 80×24 in each colour theme after
/// `setup`, and hands each screen's styled text to `snapshot` with its
/// `{theme}_{locale}` suffix.
pub fn each_theme_and_language(setup: impl Fn(&mut App<'static>, u16, u16), mut snapshot: impl FnMut(String, String)) {
    let (w, h) = (80, 24);
    for theme in COLOUR_THEMES {
        for locale in [Locale::En, Locale::ZhHans] {
            let mut app = app_in(locale, theme);
            draw(&mut app, w, h);
            setup(&mut app, w, h);
            let terminal = draw(&mut app, w, h);
            let name = format!("{theme:?}").to_lowercase();
            snapshot(format!("{name}_{}", locale.tag()), styled_text(&terminal));
        }
    }
}

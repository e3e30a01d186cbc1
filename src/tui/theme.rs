//! Styles by role, never raw colours in views. Meaning is always carried by
//! text and symbols too (▶, ✗, [ ]), so the monochrome theme loses nothing.

use ratatui::style::{Color, Modifier, Style};

use crate::content::WarningLevel;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeName {
    /// Colours that read on dark and light backgrounds.
    Default,
    /// White on black, bold, no subtle shades.
    HighContrast,
    /// No colours at all (chosen automatically when NO_COLOR is set).
    Mono,
    /// The Linux console's 8 colours (chosen automatically for TERM=linux).
    Console,
}

#[derive(Clone, Debug)]
pub struct Theme {
    pub base: Style,
    pub title: Style,
    pub heading: Style,
    pub selected: Style,
    pub dim: Style,
    pub key: Style,
    pub link: Style,
    pub matched: Style,
    pub sos: Style,
    pub never: Style,
    pub border: Style,
    pub blue: Style,
    pub yellow: Style,
    pub orange: Style,
    pub red: Style,
    /// Draw marks (▶ ✓ ✗ ● ░ …) as ASCII: the Linux console's font lacks them.
    pub ascii_glyphs: bool,
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        match name {
            ThemeName::Default => Theme::default_colors(),
            ThemeName::HighContrast => Theme::high_contrast(),
            ThemeName::Mono => Theme::mono(),
            ThemeName::Console => Theme::console(),
        }
    }

    /// Only terminal-palette colours, which users' themes already tune for
    /// their background; no fixed RGB that vanishes on white or black.
    fn default_colors() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            base: Style::default(),
            title: Style::default().fg(Color::Red).add_modifier(bold),
            heading: Style::default().fg(Color::Cyan).add_modifier(bold),
            selected: Style::default().add_modifier(Modifier::REVERSED),
            dim: Style::default().add_modifier(Modifier::DIM),
            key: Style::default().fg(Color::Yellow).add_modifier(bold),
            link: Style::default().fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
            matched: Style::default()
                .fg(Color::Magenta)
                .add_modifier(bold | Modifier::UNDERLINED),
            sos: Style::default().fg(Color::White).bg(Color::Red).add_modifier(bold),
            never: Style::default().fg(Color::Red),
            border: Style::default().fg(Color::DarkGray),
            blue: Style::default().fg(Color::White).bg(Color::Blue).add_modifier(bold),
            yellow: Style::default().fg(Color::Black).bg(Color::Yellow).add_modifier(bold),
            // Xterm's orange (208): "light red" is read as red, and orange
            // and red warnings call for different actions.
            orange: Style::default()
                .fg(Color::Black)
                .bg(Color::Indexed(208))
                .add_modifier(bold),
            red: Style::default().fg(Color::White).bg(Color::Red).add_modifier(bold),
            ascii_glyphs: false,
        }
    }

    fn high_contrast() -> Theme {
        let on_black = Style::default().fg(Color::White).bg(Color::Black);
        let bold = on_black.add_modifier(Modifier::BOLD);
        Theme {
            base: on_black,
            title: bold,
            heading: bold.add_modifier(Modifier::UNDERLINED),
            selected: Style::default()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            dim: on_black,
            key: Style::default()
                .fg(Color::Yellow)
                .bg(Color::Black)
                .add_modifier(Modifier::BOLD),
            link: bold.add_modifier(Modifier::UNDERLINED),
            matched: Style::default()
                .fg(Color::Black)
                .bg(Color::White)
                .add_modifier(Modifier::BOLD),
            sos: Style::default()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD),
            never: bold,
            border: on_black,
            blue: Style::default()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            yellow: Style::default()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            orange: Style::default()
                .fg(Color::Black)
                .bg(Color::Indexed(208))
                .add_modifier(Modifier::BOLD),
            red: Style::default()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD),
            ascii_glyphs: false,
        }
    }

    /// No colour at all: with NO_COLOR crossterm's colour resets would also
    /// cancel REVERSED and BOLD, so only modifiers are used here.
    fn mono() -> Theme {
        let plain = Style::default();
        let bold = plain.add_modifier(Modifier::BOLD);
        Theme {
            base: plain,
            title: bold,
            heading: bold.add_modifier(Modifier::UNDERLINED),
            selected: plain.add_modifier(Modifier::REVERSED),
            dim: plain,
            key: bold,
            link: plain.add_modifier(Modifier::UNDERLINED),
            matched: bold.add_modifier(Modifier::UNDERLINED),
            sos: bold.add_modifier(Modifier::REVERSED),
            never: bold,
            border: plain,
            blue: bold,
            yellow: bold,
            orange: bold,
            red: bold,
            ascii_glyphs: false,
        }
    }

    /// The Linux console has 8 colours and no 256-colour palette: orange
    /// becomes red text on yellow, unlike yellow (black on yellow) and red
    /// (white on red); dim, which the console draws poorly, is plain.
    fn console() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            dim: Style::default(),
            orange: Style::default().fg(Color::Red).bg(Color::Yellow).add_modifier(bold),
            link: Style::default().fg(Color::Cyan).add_modifier(Modifier::UNDERLINED),
            border: Style::default(),
            ascii_glyphs: true,
            ..Theme::default_colors()
        }
    }

    pub fn level(&self, level: WarningLevel) -> Style {
        match level {
            WarningLevel::Blue => self.blue,
            WarningLevel::Yellow => self.yellow,
            WarningLevel::Orange => self.orange,
            WarningLevel::Red => self.red,
        }
    }
}

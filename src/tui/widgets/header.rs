//! The top line: the guide's title, and buttons anyone can tap: language
//! and SOS.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Paragraph;

use crate::content::Locale;
use crate::textwrap_cjk::width;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::keymap::Context;
use crate::tui::widgets::button::button;
use crate::tui::widgets::text::{cells, truncate};

pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let keys = &app.config.keymap;
    let (sos_key, language_key) = (
        keys.label(Context::Home, Action::Sos),
        keys.label(Context::Home, Action::ToggleLanguage),
    );
    let sos = match app.session.locale {
        Locale::En => format!(" SOS {sos_key} "),
        Locale::ZhHans => format!(" 急救 {sos_key} "),
    };
    let language = match app.session.locale {
        // The Linux console has no Chinese font to draw 中文 with.
        Locale::En if app.config.theme.ascii_glyphs => format!(" ZH {language_key} "),
        Locale::En => format!(" 中文 {language_key} "),
        Locale::ZhHans => format!(" English {language_key} "),
    };
    let (sos_w, lang_w) = (cells(width(&sos)), cells(width(&language)));
    let title_room = area.width.saturating_sub(sos_w + 1 + lang_w + 1);
    let title = truncate(app.config.guide.title.text(app.session.locale), usize::from(title_room));
    frame.render_widget(
        Paragraph::new(Span::styled(title, app.config.theme.title)),
        Rect {
            width: title_room,
            ..area
        },
    );
    let right = area.x + area.width;
    let sos_at = Rect {
        x: right.saturating_sub(sos_w),
        ..area
    };
    let language_at = Rect {
        x: right.saturating_sub(sos_w + 1 + lang_w),
        ..area
    };
    button(
        frame,
        last,
        language_at,
        Span::styled(language, app.config.theme.key),
        Action::ToggleLanguage,
    );
    button(
        frame,
        last,
        sos_at,
        Span::styled(sos, app.config.theme.sos),
        Action::Sos,
    );
}

//! The top line: the guide's title, and buttons anyone can tap: language
//! and SOS.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::content::Locale;
use crate::textwrap_cjk::width;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::widgets::text::truncate;

pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let sos = match app.session.locale {
        Locale::En => " SOS ! ",
        Locale::ZhHans => " 急救 ! ",
    };
    let language = match app.session.locale {
        // The Linux console has no Chinese font to draw 中文 with.
        Locale::En if app.config.theme.ascii_glyphs => " ZH L ",
        Locale::En => " 中文 L ",
        Locale::ZhHans => " English L ",
    };
    let buttons = width(sos) + width(language) + 1;
    let title_room = usize::from(area.width).saturating_sub(buttons + 1);
    let title = truncate(app.config.guide.title.text(app.session.locale), title_room);
    let pad = usize::from(area.width).saturating_sub(width(&title) + buttons);
    let line = Line::from(vec![
        Span::styled(title, app.config.theme.title),
        Span::raw(" ".repeat(pad)),
        Span::styled(language, app.config.theme.key),
        Span::raw(" "),
        Span::styled(sos, app.config.theme.sos),
    ]);
    frame.render_widget(Paragraph::new(line), area);
    let right = area.x + area.width;
    let sos_w = width(sos) as u16;
    let lang_w = width(language) as u16;
    last.hits
        .push((Rect::new(right.saturating_sub(sos_w), area.y, sos_w, 1), Action::Sos));
    last.hits.push((
        Rect::new(right.saturating_sub(sos_w + 1 + lang_w), area.y, lang_w, 1),
        Action::ToggleLanguage,
    ));
}

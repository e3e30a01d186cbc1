//! Search as you type, over both languages; matched text highlighted.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Cx, Outcome, move_in_list};
use crate::content::sanitize::clean;
use crate::i18n::strings;
use crate::search::{Hit, Index, Narrowing};
use crate::textwrap_cjk::width;
use crate::tui::action::Action;
use crate::tui::app::{App, LastFrame};
use crate::tui::widgets::text::{cells, marker, row, row_rect, tail, truncate};

#[derive(Clone, Debug, PartialEq, Default)]
pub struct SearchState {
    pub query: String,
    pub results: Vec<Hit>,
    pub selected: usize,
    /// What the last key's search was, so the next key can look only among
    /// its hits.
    pub narrowing: Narrowing,
}

impl SearchState {
    /// Printable keys edit the query instead of acting as commands; false
    /// if the key is not typing.
    pub fn type_key(&mut self, index: &Index, code: KeyCode, modifiers: KeyModifiers) -> bool {
        match code {
            KeyCode::Char('u') if modifiers.contains(KeyModifiers::CONTROL) => self.query.clear(),
            KeyCode::Char(_) if modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
                return false;
            }
            KeyCode::Char(c) => self.query.push(c),
            KeyCode::Backspace if self.query.is_empty() => return false,
            KeyCode::Backspace => {
                self.query.pop();
            }
            _ => return false,
        }
        self.results = index.search_typed(&self.query, &mut self.narrowing, &self.results);
        self.selected = 0;
        true
    }

    pub fn update(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        match action {
            Action::OpenRow(row) => {
                self.selected = row.min(self.results.len().saturating_sub(1));
                self.open(cx)
            }
            Action::Open => self.open(cx),
            // Searching again from the search box does nothing.
            Action::Search => Outcome::Handled,
            _ if move_in_list(&mut self.selected, action, cx.page(), self.results.len()) => Outcome::Handled,
            _ => Outcome::Ignored,
        }
    }

    fn open(&self, cx: &mut Cx<'_, '_>) -> Outcome {
        match self.results.get(self.selected) {
            Some(hit) => super::point::open(cx, hit.point),
            None => Outcome::Handled,
        }
    }
}

pub fn draw(app: &App<'_>, state: &SearchState, frame: &mut Frame<'_>, area: Rect, last: &mut LastFrame) {
    let [input, gap, body] = crate::tui::layout::rows(area, [1, 1, 0], 2);
    let query = clean(&state.query, true);
    let prompt = "/ ";
    let room = usize::from(input.width).saturating_sub(width(prompt) + 1);
    // Show the end of a long query: that is where the typing happens.
    let shown = tail(&query, room);
    let cursor_x = input.x.saturating_add(cells(width(prompt) + width(&shown)));
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(prompt, app.config.theme.key),
            Span::raw(shown),
        ])),
        input,
    );
    last.cursor = Some(Position::new(cursor_x.min(input.right().saturating_sub(1)), input.y));
    let hint = if state.query.trim().is_empty() {
        crate::i18n::tui::tui(app.session.locale).search_hint.to_string()
    } else if state.results.is_empty() {
        strings(app.session.locale).no_results.to_string()
    } else {
        String::new()
    };
    frame.render_widget(
        Paragraph::new(Line::styled(
            truncate(&hint, usize::from(gap.width)),
            app.config.theme.dim,
        )),
        gap,
    );
    // The terms search used: `颱風` marks 台风, `gas-leak` marks gas and leak.
    let tokens = crate::search::query_terms(&state.query);
    let rows = usize::from(body.height).max(1);
    let first = state.selected / rows * rows;
    let mut lines = Vec::new();
    for (i, hit) in state.results.iter().enumerate().skip(first).take(rows) {
        let Some(point) = app.config.guide.points.get(hit.point) else {
            continue;
        };
        let selected = i == state.selected;
        let w = usize::from(body.width).saturating_sub(2);
        let title = truncate(point.title.text(app.session.locale), w);
        let mut spans = vec![Span::raw(marker(selected))];
        spans.extend(highlight(
            &title,
            &tokens,
            app.config.theme.base,
            app.config.theme.matched,
        ));
        let room = w.saturating_sub(width(&title) + 3);
        if room > 6 {
            let separator = if app.session.locale == crate::content::Locale::ZhHans {
                "："
            } else {
                " — "
            };
            let summary = truncate(&format!("{separator}{}", point.summary.text(app.session.locale)), room);
            spans.extend(highlight(
                &summary,
                &tokens,
                app.config.theme.dim,
                app.config.theme.matched,
            ));
        }
        lines.push(row(spans, selected, app.config.theme.selected));
        let rect = row_rect(body, i - first);
        last.hits.push((rect, Action::OpenRow(i)));
    }
    last.page = rows;
    frame.render_widget(Paragraph::new(lines), body);
}

/// Splits `text` into spans, styling every case-insensitive occurrence of
/// any token. Works on characters, so Chinese is never cut mid-character.
pub fn highlight<'a>(text: &str, tokens: &[String], normal: Style, matched: Style) -> Vec<Span<'a>> {
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<char> = chars.iter().map(|c| c.to_lowercase().next().unwrap_or(*c)).collect();
    let mut marked = vec![false; chars.len()];
    for token in tokens {
        let t: Vec<char> = token.chars().collect();
        if t.is_empty() || t.len() > lower.len() {
            continue;
        }
        for start in 0..=lower.len() - t.len() {
            if lower[start..start + t.len()] == t[..] {
                marked[start..start + t.len()].iter_mut().for_each(|m| *m = true);
            }
        }
    }
    let mut spans = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let m = marked[i];
        let j = (i..chars.len()).find(|&j| marked[j] != m).unwrap_or(chars.len());
        let piece: String = chars[i..j].iter().collect();
        spans.push(Span::styled(piece, if m { matched } else { normal }));
        i = j;
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::highlight;
    use ratatui::style::{Modifier, Style};

    fn marked(text: &str, query: &str) -> Vec<String> {
        let matched = Style::default().add_modifier(Modifier::BOLD);
        let tokens: Vec<String> = query.to_lowercase().split_whitespace().map(str::to_string).collect();
        highlight(text, &tokens, Style::default(), matched)
            .into_iter()
            .filter(|s| s.style == matched)
            .map(|s| s.content.into_owned())
            .collect()
    }

    #[test]
    fn matches_are_marked_whatever_their_case_and_script() {
        assert_eq!(marked("Fire exits and FIRE doors", "fire"), ["Fire", "FIRE"]);
        assert_eq!(marked("家庭和建筑火灾", "火灾"), ["火灾"]);
        assert_eq!(marked("Gas leak at home", "leak gas"), ["Gas", "leak"]);
        assert!(marked("Typhoon", "quake").is_empty());
    }
}

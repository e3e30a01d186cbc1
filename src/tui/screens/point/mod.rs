//! One point: its sections, scrolled through, and its links to related
//! points and drills.

pub mod doc;
pub mod view;

use super::{Cx, Outcome, Screen, WHEEL};
use crate::tui::action::Action;
use crate::tui::app::LastFrame;

#[derive(Clone, Debug, PartialEq)]
pub struct PointState {
    /// Index into `Guide::points`.
    pub point: usize,
    /// First line shown of the point's document.
    pub scroll: usize,
    /// The section last jumped to with Tab or a click. Near the end of a
    /// point several sections fit on one screen, so the scroll position
    /// alone cannot say which one the reader chose.
    pub section: Option<usize>,
    /// After a resize, the place to keep: a section and how far into it
    /// (per mille), since line numbers change when lines re-wrap.
    pub anchor: Option<(usize, u16)>,
}

impl PointState {
    pub fn at(point: usize) -> PointState {
        PointState {
            point,
            scroll: 0,
            section: None,
            anchor: None,
        }
    }

    pub fn update(&mut self, cx: &mut Cx<'_, '_>, action: Action) -> Outcome {
        match action {
            Action::Related(n) => {
                // The n-th link drawn: related points resolved at load.
                let target = cx
                    .guide
                    .point_ix(&cx.guide.points[self.point].id)
                    .and_then(|p| cx.guide.lookup.related(p).get(n))
                    .map(|p| p.get());
                match target {
                    Some(target) => open(cx, target),
                    None => Outcome::Handled,
                }
            }
            Action::Drill => {
                let id = &cx.guide.points[self.point].id;
                let first = cx.guide.drill_indices_for(id).first().copied();
                match first {
                    Some(drill) => super::drill::open(cx, drill),
                    None => Outcome::Handled,
                }
            }
            Action::Quiz => {
                let scope = crate::quiz::Scope::Point(cx.guide.points[self.point].id.to_string());
                super::quiz::start(cx, &scope, None)
            }
            Action::NextSection | Action::PrevSection | Action::JumpSection(_) => {
                self.jump(cx.layout, action);
                Outcome::Handled
            }
            Action::ScrollDown | Action::ScrollUp => {
                let step = if action == Action::ScrollDown {
                    Action::Down
                } else {
                    Action::Up
                };
                for _ in 0..WHEEL {
                    self.scroll_by(cx.layout, step);
                }
                Outcome::Handled
            }
            Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Top | Action::Bottom => {
                self.scroll_by(cx.layout, action);
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    fn scroll_by(&mut self, last: &LastFrame, action: Action) {
        let page = last.page.max(1);
        let max = last.max_scroll;
        if let Some(anchor) = self.anchor.take() {
            self.scroll = anchored_scroll(&last.sections, last.lines, anchor).min(max);
        }
        self.scroll = super::moved(self.scroll, action, page, max + 1);
        self.section = None;
    }

    fn jump(&mut self, last: &LastFrame, action: Action) {
        let sections = &last.sections;
        if sections.is_empty() {
            return;
        }
        self.anchor = None;
        let current = self.section.unwrap_or_else(|| current_section(sections, self.scroll));
        let n = sections.len();
        // Tab cycles through every section, past the end back to the first.
        let target = match action {
            Action::JumpSection(i) => i.min(n - 1),
            Action::NextSection => (current + 1) % n,
            _ => (current + n - 1) % n,
        };
        self.section = Some(target);
        self.scroll = sections[target].min(last.max_scroll);
    }

    /// Before lines re-wrap to a new width or language, notes where in
    /// which section the reader is; the view and the next key find the
    /// same place again.
    pub fn keep_place(&mut self, last: &LastFrame) {
        let sections = &last.sections;
        if self.anchor.is_some() || sections.is_empty() {
            return;
        }
        let i = current_section(sections, self.scroll);
        let start = sections[i];
        let end = sections.get(i + 1).copied().unwrap_or(last.lines);
        // Rounded up here and down in `anchored_scroll`: a place noted and
        // found again at the same width is the same line, and at another
        // width it never lands past what was being read.
        let len = end.saturating_sub(start).max(1);
        let into = (self.scroll.saturating_sub(start) * 1000).div_ceil(len);
        self.anchor = Some((i, u16::try_from(into.min(1000)).unwrap_or(1000)));
    }
}

/// Opens a point, marking it read and remembering it for the next start.
pub fn open(cx: &mut Cx<'_, '_>, point: usize) -> Outcome {
    mark_read(cx, point);
    Outcome::Push(Screen::Point(PointState::at(point)))
}

pub fn mark_read(cx: &mut Cx<'_, '_>, point: usize) {
    let id = &cx.guide.points[point].id;
    cx.read_counts.mark(cx.guide, cx.progress, point);
    cx.progress.last_point = Some(id.to_string());
    cx.save();
}

/// The first line for an anchor in a layout with these section starts.
pub fn anchored_scroll(sections: &[usize], total_lines: usize, anchor: (usize, u16)) -> usize {
    let (i, into) = anchor;
    let Some(&start) = sections.get(i) else { return 0 };
    let end = sections.get(i + 1).copied().unwrap_or(total_lines);
    start + end.saturating_sub(start) * usize::from(into) / 1000
}

/// The section the top line of the page is in.
pub fn current_section(sections: &[usize], scroll: usize) -> usize {
    sections.iter().rposition(|&line| line <= scroll).unwrap_or(0)
}

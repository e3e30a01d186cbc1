//! Where things are, for `update`: the page size, how far the point or the
//! overlay can scroll, where each section starts. The view is the one place
//! that lays a screen out, so instead of a second copy of its arithmetic
//! (which drifted before: the point's section anchor was once computed
//! twice, with different totals) `update` asks it, off screen, for the
//! current state at the current size. Nothing depends on a frame having
//! been drawn before, and the two can never disagree.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

use super::action::Action;
use super::app::{App, LastFrame};

/// Below this the guide cannot be used; it asks for a bigger window.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// The size assumed before the terminal has reported one.
const FALLBACK: (u16, u16) = (80, 24);

/// The layout of the current state at the current size.
pub fn measure(app: &App<'_>) -> LastFrame {
    let (w, h) = app.env.size.unwrap_or(FALLBACK);
    let Ok(mut term) = Terminal::new(TestBackend::new(w, h));
    let mut last = LastFrame::default();
    // Drawing into memory cannot fail; if it did, nothing scrolls.
    let _ = term.draw(|frame| last = super::view::view(app, frame));
    last
}

/// The actions whose effect depends on the layout: paging, scrolling,
/// jumping between sections. Only these pay for measuring.
pub fn needs_layout(action: Action) -> bool {
    matches!(
        action,
        Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom
            | Action::ScrollUp
            | Action::ScrollDown
            | Action::NextSection
            | Action::PrevSection
            | Action::JumpSection(_)
    )
}

/// `area` cut into rows from the top, each `heights[i]` tall except row
/// `fill`, which takes what the others leave; rows past the bottom are
/// empty. It is what `Layout::vertical` with `Length`s and one `Min` gives
/// when everything fits (the screens below 40×12 are never laid out, and
/// home checks its stacks), without the constraint solver: ratatui is built without its layout cache, so the
/// solver ran on every frame and was most of drawing home.
pub fn rows<const N: usize>(area: Rect, heights: [u16; N], fill: usize) -> [Rect; N] {
    let fixed: u16 = heights
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != fill)
        .fold(0, |sum, (_, h)| sum.saturating_add(*h));
    let mut y = area.y;
    let bottom = area.bottom();
    let mut out = [Rect::default(); N];
    for (i, slot) in out.iter_mut().enumerate() {
        let want = if i == fill {
            area.height.saturating_sub(fixed)
        } else {
            heights[i]
        };
        let h = want.min(bottom - y);
        *slot = Rect::new(area.x, y, area.width, h);
        y = y.saturating_add(h);
    }
    out
}

/// `area` cut into two columns, the left `percent` of the width rounded to
/// the nearest cell, as `Layout::horizontal` with two `Percentage`s does.
pub fn two_columns(area: Rect, percent: u16) -> [Rect; 2] {
    let left = u16::try_from((u32::from(area.width) * u32::from(percent.min(100)) + 50) / 100).unwrap_or(area.width);
    [
        Rect::new(area.x, area.y, left, area.height),
        Rect::new(
            area.x.saturating_add(left),
            area.y,
            area.width.saturating_sub(left),
            area.height,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use ratatui::layout::{Constraint, Layout};

    use super::*;

    /// Wherever they fit, the cuts are the solver's, cell for cell: the
    /// snapshots were drawn with it.
    #[test]
    fn rows_cut_as_the_solver_does_whenever_they_fit() {
        for height in 0..60 {
            let area = Rect::new(3, 2, 17, height);
            for (fixed, fill) in [
                (vec![1, 1, 1], 1),
                (vec![1, 1, 1], 2),
                (vec![2, 1], 1),
                (vec![5, 1, 7, 1], 3),
                (vec![5, 1, 7, 1], 4),
            ] {
                if fixed.iter().sum::<u16>() + 1 > height {
                    continue;
                }
                let mut heights = fixed.clone();
                heights.insert(fill, 0);
                let constraints = heights.iter().enumerate().map(|(i, &h)| {
                    if i == fill {
                        Constraint::Min(1)
                    } else {
                        Constraint::Length(h)
                    }
                });
                let solver = Layout::vertical(constraints).split(area);
                let ours: Vec<Rect> = match *heights.as_slice() {
                    [a, b, c, d, e] => rows(area, [a, b, c, d, e], fill).to_vec(),
                    [a, b, c, d] => rows(area, [a, b, c, d], fill).to_vec(),
                    [a, b, c] => rows(area, [a, b, c], fill).to_vec(),
                    _ => unreachable!("every case above has three to five rows"),
                };
                assert_eq!(ours, solver.to_vec(), "height {height}, {heights:?} filling {fill}");
            }
        }
    }

    #[test]
    fn rows_past_the_bottom_are_empty_and_inside_the_area() {
        let area = Rect::new(0, 5, 10, 3);
        let cut = rows(area, [2, 0, 2], 1);
        assert_eq!(cut.map(|r| r.height), [2, 0, 1]);
        assert!(cut.iter().all(|r| area.union(*r) == area));
    }

    #[test]
    fn two_columns_split_as_the_solver_does_at_every_width() {
        for width in 0..=400 {
            let area = Rect::new(1, 0, width, 3);
            let solver = Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).split(area);
            assert_eq!(two_columns(area, 55).to_vec(), solver.to_vec(), "width {width}");
        }
    }
}

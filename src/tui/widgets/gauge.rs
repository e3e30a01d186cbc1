//! A progress bar drawn with text, so it survives NO_COLOR and reads the
//! same to a screen reader: `██████░░░░ 6/10`.

pub fn bar(done: usize, total: usize, width: usize) -> String {
    let label = format!(" {done}/{total}");
    let cells = width.saturating_sub(label.len()).min(30);
    let filled = (done * cells).checked_div(total).unwrap_or(0).min(cells);
    format!("{}{}{label}", "█".repeat(filled), "░".repeat(cells - filled))
}

/// A title and a bar on one line, the bar taking what the title leaves
/// (at most half the width), so neither is cut mid-number.
pub fn titled(title: &str, done: usize, total: usize, width: usize) -> (String, String) {
    let bar_text = bar(done, total, (width / 2).min(36));
    let room = width.saturating_sub(crate::textwrap_cjk::width(&bar_text) + 2);
    (crate::tui::widgets::text::truncate(title, room), bar_text)
}

#[cfg(test)]
mod tests {
    use super::bar;

    #[test]
    fn the_bar_fills_in_proportion_and_fits() {
        assert_eq!(bar(0, 4, 10), "░░░░░░ 0/4");
        assert_eq!(bar(2, 4, 10), "███░░░ 2/4");
        assert_eq!(bar(4, 4, 10), "██████ 4/4");
        assert_eq!(bar(0, 0, 10), "░░░░░░ 0/0");
        assert_eq!(bar(1, 3, 3), " 1/3", "no room for a bar, still the count");
    }
}

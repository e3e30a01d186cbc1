//! The guide in other forms: plain text for the terminal, Markdown for
//! print and review, one self-contained HTML page, and JSON for other tools.

pub mod html;
pub mod json;
pub mod markdown;
pub mod plan;
pub mod text;

use crate::content::{Guide, Locale, Point};

/// A point's related points that exist, with their titles.
pub(crate) fn related<'g>(guide: &'g Guide, point: &'g Point, locale: Locale) -> Vec<(&'g str, &'g str)> {
    point
        .related
        .iter()
        .filter_map(|id| guide.point(id))
        .map(|p| (p.id.as_str(), p.title.text(locale)))
        .collect()
}

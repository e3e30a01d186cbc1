//! The guide in other forms: plain text for the terminal, Markdown for
//! print and review, one self-contained HTML page, and JSON for other tools.

pub mod html;
pub mod json;
pub mod markdown;
pub mod plan;
pub mod text;

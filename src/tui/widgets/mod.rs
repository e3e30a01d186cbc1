//! Drawing pieces shared by the screens: the header and footer lines,
//! truncation and row helpers, the progress gauge, and the Linux console's
//! glyph substitution.

pub mod button;
pub mod console;
pub mod footer;
pub mod gauge;
pub mod header;
pub mod text;

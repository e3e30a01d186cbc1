//! What a kiosk is, apart from any terminal: its settings and the
//! operator's PIN. The idle, lock-down and reset policy that acts on a
//! screen lives with the TUI.

pub mod config;
pub mod idle;
pub mod pin;
pub mod speech;

pub use config::Config;

//! `ready`: a terminal guide to emergency preparedness.
//!
//! The core (content, search, sanitising) knows nothing of terminals; the
//! command line and the TUI are thin faces over it.

pub mod checklist;
pub mod cli;
pub mod content;
pub mod document;
pub mod drill;
mod embedded_guide;
pub mod export;
pub mod i18n;
pub mod kiosk;
pub mod progress;
pub mod quiz;
pub mod quiz_balance;
pub mod readiness;
pub mod search;
pub mod stats;
pub mod suggest;
pub mod textwrap_cjk;
pub mod tui;
pub mod upkeep;

//! Layers drawn over the current screen: help and SOS.

pub mod help;
pub mod sos;

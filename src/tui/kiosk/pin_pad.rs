//! The operator's hidden way out: a number pad, opened by holding the
//! attract screen's title for 3 seconds or by Ctrl+Alt+P. The PIN is
//! checked against the configured hash and never shown; after 5 wrong
//! tries the pad locks for a minute, so guessing takes longer than waiting
//! for the operator.

use std::time::{Duration, Instant};

use crate::kiosk::pin;

pub const HOLD: Duration = Duration::from_secs(3);
const TRIES: u32 = 5;
const LOCKOUT: Duration = Duration::from_secs(60);

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PinPad {
    pub typed: String,
    pub wrong: bool,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct Lockout {
    failures: u32,
    until: Option<Instant>,
}

impl Lockout {
    pub fn locked(&self, now: Instant) -> bool {
        self.until.is_some_and(|t| now < t)
    }
}

/// What a key or button on the pad did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PadResult {
    Open,
    Close,
    Exit,
}

impl PinPad {
    pub fn digit(&mut self, d: u8) {
        if self.typed.len() < *pin::LENGTH.end() {
            self.typed.push(char::from(b'0' + d.min(9)));
            self.wrong = false;
        }
    }

    pub fn delete(&mut self) {
        self.typed.pop();
    }

    /// Checks what was typed; right opens the way out, wrong clears it and
    /// counts towards the lockout.
    pub fn submit(&mut self, hash: &str, lockout: &mut Lockout, now: Instant) -> PadResult {
        if lockout.locked(now) {
            self.typed.clear();
            return PadResult::Close;
        }
        if pin::matches(hash, &self.typed) {
            *lockout = Lockout::default();
            return PadResult::Exit;
        }
        self.typed.clear();
        self.wrong = true;
        lockout.failures += 1;
        if lockout.failures >= TRIES {
            lockout.failures = 0;
            lockout.until = Some(now + LOCKOUT);
            return PadResult::Close;
        }
        PadResult::Open
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_pin_exits_and_five_wrong_ones_lock_the_pad() {
        let hash = pin::hash("2468").unwrap_or_default();
        let now = Instant::now();
        let mut lockout = Lockout::default();
        let mut pad = PinPad::default();
        for d in [1, 2, 3, 4] {
            pad.digit(d);
        }
        assert_eq!(pad.submit(&hash, &mut lockout, now), PadResult::Open);
        assert!(pad.wrong && pad.typed.is_empty());
        for _ in 0..3 {
            pad.digit(9);
            assert_eq!(pad.submit(&hash, &mut lockout, now), PadResult::Open);
        }
        pad.digit(9);
        assert_eq!(pad.submit(&hash, &mut lockout, now), PadResult::Close);
        assert!(lockout.locked(now + Duration::from_secs(59)));
        for d in [2, 4, 6, 8] {
            pad.digit(d);
        }
        assert_eq!(
            pad.submit(&hash, &mut lockout, now),
            PadResult::Close,
            "locked: even the right PIN"
        );
        let later = now + LOCKOUT;
        for d in [2, 4, 6, 8] {
            pad.digit(d);
        }
        assert_eq!(pad.submit(&hash, &mut lockout, later), PadResult::Exit);
    }
}

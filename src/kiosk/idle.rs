//! When a kiosk visitor has walked away. Pure: time comes in as an
//! argument, so the policy is tested without waiting, and the event loop
//! asks it how long it may sleep.

use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Someone is here (or was, recently).
    Active,
    /// "Are you still there?": this many whole seconds are left, counting
    /// down, so the screen shows 15, 14, … 1.
    Warning { seconds_left: u64 },
    /// Time is up: wipe the visit and show the attract screen.
    Expired,
}

#[derive(Clone, Copy, Debug)]
pub struct Idle {
    idle: Duration,
    warning: Duration,
    last: Instant,
}

impl Idle {
    pub fn new(idle_seconds: u64, warning_seconds: u64, now: Instant) -> Idle {
        Idle {
            idle: Duration::from_secs(idle_seconds),
            warning: Duration::from_secs(warning_seconds),
            last: now,
        }
    }

    /// A key, click or touch. Pointer movement is not activity: a cursor
    /// resting on a touch screen's edge must not keep a visit alive forever.
    pub fn activity(&mut self, now: Instant) {
        self.last = now;
    }

    pub fn phase(&self, now: Instant) -> Phase {
        let quiet = now.saturating_duration_since(self.last);
        if quiet < self.idle {
            return Phase::Active;
        }
        let into_warning = quiet - self.idle;
        if into_warning >= self.warning {
            return Phase::Expired;
        }
        let left = self.warning - into_warning;
        Phase::Warning {
            seconds_left: left.as_secs() + u64::from(left.subsec_nanos() > 0),
        }
    }

    /// How long the loop may sleep before the phase or the number shown can
    /// change: until the warning starts, then to the next whole second.
    pub fn next_change(&self, now: Instant) -> Duration {
        let quiet = now.saturating_duration_since(self.last);
        if quiet < self.idle {
            return self.idle - quiet;
        }
        let into_warning = quiet - self.idle;
        if into_warning >= self.warning {
            return Duration::ZERO;
        }
        let left = self.warning - into_warning;
        let fraction = Duration::new(0, left.subsec_nanos());
        if fraction.is_zero() {
            Duration::from_secs(1)
        } else {
            fraction
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiet_leads_to_a_countdown_then_expiry() {
        let t0 = Instant::now();
        let idle = Idle::new(90, 15, t0);
        let at = |s: f64| t0 + Duration::from_secs_f64(s);
        assert_eq!(idle.phase(at(0.0)), Phase::Active);
        assert_eq!(idle.phase(at(89.9)), Phase::Active);
        assert_eq!(idle.phase(at(90.0)), Phase::Warning { seconds_left: 15 });
        assert_eq!(idle.phase(at(90.5)), Phase::Warning { seconds_left: 15 });
        assert_eq!(idle.phase(at(91.0)), Phase::Warning { seconds_left: 14 });
        assert_eq!(idle.phase(at(104.5)), Phase::Warning { seconds_left: 1 });
        assert_eq!(idle.phase(at(105.0)), Phase::Expired);
    }

    #[test]
    fn activity_during_the_countdown_cancels_it() {
        let t0 = Instant::now();
        let mut idle = Idle::new(90, 15, t0);
        let later = t0 + Duration::from_secs(100);
        assert!(matches!(idle.phase(later), Phase::Warning { .. }));
        idle.activity(later);
        assert_eq!(idle.phase(later), Phase::Active);
        assert_eq!(idle.phase(later + Duration::from_secs(89)), Phase::Active);
    }

    #[test]
    fn the_loop_wakes_exactly_when_something_shown_changes() {
        let t0 = Instant::now();
        let idle = Idle::new(90, 15, t0);
        assert_eq!(idle.next_change(t0), Duration::from_secs(90));
        assert_eq!(idle.next_change(t0 + Duration::from_secs(30)), Duration::from_secs(60));
        assert_eq!(idle.next_change(t0 + Duration::from_secs(90)), Duration::from_secs(1));
        assert_eq!(
            idle.next_change(t0 + Duration::from_millis(90_250)),
            Duration::from_millis(750)
        );
        assert_eq!(idle.next_change(t0 + Duration::from_secs(200)), Duration::ZERO);
    }
}

//! A period such as "6 months" between checks or before a use-by date, as
//! content files write it and progress files store it.

use serde::{Deserialize, Serialize};

use super::problem::Problem;

/// A period such as "6 months", counted in calendar units so that month
/// ends and leap years come out as a calendar would.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Every {
    pub count: u16,
    pub unit: EveryUnit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EveryUnit {
    Days,
    Weeks,
    Months,
    Years,
}

impl Every {
    /// The period the content uses when it names none.
    pub const DEFAULT_RECURRING: Every = Every {
        count: 6,
        unit: EveryUnit::Months,
    };
}

impl std::fmt::Display for Every {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            EveryUnit::Days => "day",
            EveryUnit::Weeks => "week",
            EveryUnit::Months => "month",
            EveryUnit::Years => "year",
        };
        let plural = if self.count == 1 { "" } else { "s" };
        write!(f, "{} {unit}{plural}", self.count)
    }
}

impl std::str::FromStr for Every {
    type Err = Problem;

    /// "6 months", "1 year", "2 weeks", "30 days".
    fn from_str(s: &str) -> Result<Every, Self::Err> {
        let text = s.to_string();
        let bad = || Problem::BadPeriod { text: text.clone() };
        let mut words = s.split_whitespace();
        let (Some(count), Some(unit), None) = (words.next(), words.next(), words.next()) else {
            return Err(bad());
        };
        let count: u16 = count.parse().map_err(|_| bad())?;
        let unit = match unit.trim_end_matches('s') {
            "day" => EveryUnit::Days,
            "week" => EveryUnit::Weeks,
            "month" => EveryUnit::Months,
            "year" => EveryUnit::Years,
            _ => return Err(bad()),
        };
        let days = u32::from(count)
            * match unit {
                EveryUnit::Days => 1,
                EveryUnit::Weeks => 7,
                EveryUnit::Months => 31,
                EveryUnit::Years => 366,
            };
        // Nothing in a household needs checking daily, and a period longer
        // than ten years is a typo.
        if count == 0 || days > 3660 {
            return Err(Problem::PeriodOutOfRange { text });
        }
        Ok(Every { count, unit })
    }
}

impl Serialize for Every {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Every {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Every, D::Error> {
        let text = String::deserialize(d)?;
        // Only build.rs writes this form, so a failure is a damaged binary.
        text.parse()
            .map_err(|_| serde::de::Error::custom(format!("`{text}` is not a period")))
    }
}

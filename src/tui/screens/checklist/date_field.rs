//! A small date field: a day, a month and a year, each changed with + and -
//! or typed as digits, and checked before it is kept. Pure state; the
//! checklist screen draws it and `update` feeds it.

use jiff::civil::Date;

use crate::content::Locale;

/// What the date is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateTarget {
    /// An item, by its index across the checklist's sections.
    Item(usize),
    /// The checklist's recurring check.
    Recurring,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Day,
    Month,
    Year,
}

/// Years a household date can sensibly take.
const YEARS: std::ops::RangeInclusive<i16> = 1900..=2200;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateField {
    pub target: DateTarget,
    pub day: i16,
    pub month: i16,
    pub year: i16,
    pub part: Part,
    /// Digits typed into the current part so far: the first replaces it.
    pub typed: u8,
}

impl DateField {
    pub fn new(target: DateTarget, date: Date, locale: Locale) -> DateField {
        DateField {
            target,
            day: i16::from(date.day()),
            month: i16::from(date.month()),
            year: date.year(),
            part: order(locale)[0],
            typed: 0,
        }
    }

    /// The date shown, if it is a real one.
    pub fn date(&self) -> Option<Date> {
        if !YEARS.contains(&self.year) {
            return None;
        }
        let day = i8::try_from(self.day).ok()?;
        let month = i8::try_from(self.month).ok()?;
        Date::new(self.year, month, day).ok()
    }

    pub fn set(&mut self, date: Date) {
        self.day = i16::from(date.day());
        self.month = i16::from(date.month());
        self.year = date.year();
        self.typed = 0;
    }

    /// The next (or previous) part in the order this language writes dates.
    pub fn move_part(&mut self, forward: bool, locale: Locale) {
        let order = order(locale);
        let at = order.iter().position(|p| *p == self.part).unwrap_or(0);
        let to = if forward { (at + 1).min(2) } else { at.saturating_sub(1) };
        self.part = order[to];
        self.typed = 0;
    }

    /// + or -: the day and month wrap round, the year stays in range.
    pub fn step(&mut self, up: bool) {
        let delta = if up { 1 } else { -1 };
        match self.part {
            Part::Day => self.day = (self.day - 1 + delta).rem_euclid(31) + 1,
            Part::Month => self.month = (self.month - 1 + delta).rem_euclid(12) + 1,
            Part::Year => self.year = (self.year + delta).clamp(*YEARS.start(), *YEARS.end()),
        }
        self.typed = 0;
    }

    /// A digit typed: the first replaces the part, the next ones add to it;
    /// a full part moves on to the next.
    pub fn digit(&mut self, d: u8, locale: Locale) {
        let d = i16::from(d.min(9));
        let (value, width) = match self.part {
            Part::Day => (&mut self.day, 2),
            Part::Month => (&mut self.month, 2),
            Part::Year => (&mut self.year, 4),
        };
        *value = if self.typed == 0 { d } else { *value * 10 + d };
        self.typed += 1;
        // "4" in the day cannot grow into a day (40+), nor "2" in the month.
        let full =
            self.typed >= width || (self.part == Part::Day && *value > 3) || (self.part == Part::Month && *value > 1);
        if full && self.part != order(locale)[2] {
            self.move_part(true, locale);
        } else if full {
            self.typed = 0;
        }
    }
}

/// Day, month, year in English; year, month, day in Chinese, as each
/// language writes a date.
pub fn order(locale: Locale) -> [Part; 3] {
    match locale {
        Locale::En => [Part::Day, Part::Month, Part::Year],
        Locale::ZhHans => [Part::Year, Part::Month, Part::Day],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn field(locale: Locale) -> DateField {
        DateField::new(DateTarget::Item(0), date(2026, 12, 2), locale)
    }

    #[test]
    fn plus_and_minus_wrap_day_and_month_and_keep_the_year_in_range() {
        let mut f = field(Locale::En);
        f.step(false);
        f.step(false);
        assert_eq!(f.day, 31, "1 - 1 wraps to 31");
        assert_eq!(f.date(), Some(date(2026, 12, 31)));
        f.move_part(true, Locale::En);
        f.step(true);
        assert_eq!(f.month, 1);
        f.move_part(true, Locale::En);
        f.year = 2200;
        f.step(true);
        assert_eq!(f.year, 2200);
    }

    #[test]
    fn typing_fills_each_part_in_the_languages_order_and_moves_on() {
        let mut f = field(Locale::En);
        for d in [2, 9, 0, 2, 2, 0, 2, 8] {
            f.digit(d, Locale::En);
        }
        assert_eq!(f.date(), Some(date(2028, 2, 29)), "{f:?}");
        let mut f = field(Locale::ZhHans);
        for d in [2, 0, 2, 7, 5, 4] {
            f.digit(d, Locale::ZhHans);
        }
        // 5 cannot start a two-digit month, so it is May; 4 is the 4th.
        assert_eq!(f.date(), Some(date(2027, 5, 4)), "{f:?}");
    }

    #[test]
    fn a_day_the_month_does_not_have_is_not_a_date() {
        let mut f = field(Locale::En);
        for d in [3, 1, 0, 4] {
            f.digit(d, Locale::En);
        }
        assert_eq!((f.day, f.month), (31, 4));
        assert_eq!(f.date(), None, "30 days has April");
        f.year = 1800;
        f.day = 1;
        assert_eq!(f.date(), None, "outside the years a household needs");
    }
}

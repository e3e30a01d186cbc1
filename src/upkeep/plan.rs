//! The family plan's own details: who to call, where to meet, where the
//! shut-offs are, who needs which medicine. Personal data: kept only in the
//! reader's own progress file, never in kiosk mode.

/// Every field of the plan, in the order a form and the printed page show
/// them. Each is saved under its `key`, so two copies of `ready` editing
/// different fields both keep their change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    ContactName(u8),
    ContactPhone(u8),
    OutOfTownName,
    OutOfTownPhone,
    MeetingNear,
    MeetingFar,
    GasShutoff,
    WaterShutoff,
    Medical,
}

/// Contacts kept: enough for a household's adults and a neighbour.
pub const CONTACTS: u8 = 4;

/// Longest value kept, in characters: a line on a printed page, not an essay.
pub const MAX_CHARS: usize = 120;

impl Field {
    pub fn all() -> Vec<Field> {
        let mut all = Vec::new();
        for n in 1..=CONTACTS {
            all.push(Field::ContactName(n));
            all.push(Field::ContactPhone(n));
        }
        all.extend([
            Field::OutOfTownName,
            Field::OutOfTownPhone,
            Field::MeetingNear,
            Field::MeetingFar,
            Field::GasShutoff,
            Field::WaterShutoff,
            Field::Medical,
        ]);
        all
    }

    pub fn key(self) -> String {
        match self {
            Field::ContactName(n) => format!("contact-{n}-name"),
            Field::ContactPhone(n) => format!("contact-{n}-phone"),
            Field::OutOfTownName => "out-of-town-name".to_string(),
            Field::OutOfTownPhone => "out-of-town-phone".to_string(),
            Field::MeetingNear => "meeting-near".to_string(),
            Field::MeetingFar => "meeting-far".to_string(),
            Field::GasShutoff => "gas-shutoff".to_string(),
            Field::WaterShutoff => "water-shutoff".to_string(),
            Field::Medical => "medical".to_string(),
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::all().into_iter().find(|f| f.key() == key)
    }

    pub fn is_phone(self) -> bool {
        matches!(self, Field::ContactPhone(_) | Field::OutOfTownPhone)
    }
}

/// Why a value cannot be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    TooLong,
    NotAPhone,
}

impl Invalid {}

/// A value as it will be kept: control characters (which could move a
/// terminal's cursor when shown) become spaces, ends are trimmed.
pub fn clean(field: Field, value: &str) -> Result<String, Invalid> {
    let value: String = value.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let value = value.trim().to_string();
    if value.chars().count() > MAX_CHARS {
        return Err(Invalid::TooLong);
    }
    if field.is_phone()
        && !value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'))
    {
        return Err(Invalid::NotAPhone);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_are_unique() {
        let all = Field::all();
        for f in &all {
            assert_eq!(Field::from_key(&f.key()), Some(*f));
        }
        let mut keys: Vec<String> = all.iter().map(|f| f.key()).collect();
        keys.dedup();
        assert_eq!(keys.len(), all.len());
        assert_eq!(Field::from_key("contact-9-name"), None);
    }

    #[test]
    fn values_are_cleaned_and_checked() {
        assert_eq!(
            clean(Field::MeetingNear, "  the gate\u{1b}[2J "),
            Ok("the gate [2J".to_string())
        );
        assert_eq!(
            clean(Field::OutOfTownPhone, "+86 138-0000-0000"),
            Ok("+86 138-0000-0000".into())
        );
        assert_eq!(clean(Field::ContactPhone(1), "call mum"), Err(Invalid::NotAPhone));
        assert_eq!(
            clean(Field::Medical, &"药".repeat(MAX_CHARS + 1)),
            Err(Invalid::TooLong)
        );
        assert!(clean(Field::Medical, &"药".repeat(MAX_CHARS)).is_ok());
    }
}

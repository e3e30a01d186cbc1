//! The operator's exit PIN. The config file is readable by whoever can read
//! the kiosk's disk, so it holds only a salted Argon2 hash, made by
//! `ready kiosk --hash-pin`.

use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};

/// Digits only, so it can be typed on a kiosk's on-screen number pad.
pub const LENGTH: std::ops::RangeInclusive<usize> = 4..=12;

/// Why a PIN cannot be used, as data; the faces word it.
#[derive(Debug, PartialEq, Eq)]
pub enum PinError {
    NotDigits,
    Length(usize),
}

/// The PHC string for `pin` (`$argon2id$v=19$…`), with a fresh salt.
pub fn hash(pin: &str) -> Result<String, PinError> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    if !LENGTH.contains(&pin.len()) {
        return Err(PinError::Length(pin.len()));
    }
    Argon2::default()
        .hash_password(pin.as_bytes())
        .map(|h| h.to_string())
        .map_err(|_| PinError::NotDigits)
}

/// Whether `text` is a hash this module can check against.
pub fn is_hash(text: &str) -> bool {
    PasswordHash::new(text).is_ok_and(|h| h.algorithm.as_str().starts_with("argon2"))
}

pub fn matches(hash: &str, pin: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(pin.as_bytes(), &h).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_accepts_its_pin_only_and_never_contains_it() {
        let h = hash("2468").unwrap();
        assert!(is_hash(&h) && h.starts_with("$argon2id$"));
        assert!(!h.contains("2468"));
        assert!(matches(&h, "2468"));
        assert!(!matches(&h, "2469"));
        assert!(!matches("not a hash", "2468"));
        assert_ne!(hash("2468").unwrap(), h, "salted: the same PIN hashes differently");
    }

    #[test]
    fn a_pin_is_4_to_12_digits() {
        assert_eq!(hash("12a4"), Err(PinError::NotDigits));
        assert_eq!(hash("123"), Err(PinError::Length(3)));
        assert!(!is_hash("1234"));
    }
}

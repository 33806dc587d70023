//! Library digital-help sessions: join codes, what a participant may call themselves, and the
//! background work that ends forgotten sessions and deletes inactive anonymous citizens.

pub mod keep;
pub mod qr;
pub mod statistics;

use argon2::password_hash::rand_core::{OsRng, RngCore};

/// Letters and digits nobody mixes up when reading them off a projector: no 0/O, 1/I/L,
/// 2/Z, 5/S, 6/G or 8/B.
const ALPHABET: &[u8] = b"ACDEFHJKMNPRTUVWXY3479";
/// 22^6 ≈ 113 million codes, for the handful of sessions running at once.
pub const JOIN_CODE_LENGTH: usize = 6;
/// A session still running after this long was forgotten at closing time: its code no longer
/// works and it is ended.
pub const MAX_SESSION_HOURS: i64 = 12;
/// The longest nickname, in characters.
pub const MAX_NICKNAME: usize = 40;

/// A new random code of `length` unambiguous characters.
pub fn random_code(length: usize) -> String {
    let mut bytes = vec![0u8; length];
    OsRng.fill_bytes(&mut bytes);
    // 256 is not a multiple of 22: the first few characters come up a little more often,
    // which does not matter for a code that also has to be guessed before the session ends.
    bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect()
}

/// The answer once too many wrong join or resume codes came from one address
/// (`auth::throttle`).
pub fn too_many_wrong_codes() -> crate::error::AppError {
    crate::error::AppError::TooManyRequests(
        "Too many wrong codes were typed on this network. Wait 15 minutes and try again, or ask \
         your guide."
            .to_owned(),
    )
}

/// A typed code in the stored form: upper case, without spaces or hyphens. Characters that
/// cannot be in a code are kept, so such a code simply matches nothing.
pub fn normalize_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// The nickname as stored: trimmed, none if empty; an error for one too long or with
/// control characters.
pub fn nickname(raw: Option<&str>) -> Result<Option<String>, String> {
    let Some(name) = raw.map(str::trim).filter(|n| !n.is_empty()) else {
        return Ok(None);
    };
    if name.chars().count() > MAX_NICKNAME {
        return Err(format!(
            "A nickname can be at most {MAX_NICKNAME} characters."
        ));
    }
    if name.chars().any(char::is_control) {
        return Err("A nickname cannot contain control characters.".to_owned());
    }
    Ok(Some(name.to_owned()))
}

/// A resume code, `XXXXX-XXXXX`: 22^10 ≈ 2.7·10^13, which cannot be guessed by trying.
pub fn resume_code() -> String {
    let code = random_code(10);
    format!("{}-{}", &code[..5], &code[5..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_only_unambiguous_characters() {
        for _ in 0..200 {
            let code = random_code(JOIN_CODE_LENGTH);
            assert_eq!(code.len(), JOIN_CODE_LENGTH);
            assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "{code}");
            assert!(!code.contains(['0', 'O', '1', 'I', 'L', 'S', '5', 'B', '8']));
        }
    }

    #[test]
    fn typed_codes_are_normalized() {
        assert_eq!(normalize_code(" ac-d 34 7 "), "ACD347");
        assert_eq!(normalize_code("xyz0"), "XYZ0");
    }

    #[test]
    fn resume_codes_are_two_groups_of_five() {
        let code = resume_code();
        assert_eq!(code.len(), 11);
        assert_eq!(&code[5..6], "-");
        assert_eq!(normalize_code(&code).len(), 10);
    }

    #[test]
    fn nicknames_are_optional_and_bounded() {
        assert_eq!(nickname(None), Ok(None));
        assert_eq!(nickname(Some("   ")), Ok(None));
        assert_eq!(nickname(Some(" Åsa ")), Ok(Some("Åsa".to_owned())));
        assert!(nickname(Some(&"x".repeat(MAX_NICKNAME + 1))).is_err());
        assert!(nickname(Some("a\u{7}b")).is_err());
    }
}

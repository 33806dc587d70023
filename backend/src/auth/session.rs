//! The session cookie: a random secret in the browser, its hash in the database.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue};
use base64::Engine;
use sha2::{Digest, Sha256};

pub const COOKIE_NAME: &str = "digikomp_session";

/// How long a session lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Ends after this long without a request.
    pub idle_secs: i64,
    /// Ends this long after sign-in, however active.
    pub absolute_secs: i64,
}

impl Timeouts {
    pub fn expired(&self, created_at: i64, last_seen_at: i64, now: i64) -> bool {
        now - last_seen_at > self.idle_secs || now - created_at > self.absolute_secs
    }
}

/// A new secret for a session: 256 random bits.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database stores instead of the secret.
pub fn hash(secret: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(secret.as_bytes()))
}

/// The session secret from the request's cookies, if any.
pub fn secret_from(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .map(|(_, value)| value)
        .filter(|value| !value.is_empty())
}

/// Whether the browser reached us over HTTPS (directly or through a proxy that says so).
fn over_tls(request: &HeaderMap) -> bool {
    request
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|proto| proto.eq_ignore_ascii_case("https"))
}

/// Sets the cookie: not readable by scripts, never sent by other sites, `Secure` over TLS.
pub fn set_cookie(response: &mut HeaderMap, request: &HeaderMap, secret: &str) {
    let secure = if over_tls(request) { "; Secure" } else { "" };
    let cookie = format!("{COOKIE_NAME}={secret}; Path=/; HttpOnly; SameSite=Strict{secure}");
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.append(SET_COOKIE, value);
    }
}

/// Tells the browser to forget the cookie.
pub fn clear_cookie(response: &mut HeaderMap, request: &HeaderMap) {
    let secure = if over_tls(request) { "; Secure" } else { "" };
    let cookie = format!("{COOKIE_NAME}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}");
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.append(SET_COOKIE, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_session_among_other_cookies() {
        let mut headers = HeaderMap::new();
        headers.insert(
            COOKIE,
            HeaderValue::from_static("a=1; digikomp_session=abc; b=2"),
        );
        assert_eq!(secret_from(&headers), Some("abc"));
        assert_eq!(secret_from(&HeaderMap::new()), None);
    }

    #[test]
    fn secrets_are_random_and_only_their_hash_is_kept() {
        let (a, b) = (new_secret(), new_secret());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_ne!(hash(&a), a);
        assert_eq!(hash(&a), hash(&a));
    }

    #[test]
    fn timeouts_hold_both_ways() {
        let t = Timeouts {
            idle_secs: 60,
            absolute_secs: 600,
        };
        assert!(!t.expired(0, 550, 600));
        assert!(t.expired(0, 500, 600 - 39), "idle");
        assert!(t.expired(0, 590, 601), "absolute");
    }

    #[test]
    fn the_cookie_is_http_only_strict_and_secure_behind_tls() {
        let mut request = HeaderMap::new();
        let mut response = HeaderMap::new();
        set_cookie(&mut response, &request, "s");
        let plain = response
            .get(SET_COOKIE)
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        assert!(plain.contains("HttpOnly") && plain.contains("SameSite=Strict"));
        assert!(!plain.contains("Secure"));
        request.insert("x-forwarded-proto", HeaderValue::from_static("https"));
        let mut response = HeaderMap::new();
        set_cookie(&mut response, &request, "s");
        assert!(response
            .get(SET_COOKIE)
            .unwrap()
            .to_str()
            .unwrap()
            .ends_with("; Secure"));
    }
}

//! Limits failed sign-ins per account and per address, so passwords cannot be guessed; and
//! wrong library join codes and resume codes per address, so codes cannot be guessed either.
//!
//! Only failures count: a fixed window per key, kept in memory (a restart forgets it,
//! which is acceptable for a brake on guessing). Crates such as `governor` count every
//! request, which would lock out a person who signs in often.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failed attempts allowed per window for one account.
pub const PER_ACCOUNT: u32 = 5;
/// Failed attempts allowed per window from one address (a whole office may share one).
pub const PER_ADDRESS: u32 = 50;
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Wrong join and resume codes allowed per window from one address: a library's public
/// computers usually share one, and people mistype codes read off a projector. With 22^6
/// join codes, guessing one of the few running sessions' takes years at this rate.
pub const CODES_PER_ADDRESS: u32 = 100;

#[derive(Debug, Default)]
pub struct Throttle {
    failures: Mutex<HashMap<String, (Instant, u32)>>,
}

impl Throttle {
    /// Whether a sign-in for `account` from `address` may be tried now.
    pub fn allows(&self, account: &str, address: Option<IpAddr>) -> bool {
        let mut limits = vec![(account_key(account), PER_ACCOUNT)];
        limits.extend(address.map(|address| (address_key(address), PER_ADDRESS)));
        self.under(limits)
    }

    /// Whether every key has had fewer failures than its limit in its current window.
    fn under(&self, limits: Vec<(String, u32)>) -> bool {
        let now = Instant::now();
        let Ok(failures) = self.failures.lock() else {
            return true;
        };
        limits.iter().all(|(key, limit)| match failures.get(key) {
            Some((started, count)) if now.duration_since(*started) < WINDOW => *count < *limit,
            _ => true,
        })
    }

    pub fn record_failure(&self, account: &str, address: Option<IpAddr>) {
        self.count(std::iter::once(account_key(account)).chain(address.map(address_key)));
    }

    /// One more failure under each key.
    fn count(&self, keys: impl IntoIterator<Item = String>) {
        let now = Instant::now();
        let Ok(mut failures) = self.failures.lock() else {
            return;
        };
        if failures.len() > 100_000 {
            failures.retain(|_, (started, _)| now.duration_since(*started) < WINDOW);
        }
        for key in keys {
            let entry = failures.entry(key).or_insert((now, 0));
            if now.duration_since(entry.0) >= WINDOW {
                *entry = (now, 0);
            }
            entry.1 += 1;
        }
    }

    /// Whether a join or resume code may be tried from `address` now.
    pub fn allows_code(&self, address: Option<IpAddr>) -> bool {
        self.under(
            address
                .map(|address| (code_key(address), CODES_PER_ADDRESS))
                .into_iter()
                .collect(),
        )
    }

    /// A code that matched nothing was tried from `address`.
    pub fn record_wrong_code(&self, address: Option<IpAddr>) {
        self.count(address.map(code_key));
    }

    /// A successful sign-in clears the account's failures.
    pub fn record_success(&self, account: &str) {
        if let Ok(mut failures) = self.failures.lock() {
            failures.remove(&account_key(account));
        }
    }
}

fn account_key(account: &str) -> String {
    format!("account:{}", account.trim().to_lowercase())
}

fn address_key(address: IpAddr) -> String {
    format!("address:{address}")
}

fn code_key(address: IpAddr) -> String {
    format!("codes:{address}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_refused_after_too_many_failures_and_others_are_not() {
        let throttle = Throttle::default();
        for _ in 0..PER_ACCOUNT {
            assert!(throttle.allows("a@x.se", None));
            throttle.record_failure("A@x.se ", None);
        }
        assert!(!throttle.allows("a@x.se", None));
        assert!(throttle.allows("b@x.se", None));
    }

    #[test]
    fn success_clears_the_count() {
        let throttle = Throttle::default();
        for _ in 0..PER_ACCOUNT - 1 {
            throttle.record_failure("a@x.se", None);
        }
        throttle.record_success("a@x.se");
        throttle.record_failure("a@x.se", None);
        assert!(throttle.allows("a@x.se", None));
    }

    #[test]
    fn an_address_is_refused_after_many_failures_across_accounts() {
        let throttle = Throttle::default();
        let address = Some(IpAddr::from([10, 0, 0, 1]));
        for i in 0..PER_ADDRESS {
            throttle.record_failure(&format!("user{i}@x.se"), address);
        }
        assert!(!throttle.allows("new@x.se", address));
        assert!(throttle.allows("new@x.se", Some(IpAddr::from([10, 0, 0, 2]))));
    }

    #[test]
    fn wrong_codes_from_an_address_are_counted_apart_from_sign_ins() {
        let throttle = Throttle::default();
        let address = Some(IpAddr::from([10, 0, 0, 1]));
        for _ in 0..CODES_PER_ADDRESS {
            assert!(throttle.allows_code(address));
            throttle.record_wrong_code(address);
        }
        assert!(!throttle.allows_code(address));
        assert!(throttle.allows_code(Some(IpAddr::from([10, 0, 0, 2]))));
        assert!(
            throttle.allows("a@x.se", address),
            "sign-ins are not refused"
        );
    }
}

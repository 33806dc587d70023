//! The report's counts, kept between requests. Counting 20,000 people takes the database about
//! half a second; the report is read far more often than the organisation changes. Any
//! successful write through the API (other than progress events, which change no evidence)
//! starts a new generation and so invalidates every entry; an entry also ages out after a
//! few minutes, for evidence that expires meanwhile and for writes by other processes.

use crate::db::report::UnitCount;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const MAX_AGE: Duration = Duration::from_secs(5 * 60);

#[derive(Debug, Default)]
pub struct ReportCache {
    generation: AtomicU64,
    entries: Mutex<HashMap<Vec<String>, Entry>>,
}

#[derive(Debug, Clone)]
struct Entry {
    generation: u64,
    at: Instant,
    counts: Arc<Vec<UnitCount>>,
}

impl ReportCache {
    /// Something may have changed: evidence, people, roles or requirements.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// The generation to pass to [`ReportCache::put`] for counts read from now on.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// The counts of `scopes`, if counted in this generation and recently.
    pub fn get(&self, scopes: &[String]) -> Option<Arc<Vec<UnitCount>>> {
        let entries = self.entries.lock().ok()?;
        let entry = entries.get(scopes)?;
        (entry.generation == self.generation() && entry.at.elapsed() < MAX_AGE)
            .then(|| entry.counts.clone())
    }

    /// Keeps counts read during `generation`.
    pub fn put(&self, scopes: Vec<String>, generation: u64, counts: Arc<Vec<UnitCount>>) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.retain(|_, e| e.generation == self.generation());
            entries.insert(
                scopes,
                Entry {
                    generation,
                    at: Instant::now(),
                    counts,
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_invalidates_what_was_counted_before_it() {
        let cache = ReportCache::default();
        let scopes = vec!["/m/".to_owned()];
        let generation = cache.generation();
        cache.put(scopes.clone(), generation, Arc::new(Vec::new()));
        assert!(cache.get(&scopes).is_some());
        cache.invalidate();
        assert!(cache.get(&scopes).is_none());
        // Counts read before a write that finished meanwhile are not kept as current.
        let stale = cache.generation();
        cache.invalidate();
        cache.put(scopes.clone(), stale, Arc::new(Vec::new()));
        assert!(cache.get(&scopes).is_none());
    }
}

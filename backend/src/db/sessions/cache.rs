//! Sessions kept in memory between requests, so that a signed-in request does not begin with
//! a database round trip to find out who is asking.
//!
//! It stays correct because everything that changes what a session answers goes through
//! `db/`, and says so here:
//! - a session ended (sign-out, a new sign-in on the browser, a timeout) is forgotten at once
//!   and never read back in;
//! - a change to a person's sign-in data (deactivation, unit, permissions, password) or to
//!   many people at once (HR import, a unit moved with its permissions' paths) forgets their
//!   sessions. Such a change is announced inside its transaction, before it commits, so a
//!   read of the database that starts within [`SETTLE`] after it may still see the old rows
//!   and is not kept;
//! - timeouts are checked on every request against the times held here, which are the
//!   database's (a session's last-seen time is written through).
//!
//! What this process is not told about (another server on the same PostgreSQL, a hand edit
//! of the database) shows after at most [`FRESH_FOR`]: an entry is read again after that.
//!
//! Sessions are identified by 256 random bits, so one cache serves every database the process
//! talks to (the API tests run many apps in one process).

use super::SessionRow;
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long a session read from the database is used before it is read again.
pub const FRESH_FOR: Duration = Duration::from_secs(10);

/// How long after an announced change reads are not kept: far longer than the changing
/// transaction takes to commit after its last statement. A read slower than this is not
/// kept either.
pub const SETTLE: Duration = Duration::from_secs(5);

/// At most this many sessions are held (a few hundred bytes each).
pub const MAX_SESSIONS: usize = 10_000;

static CACHE: LazyLock<Cache> = LazyLock::new(Cache::default);

/// The process's cache.
pub fn sessions() -> &'static Cache {
    &CACHE
}

#[derive(Debug, Default)]
pub struct Cache {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    /// By the hash of the session's secret.
    sessions: HashMap<String, Entry>,
    /// Sessions ended, and people changed, recently: when.
    ended: HashMap<String, Instant>,
    people: HashMap<String, Instant>,
    /// The last change to everyone.
    everyone: Option<Instant>,
    last_pruned: Option<Instant>,
    last_swept: Option<Instant>,
}

#[derive(Debug)]
struct Entry {
    row: SessionRow,
    read_at: Instant,
}

impl Cache {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave the maps half-changed in a way that
        // matters: at worst an entry is missing.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The session, if it was read from the database less than [`FRESH_FOR`] ago.
    pub fn get(&self, id_hash: &str) -> Option<SessionRow> {
        let inner = self.lock();
        let entry = inner.sessions.get(id_hash)?;
        (entry.read_at.elapsed() < FRESH_FOR).then(|| entry.row.clone())
    }

    /// Keeps a session read from the database by a read that started at `read_at`, unless
    /// the session ended or its person changed since (or just before: see [`SETTLE`]).
    pub fn put(&self, id_hash: &str, row: &SessionRow, read_at: Instant) {
        let mut inner = self.lock();
        inner.prune();
        let unsettled = |changed: Option<&Instant>| changed.is_some_and(|c| *c + SETTLE > read_at);
        if read_at.elapsed() > SETTLE
            || unsettled(inner.everyone.as_ref())
            || unsettled(inner.ended.get(id_hash))
            || unsettled(inner.people.get(&row.person_id))
        {
            return;
        }
        if inner.sessions.len() >= MAX_SESSIONS {
            // Full of fresh sessions: those keep being served, and this one is read each time.
            if inner
                .last_swept
                .is_none_or(|at| at.elapsed() >= Duration::from_secs(1))
            {
                inner.last_swept = Some(Instant::now());
                inner
                    .sessions
                    .retain(|_, entry| entry.read_at.elapsed() < FRESH_FOR);
            }
            if inner.sessions.len() >= MAX_SESSIONS {
                return;
            }
        }
        inner.sessions.insert(
            id_hash.to_owned(),
            Entry {
                row: row.clone(),
                read_at,
            },
        );
    }

    /// The session's last-seen time was written to the database.
    pub fn touched(&self, id_hash: &str, at: i64) {
        if let Some(entry) = self.lock().sessions.get_mut(id_hash) {
            entry.row.last_seen_at = entry.row.last_seen_at.max(at);
        }
    }

    /// Forgets a session without ending it (its last-seen time could not be written).
    pub fn forget(&self, id_hash: &str) {
        self.lock().sessions.remove(id_hash);
    }

    /// The session was deleted from the database.
    pub fn ended(&self, id_hash: &str) {
        let mut inner = self.lock();
        inner.prune();
        inner.sessions.remove(id_hash);
        inner.ended.insert(id_hash.to_owned(), Instant::now());
    }

    /// The person's sign-in data is changing: every session of theirs is read again.
    pub fn person_changed(&self, person_id: &str) {
        let mut inner = self.lock();
        inner.prune();
        inner
            .sessions
            .retain(|_, entry| entry.row.person_id != person_id);
        inner.people.insert(person_id.to_owned(), Instant::now());
    }

    /// Many people's sign-in data is changing: every session is read again.
    pub fn everyone_changed(&self) {
        let mut inner = self.lock();
        inner.sessions.clear();
        inner.everyone = Some(Instant::now());
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.lock().sessions.len()
    }
}

impl Inner {
    /// Drops the records of changes too old to matter to any read still allowed to be kept,
    /// at most once a second.
    fn prune(&mut self) {
        if self
            .last_pruned
            .is_some_and(|at| at.elapsed() < Duration::from_secs(1))
        {
            return;
        }
        self.last_pruned = Some(Instant::now());
        // A read kept started at most SETTLE ago, and only changes up to SETTLE before it can
        // refuse it.
        let relevant = |at: &Instant| at.elapsed() < 2 * SETTLE;
        self.ended.retain(|_, at| relevant(at));
        self.people.retain(|_, at| relevant(at));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(person: &str) -> SessionRow {
        SessionRow {
            person_id: person.into(),
            created_at: 100,
            last_seen_at: 100,
            superadmin: false,
            municipality_id: None,
            unit_id: None,
            grants: Vec::new(),
        }
    }

    #[test]
    fn a_session_read_is_kept_and_its_touch_written_through() {
        let cache = Cache::default();
        cache.put("s", &row("p"), Instant::now());
        cache.touched("s", 160);
        let kept = cache.get("s").expect("kept");
        assert_eq!(kept.person_id, "p");
        assert_eq!(kept.last_seen_at, 160);
        cache.forget("s");
        assert!(cache.get("s").is_none());
    }

    #[test]
    fn an_ended_session_is_forgotten_and_a_read_racing_the_end_is_not_kept() {
        let cache = Cache::default();
        let before_end = Instant::now();
        cache.put("s", &row("p"), before_end);
        cache.ended("s");
        assert!(cache.get("s").is_none());
        // A read that started before the end but finished after it.
        cache.put("s", &row("p"), before_end);
        assert!(cache.get("s").is_none());
        // Nor one that started just after it: the deletion may not have been visible yet.
        cache.put("s", &row("p"), Instant::now());
        assert!(cache.get("s").is_none());
    }

    #[test]
    fn a_changed_person_is_read_again_and_others_are_not() {
        let cache = Cache::default();
        let now = Instant::now();
        cache.put("a", &row("p"), now);
        cache.put("b", &row("p"), now);
        cache.put("c", &row("q"), now);
        cache.person_changed("p");
        assert!(cache.get("a").is_none() && cache.get("b").is_none());
        assert!(cache.get("c").is_some());
        cache.put("a", &row("p"), Instant::now());
        assert!(cache.get("a").is_none(), "not while the change settles");
        cache.put("d", &row("q"), Instant::now());
        assert!(cache.get("d").is_some());
    }

    #[test]
    fn a_change_to_everyone_empties_the_cache_until_it_settles() {
        let cache = Cache::default();
        cache.put("a", &row("p"), Instant::now());
        cache.everyone_changed();
        assert_eq!(cache.len(), 0);
        cache.put("a", &row("p"), Instant::now());
        assert_eq!(cache.len(), 0);
    }

    #[test]
    fn an_entry_grows_stale_and_a_slow_read_is_not_kept() {
        let cache = Cache::default();
        let Some(long_ago) = Instant::now().checked_sub(FRESH_FOR + SETTLE) else {
            return; // the machine has not been up that long
        };
        cache.put("slow", &row("p"), long_ago);
        assert!(cache.get("slow").is_none());
        cache.lock().sessions.insert(
            "old".into(),
            Entry {
                row: row("p"),
                read_at: long_ago,
            },
        );
        assert!(cache.get("old").is_none());
    }
}

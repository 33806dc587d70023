//! Background upkeep: ends sessions left running at closing time (which deletes their
//! participants' nicknames) and deletes anonymous citizens inactive for too long.

use crate::db::{self, library_sessions, retention, Db};
use std::time::Duration;

const EVERY: Duration = Duration::from_secs(10 * 60);
const DAY_SECS: i64 = 24 * 60 * 60;

/// What one round of upkeep did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Upkeep {
    pub sessions_ended: usize,
    pub learners_deleted: u64,
}

/// One round: end forgotten sessions, delete learners not seen for `retention_days`.
pub async fn once(db: &Db, retention_days: u32, now: i64) -> Result<Upkeep, sqlx::Error> {
    let forgotten =
        library_sessions::forgotten(&db.pool, now - super::MAX_SESSION_HOURS * 3600).await?;
    for id in &forgotten {
        let mut tx = db.pool.begin().await?;
        library_sessions::end(&mut tx, id, now).await?;
        tx.commit().await?;
    }
    let learners_deleted =
        retention::purge_anonymous(&db.pool, now - i64::from(retention_days) * DAY_SECS).await?;
    Ok(Upkeep {
        sessions_ended: forgotten.len(),
        learners_deleted,
    })
}

/// Runs [`once`] at start and every ten minutes.
pub async fn keep(db: Db, retention_days: u32) {
    let mut ticks = tokio::time::interval(EVERY);
    loop {
        ticks.tick().await;
        match once(&db, retention_days, db::now()).await {
            Ok(done) if done.sessions_ended > 0 || done.learners_deleted > 0 => {
                tracing::info!(
                    sessions_ended = done.sessions_ended,
                    learners_deleted = done.learners_deleted,
                    "library upkeep"
                );
            }
            Ok(_) => {}
            Err(err) => tracing::warn!(%err, "library upkeep failed; trying again later"),
        }
    }
}

//! Monthly snapshots of the report, so the trend survives changes of staff: the current month
//! is counted again every few hours (the last count of a month stands for it), and a new
//! installation or the demo can fill in earlier months from the evidence's dates.

use crate::courses::Catalog;
use crate::db::{self, Db};
use std::sync::Arc;
use std::time::Duration;

/// How often the current month's snapshot is counted again.
const EVERY: Duration = Duration::from_secs(6 * 60 * 60);

/// `YYYY-MM` of a Unix time (UTC).
pub fn month_of(unix: i64) -> String {
    crate::competence::date_of(unix)
        .get(..7)
        .unwrap_or_default()
        .to_owned()
}

/// The last second of the month `back` months before the one of `now`, and that month.
pub fn end_of_month_before(now: i64, back: u32) -> Option<(i64, String)> {
    let date = time::OffsetDateTime::from_unix_timestamp(now).ok()?.date();
    let index = date.year() * 12 + i32::from(u8::from(date.month())) - 1 - back as i32;
    let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
    let next = if month == 12 {
        time::Date::from_calendar_date(year + 1, time::Month::January, 1)
    } else {
        time::Date::from_calendar_date(year, time::Month::try_from(month + 1).ok()?, 1)
    }
    .ok()?;
    let end = next.midnight().assume_utc().unix_timestamp() - 1;
    Some((end, format!("{year:04}-{month:02}")))
}

/// Counts every municipality as of `now` and stores it as the current month's snapshot.
pub async fn record(db: &Db, catalog: &Catalog, now: i64) -> Result<(), sqlx::Error> {
    let framework = catalog.framework.key();
    let month = month_of(now);
    for (_, path) in db::report::municipalities(&db.pool).await? {
        let counts = db::report::counts(&db.pool, &[path], &framework, now).await?;
        let mut conn = db.pool.acquire().await?;
        db::report::save_snapshot(&mut conn, &month, &framework, &counts, true, now).await?;
    }
    release_freed_memory();
    Ok(())
}

/// Counting a whole municipality leaves tens of megabytes of SQLite's temporary pages freed
/// but still resident: glibc keeps freed memory inside its heaps for reuse. A snapshot runs
/// every six hours, so hand that memory back instead of holding it between them.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free heap pages to the system; it takes no pointers.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Fills in the `months` months before the current one from the evidence's dates, with
/// today's people and roles; months already stored are kept as they are.
pub async fn backfill(
    db: &Db,
    catalog: &Catalog,
    months: u32,
    now: i64,
) -> Result<(), sqlx::Error> {
    let framework = catalog.framework.key();
    for (_, path) in db::report::municipalities(&db.pool).await? {
        for back in 1..=months {
            let Some((at, month)) = end_of_month_before(now, back) else {
                continue;
            };
            let counts =
                db::report::counts(&db.pool, std::slice::from_ref(&path), &framework, at).await?;
            let mut conn = db.pool.acquire().await?;
            db::report::save_snapshot(&mut conn, &month, &framework, &counts, false, now).await?;
        }
    }
    Ok(())
}

/// Runs for as long as the server does: counts the current month now and every six hours.
pub async fn keep(db: Db, catalog: Arc<Catalog>) {
    let mut ticks = tokio::time::interval(EVERY);
    loop {
        ticks.tick().await;
        if let Err(err) = record(&db, &catalog, db::now()).await {
            tracing::warn!(%err, "the monthly report snapshot failed; trying again later");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_count_back_across_years() {
        // 2026-11-22 12:00 UTC.
        let now = 1_795_348_800;
        assert_eq!(month_of(now), "2026-11");
        let (end, month) = end_of_month_before(now, 11).expect("month");
        assert_eq!(month, "2025-12");
        assert_eq!(crate::competence::date_of(end), "2025-12-31");
        assert_eq!(crate::competence::date_of(end + 1), "2026-01-01");
        assert_eq!(end_of_month_before(now, 0).expect("month").1, "2026-11");
    }
}

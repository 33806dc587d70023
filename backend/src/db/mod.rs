//! The database: SQLite by default, PostgreSQL when the URL says so. All SQL lives in this
//! folder, one file per entity, written so that the same text runs on both.

pub mod assignments;
pub mod certificates;
pub mod competence;
pub mod evidence;
pub mod job_roles;
pub mod json;
pub mod learners;
pub mod library_participants;
pub mod library_sessions;
pub mod people;
pub mod people_import;
pub mod progress_events;
pub mod quiz_attempts;
pub mod report;
pub mod resume_codes;
pub mod retention;
pub mod self_assessments;
pub mod sessions;
pub mod team;
pub mod units;

use sqlx::any::{install_default_drivers, AnyPoolOptions};
use sqlx::{AnyPool, Executor};
use std::path::Path;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbKind {
    Sqlite,
    Postgres,
}

impl DbKind {
    pub fn name(self) -> &'static str {
        match self {
            DbKind::Sqlite => "sqlite",
            DbKind::Postgres => "postgres",
        }
    }
}

/// The connection pools and which database they talk to.
#[derive(Debug, Clone)]
pub struct Db {
    pub pool: AnyPool,
    /// One connection of its own for the progress-event group commit
    /// ([`crate::progress::ProgressWriter`]): a single writer never waits for SQLite's write
    /// lock behind itself, nor for a connection behind the readers. Opened on first use.
    pub writer: AnyPool,
    pub kind: DbKind,
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database URL '{0}': use sqlite://PATH or postgres://…")]
    UnsupportedUrl(String),
    #[error("cannot create the folder for the SQLite file: {0}")]
    Folder(std::io::Error),
    #[error("cannot connect to the database: {0}")]
    Connect(sqlx::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(sqlx::migrate::MigrateError),
}

/// Connects and brings the schema up to date.
pub async fn connect(url: &str) -> Result<Db, DbError> {
    install_default_drivers();
    let (kind, url) = if let Some(path) = url.strip_prefix("sqlite://") {
        let file = path.split('?').next().unwrap_or(path);
        if let Some(parent) = Path::new(file)
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
        {
            std::fs::create_dir_all(parent).map_err(DbError::Folder)?;
        }
        let url = if path.contains('?') {
            url.to_owned()
        } else {
            format!("{url}?mode=rwc")
        };
        (DbKind::Sqlite, url)
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        (DbKind::Postgres, url.to_owned())
    } else {
        return Err(DbError::UnsupportedUrl(url.to_owned()));
    };
    let pool = pool_options(kind, if kind == DbKind::Sqlite { 8 } else { 16 }, false)
        .connect(&url)
        .await
        .map_err(DbError::Connect)?;
    MIGRATOR.run(&pool).await.map_err(DbError::Migrate)?;
    let writer = pool_options(kind, 1, true)
        .connect_lazy(&url)
        .map_err(DbError::Connect)?;
    Ok(Db { pool, writer, kind })
}

/// A PostgreSQL connection unused for longer than this is pinged before it is handed out.
const PING_AFTER_IDLE: std::time::Duration = std::time::Duration::from_secs(30);

/// Pool options; on SQLite every connection gets the pragmas that make it safe and durable.
/// PostgreSQL's defaults (`synchronous_commit = on`) already are.
///
/// sqlx pings every connection before handing it out unless told not to: a second round trip
/// for every query of a request. A SQLite connection is a file in this process and cannot
/// break that way, so it is never pinged; a PostgreSQL one is pinged only after sitting idle
/// (when a restarted server or a dropped link would have broken it), so not under load.
fn pool_options(kind: DbKind, connections: u32, writer: bool) -> AnyPoolOptions {
    let options = AnyPoolOptions::new()
        .max_connections(connections)
        .test_before_acquire(false);
    if kind != DbKind::Sqlite {
        return options.before_acquire(|conn, meta| {
            Box::pin(async move {
                if meta.idle_for > PING_AFTER_IDLE {
                    sqlx::Connection::ping(conn).await?;
                }
                Ok(true)
            })
        });
    }
    options.after_connect(move |conn, _| {
        Box::pin(async move {
            // Set explicitly rather than trusting sqlx's or SQLite's build defaults:
            // - WAL lets readers work while the writer commits;
            // - synchronous = FULL fsyncs the WAL at every commit, so an acknowledged write
            //   survives a power cut (NORMAL, the usual WAL choice, may lose the last commits);
            // - foreign keys are off in SQLite unless asked for;
            // - a writer waits up to 5 s for another's write lock instead of failing at once.
            conn.execute(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                 PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
            )
            .await?;
            if writer {
                // The progress writer's statement journals stay in memory: a multi-row upsert
                // otherwise creates, writes and deletes a file in /var/tmp at every commit
                // (they only undo a failed statement; the WAL is what survives a crash). Not
                // for the readers: the report's large temporary tables would then be held in
                // memory, which the process keeps long after (about 60 MB at 20,000 people).
                conn.execute("PRAGMA temp_store = MEMORY;").await?;
            }
            Ok(())
        })
    })
}

/// Refreshes the planner's statistics, after a bulk load changed the tables' sizes by orders of
/// magnitude (both databases plan the report's joins badly on stale statistics).
///
/// On SQLite only the sizes are kept (`sqlite_stat1`), not the sampled values of each index
/// (`sqlite_stat4`, which the bundled SQLite collects): with samples, every statement that
/// compares a bound parameter with a sampled index is planned again at each execution, as the
/// value might change the plan. That cost every query of every request a parse and a plan
/// (it halved the throughput of "my competence").
pub async fn analyze(pool: &AnyPool) -> Result<(), sqlx::Error> {
    sqlx::query("ANALYZE").execute(pool).await?;
    if pool.connect_options().database_url.scheme() == "sqlite" {
        sqlx::query("DELETE FROM sqlite_stat4")
            .execute(pool)
            .await?;
    }
    Ok(())
}

/// Seconds since the Unix epoch, the time format of every table.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// `($1, $2), ($3, $4), …` for `rows` rows of `columns` values.
pub fn values(rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|row| {
            let cells: Vec<String> = (1..=columns)
                .map(|column| format!("${}", row * columns + column))
                .collect();
            format!("({})", cells.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn values_number_placeholders_in_order() {
        assert_eq!(super::values(2, 3), "($1, $2, $3), ($4, $5, $6)");
    }
}

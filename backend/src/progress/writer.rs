//! The group commit. Handlers queue checked batches; one task takes everything queued while
//! the previous commit was under way, writes it in one transaction on its own connection, and
//! answers each request after the commit has returned (with SQLite's `synchronous = FULL`
//! and PostgreSQL's `synchronous_commit = on`, after the disk has it). Under load the groups
//! grow by themselves; alone, a request waits for one commit, as before.

use super::group::{self, Outcome};
use crate::db::progress_events::{self, StoredEvent};
use crate::db::{self, learners, Db, DbKind};
use crate::error::AppError;
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection};
use tokio::sync::{mpsc, oneshot};

/// Batches waiting at most; further requests wait for room in the queue.
const QUEUE: usize = 1024;
/// Events written in one transaction at most, unless one batch alone has more: a burst of
/// large batches (browsers sending their offline queues) becomes several moderate commits.
const MAX_GROUP_EVENTS: usize = 5_000;
/// Transactions tried for one group when another process stores the same ids meanwhile.
const ATTEMPTS: usize = 3;

/// A handle to the writer task; cloning it is cheap. The task ends when the last handle is
/// dropped, after answering what was queued.
#[derive(Debug, Clone)]
pub struct ProgressWriter {
    queue: mpsc::Sender<Job>,
}

#[derive(Debug)]
struct Job {
    events: Vec<StoredEvent>,
    reply: oneshot::Sender<Result<Outcome, String>>,
}

#[derive(Debug, thiserror::Error)]
enum WriteError {
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error("other writers kept storing the same event ids; gave up after {ATTEMPTS} tries")]
    Raced,
}

impl ProgressWriter {
    /// Starts the writer task on the current Tokio runtime, writing through `db.writer`.
    pub fn start(db: Db) -> Self {
        let (queue, jobs) = mpsc::channel(QUEUE);
        tokio::spawn(run(db, jobs));
        ProgressWriter { queue }
    }

    /// Stores a checked batch whose ids are distinct, and tells what became of it once that
    /// is committed. A failed commit is a 500 for every batch in its group; the writer goes on.
    pub async fn store(&self, events: Vec<StoredEvent>) -> Result<Outcome, AppError> {
        let stopped = || AppError::internal("the progress writer has stopped");
        let (reply, answer) = oneshot::channel();
        self.queue
            .send(Job { events, reply })
            .await
            .map_err(|_| stopped())?;
        answer
            .await
            .map_err(|_| stopped())?
            .map_err(AppError::Internal)
    }
}

async fn run(db: Db, mut jobs: mpsc::Receiver<Job>) {
    // Held from one group to the next: taken from the pool, it would be pinged (one more
    // round trip) and handed back through a spawned task at every commit.
    let mut held: Option<PoolConnection<Any>> = None;
    while let Some(group) = next_group(&mut jobs).await {
        let batches: Vec<&[StoredEvent]> = group.iter().map(|job| job.events.as_slice()).collect();
        let conn = match held.take() {
            Some(conn) => Ok(conn),
            None => db.writer.acquire().await,
        };
        let result = match conn {
            Ok(mut conn) => {
                let result = write(&mut conn, db.kind, &batches).await;
                // After an error the connection goes back to the pool, which tests it before
                // handing it out again and replaces it if it broke.
                if result.is_ok() {
                    held = Some(conn);
                }
                result
            }
            Err(err) => Err(err.into()),
        };
        answer(group, result);
    }
    if let Some(conn) = held {
        let _ = conn.close().await;
    }
}

/// Waits for a batch, then takes what else is queued, up to [`MAX_GROUP_EVENTS`].
async fn next_group(jobs: &mut mpsc::Receiver<Job>) -> Option<Vec<Job>> {
    let first = jobs.recv().await?;
    let mut events = first.events.len();
    let mut group = vec![first];
    while events < MAX_GROUP_EVENTS {
        let Ok(job) = jobs.try_recv() else { break };
        events += job.events.len();
        group.push(job);
    }
    Some(group)
}

fn answer(group: Vec<Job>, result: Result<Vec<Outcome>, WriteError>) {
    match result {
        Ok(outcomes) => {
            for (job, outcome) in group.into_iter().zip(outcomes) {
                // A client that has gone away no longer needs its answer.
                let _ = job.reply.send(Ok(outcome));
            }
        }
        Err(err) => {
            tracing::error!(%err, batches = group.len(), "a group of progress batches failed");
            for job in group {
                let _ = job.reply.send(Err(err.to_string()));
            }
        }
    }
}

/// Writes a group in one transaction and returns each batch's outcome once committed.
async fn write(
    conn: &mut AnyConnection,
    kind: DbKind,
    batches: &[&[StoredEvent]],
) -> Result<Vec<Outcome>, WriteError> {
    let mut ids: Vec<&str> = batches
        .iter()
        .flat_map(|batch| batch.iter().map(|event| event.id.as_str()))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    for _ in 0..ATTEMPTS {
        let now = db::now();
        let mut tx = progress_events::begin_write(conn, kind).await?;
        let stored = progress_events::with_ids(&mut tx, &ids).await?;
        let plan = group::plan(batches, &stored);
        learners::touch_many(&mut tx, &plan.learner_ids, now).await?;
        let inserted = progress_events::insert_new(&mut tx, &plan.new_events, now).await?;
        if inserted.len() == plan.new_events.len() {
            tx.commit().await?;
            return Ok(plan.outcomes);
        }
        // Another process stored some of these ids after they were looked up (PostgreSQL
        // shared by several servers): decide again against what it stored.
        tx.rollback().await?;
    }
    Err(WriteError::Raced)
}

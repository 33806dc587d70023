//! The group commit of progress events: many batches written in one transaction keep each
//! batch's own answer, a conflicting batch is refused whole without holding back the others,
//! a failed commit is an error for its requests only, and SQLite commits are durable.

use crate::helpers::{lesson_done, on_both_databases, Backend, TestApp};
use backend::db::DbKind;
use common::{ErrorBody, ProgressBatch, ProgressConflict, ProgressEvent, ProgressReceipt};
use tokio::task::JoinSet;

on_both_databases!(
    many_concurrent_batches_are_each_stored_once,
    a_conflicting_batch_is_refused_while_the_others_are_stored,
    the_writer_goes_on_after_a_failed_write,
);

const SLUG: &str = "digital-meetings";

/// The server's answer to one batch.
#[derive(Debug)]
enum Answer {
    Stored(ProgressReceipt),
    Conflict(ProgressConflict),
    Failed(u16, ErrorBody),
}

/// Sends every batch at once, each as its own request; the answers come in the batches' order.
async fn send_all(app: &TestApp, batches: Vec<Vec<ProgressEvent>>) -> Vec<Answer> {
    let mut requests = JoinSet::new();
    for (index, events) in batches.into_iter().enumerate() {
        let client = app.client.clone();
        let url = format!("{}/api/progress-events", app.address);
        requests.spawn(async move {
            let response = client
                .post(url)
                .json(&ProgressBatch { events })
                .send()
                .await
                .expect("sent");
            let answer = match response.status().as_u16() {
                200 => Answer::Stored(response.json().await.expect("receipt")),
                409 => Answer::Conflict(response.json().await.expect("conflict")),
                status => Answer::Failed(status, response.json().await.expect("error body")),
            };
            (index, answer)
        });
    }
    let mut answers: Vec<(usize, Answer)> = requests.join_all().await;
    answers.sort_by_key(|(index, _)| *index);
    answers.into_iter().map(|(_, answer)| answer).collect()
}

async fn stored_ids(app: &TestApp) -> Vec<String> {
    sqlx::query_as::<_, (String,)>("SELECT id FROM progress_events")
        .fetch_all(&app.db.pool)
        .await
        .expect("ids")
        .into_iter()
        .map(|(id,)| id)
        .collect()
}

fn learners(count: usize) -> Vec<String> {
    (0..count)
        .map(|_| uuid::Uuid::new_v4().to_string())
        .collect()
}

async fn many_concurrent_batches_are_each_stored_once(app: TestApp) {
    let learners = learners(30);
    // Events that many batches carry again, as browsers retrying after a lost answer do.
    let popular: Vec<ProgressEvent> = (0..20)
        .map(|i| lesson_done(&learners[i], SLUG, 2))
        .collect();
    let mut batches: Vec<Vec<ProgressEvent>> = (0..200)
        .map(|i| {
            vec![
                lesson_done(&learners[i % 30], SLUG, 1 + (i % 3) as u32),
                popular[i % 20].clone(),
            ]
        })
        .collect();
    // Every tenth batch is sent twice, whole.
    let resent: Vec<Vec<ProgressEvent>> = batches.iter().step_by(10).cloned().collect();
    batches.extend(resent);
    let events = batches.iter().map(Vec::len).sum::<usize>() as u32;

    let answers = send_all(&app, batches).await;

    let mut stored = 0;
    let mut duplicates = 0;
    for answer in &answers {
        let Answer::Stored(receipt) = answer else {
            panic!("every batch is stored: {answer:?}");
        };
        stored += receipt.stored;
        duplicates += receipt.duplicates;
    }
    assert_eq!(
        stored,
        200 + 20,
        "each distinct event stored by exactly one request"
    );
    assert_eq!(duplicates, events - stored);
    assert_eq!(app.count_rows("progress_events").await, 220);
    assert_eq!(app.count_rows("learners").await, 30);
}

async fn a_conflicting_batch_is_refused_while_the_others_are_stored(app: TestApp) {
    let learners = learners(10);
    let taken = lesson_done(&learners[0], SLUG, 1);
    let first = send_all(&app, vec![vec![taken.clone()]]).await;
    assert!(matches!(first[0], Answer::Stored(_)), "{first:?}");

    let mut reusing_taken = taken.clone();
    reusing_taken.lesson = 2;
    let mut batches: Vec<Vec<ProgressEvent>> = (0..100)
        .map(|i| {
            let learner = &learners[i % 10];
            vec![lesson_done(learner, SLUG, 1), lesson_done(learner, SLUG, 2)]
        })
        .collect();
    // Ten batches reuse a stored id for another event.
    batches.extend(
        learners
            .iter()
            .map(|learner| vec![lesson_done(learner, SLUG, 3), reusing_taken.clone()]),
    );
    // Ten pairs of batches claim one new id for two different events: one of each pair wins.
    for learner in &learners {
        let shared = lesson_done(learner, SLUG, 1);
        let mut other = shared.clone();
        other.lesson = 2;
        batches.push(vec![lesson_done(learner, SLUG, 3), shared]);
        batches.push(vec![lesson_done(learner, SLUG, 3), other]);
    }
    let refused_events: Vec<String> = batches[100..110].iter().map(|b| b[0].id.clone()).collect();
    let pairs = batches[110..].to_vec();

    let answers = send_all(&app, batches).await;

    for answer in &answers[..100] {
        assert!(
            matches!(
                answer,
                Answer::Stored(ProgressReceipt {
                    stored: 2,
                    duplicates: 0
                })
            ),
            "{answer:?}"
        );
    }
    for answer in &answers[100..110] {
        let Answer::Conflict(conflict) = answer else {
            panic!("a reused id is a conflict: {answer:?}");
        };
        assert_eq!(conflict.conflicting_ids, std::slice::from_ref(&taken.id));
    }
    let stored = stored_ids(&app).await;
    for id in &refused_events {
        assert!(!stored.contains(id), "nothing of a refused batch is stored");
    }
    for (answers, batches) in answers[110..].chunks(2).zip(pairs.chunks(2)) {
        let (winner, loser) = match answers {
            [Answer::Stored(_), Answer::Conflict(c)] => (&batches[0], (&batches[1], c)),
            [Answer::Conflict(c), Answer::Stored(_)] => (&batches[1], (&batches[0], c)),
            other => panic!("exactly one of two claims on an id wins: {other:?}"),
        };
        assert_eq!(loser.1.conflicting_ids, [winner[1].id.clone()]);
        assert!(winner.iter().all(|e| stored.contains(&e.id)));
        assert!(!stored.contains(&loser.0[0].id));
    }
    assert_eq!(stored.len(), 1 + 100 * 2 + 10 * 2);
}

async fn the_writer_goes_on_after_a_failed_write(app: TestApp) {
    let refuse: &[&str] = match app.db.kind {
        DbKind::Sqlite => &["CREATE TRIGGER refuse_events BEFORE INSERT ON \
             progress_events BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"],
        DbKind::Postgres => &[
            "CREATE FUNCTION refuse_events() RETURNS trigger LANGUAGE plpgsql AS \
             $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$",
            "CREATE TRIGGER refuse_events BEFORE INSERT ON progress_events \
             FOR EACH ROW EXECUTE FUNCTION refuse_events()",
        ],
    };
    for statement in refuse {
        sqlx::query(statement)
            .execute(&app.db.pool)
            .await
            .expect("trigger");
    }
    let learner = uuid::Uuid::new_v4().to_string();
    let batches = (0..20)
        .map(|i| vec![lesson_done(&learner, SLUG, 1 + i % 3)])
        .collect();

    let answers = send_all(&app, batches).await;

    for answer in &answers {
        let Answer::Failed(500, body) = answer else {
            panic!("a failed write is a server error: {answer:?}");
        };
        assert!(
            !body.error.contains("refused by the test"),
            "details stay in the log"
        );
    }
    assert_eq!(app.count_rows("progress_events").await, 0);
    assert_eq!(
        app.count_rows("learners").await,
        0,
        "the whole group rolled back"
    );

    let allow = match app.db.kind {
        DbKind::Sqlite => "DROP TRIGGER refuse_events",
        DbKind::Postgres => "DROP TRIGGER refuse_events ON progress_events",
    };
    sqlx::query(allow)
        .execute(&app.db.pool)
        .await
        .expect("drop trigger");
    let event = lesson_done(&learner, SLUG, 1);
    let answers = send_all(&app, vec![vec![event.clone()]]).await;
    assert!(
        matches!(
            answers[0],
            Answer::Stored(ProgressReceipt {
                stored: 1,
                duplicates: 0
            })
        ),
        "{answers:?}"
    );
    assert_eq!(stored_ids(&app).await, [event.id]);
}

/// SQLite acknowledges a commit only once its WAL is fsynced, on every connection.
#[tokio::test]
async fn sqlite_connections_are_durable() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    for pool in [&app.db.pool, &app.db.writer] {
        let (journal,): (String,) = sqlx::query_as("PRAGMA journal_mode")
            .fetch_one(pool)
            .await
            .expect("journal mode");
        let (synchronous,): (i64,) = sqlx::query_as("PRAGMA synchronous")
            .fetch_one(pool)
            .await
            .expect("synchronous");
        assert_eq!(journal, "wal");
        assert_eq!(synchronous, 2, "synchronous = FULL");
    }
}

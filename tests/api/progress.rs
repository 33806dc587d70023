//! Progress events: stored once per browser-made id, refused on conflict, never written to or
//! read from another person, and carried over when an anonymous learner signs in.

use crate::helpers::{lesson_done, on_both_databases, submission, TestApp};
use common::{
    CourseProgress, Lang, ProgressBatch, ProgressConflict, ProgressEvent, ProgressReceipt,
};
use reqwest::{Client, Response};

on_both_databases!(
    a_repeated_event_is_stored_once,
    a_conflicting_event_is_refused_and_nothing_is_stored,
    bad_events_are_refused_and_change_nothing,
    another_persons_progress_is_never_written_or_read,
    anonymous_progress_is_carried_over_at_sign_in,
    a_repeated_quiz_attempt_is_graded_and_awarded_once,
);

const SLUG: &str = "digital-meetings";

async fn send(app: &TestApp, client: &Client, events: Vec<ProgressEvent>) -> Response {
    client
        .post(format!("{}/api/progress-events", app.address))
        .json(&ProgressBatch { events })
        .send()
        .await
        .expect("sent")
}

async fn progress(app: &TestApp, client: &Client, learner_id: &str) -> Vec<CourseProgress> {
    let response = client
        .get(format!(
            "{}/api/progress?learner_id={learner_id}",
            app.address
        ))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 200);
    response.json().await.expect("progress")
}

fn learner() -> String {
    uuid::Uuid::new_v4().to_string()
}

async fn a_repeated_event_is_stored_once(app: TestApp) {
    let learner = learner();
    let event = lesson_done(&learner, SLUG, 1);

    let first = send(&app, &app.client, vec![event.clone()]).await;
    assert_eq!(first.status(), 200);
    let again = send(&app, &app.client, vec![event.clone(), event.clone()]).await;
    assert_eq!(again.status(), 200);
    let receipt: ProgressReceipt = again.json().await.expect("receipt");

    assert_eq!(
        receipt,
        ProgressReceipt {
            stored: 0,
            duplicates: 2
        }
    );
    assert_eq!(app.count_rows("progress_events").await, 1);
    let progress = progress(&app, &app.client, &learner).await;
    assert_eq!(progress.len(), 1);
    assert_eq!(progress[0].lessons_done, [1]);
}

async fn a_conflicting_event_is_refused_and_nothing_is_stored(app: TestApp) {
    let learner = learner();
    let event = lesson_done(&learner, SLUG, 1);
    assert_eq!(
        send(&app, &app.client, vec![event.clone()]).await.status(),
        200
    );

    let mut changed = event.clone();
    changed.lesson = 2;
    let fresh = lesson_done(&learner, SLUG, 3);
    let response = send(&app, &app.client, vec![fresh, changed]).await;

    assert_eq!(response.status(), 409);
    let conflict: ProgressConflict = response.json().await.expect("conflict body");
    assert_eq!(conflict.conflicting_ids, std::slice::from_ref(&event.id));
    assert_eq!(
        app.count_rows("progress_events").await,
        1,
        "the batch stored nothing"
    );

    // The same id twice in one batch with different content is a conflict too.
    let twin = lesson_done(&learner, SLUG, 1);
    let mut other_twin = twin.clone();
    other_twin.occurred_at += 1;
    assert_eq!(
        send(&app, &app.client, vec![twin, other_twin])
            .await
            .status(),
        409
    );
    assert_eq!(app.count_rows("progress_events").await, 1);
}

async fn bad_events_are_refused_and_change_nothing(app: TestApp) {
    let learner = learner();
    let unknown_course = lesson_done(&learner, "no-such-course", 1);
    let lessons = app.course(SLUG, Lang::Sv).await.lessons.len() as u32;
    let past_the_end = lesson_done(&learner, SLUG, lessons + 1);
    let lesson_zero = lesson_done(&learner, SLUG, 0);
    let mut not_a_uuid = lesson_done(&learner, SLUG, 1);
    not_a_uuid.id = "1".to_owned();
    let mut bad_learner = lesson_done(&learner, SLUG, 1);
    bad_learner.learner_id = "someone".to_owned();
    let too_many: Vec<ProgressEvent> = (0..501).map(|_| lesson_done(&learner, SLUG, 1)).collect();

    for batch in [
        vec![lesson_done(&learner, SLUG, 1), unknown_course],
        vec![past_the_end],
        vec![lesson_zero],
        vec![not_a_uuid],
        vec![bad_learner],
        vec![],
        too_many,
    ] {
        let response = send(&app, &app.client, batch).await;
        assert_eq!(response.status(), 422);
        let body: common::ErrorBody = response.json().await.expect("error body");
        assert!(!body.error.is_empty());
    }
    assert_eq!(app.count_rows("progress_events").await, 0);
    assert_eq!(app.count_rows("learners").await, 0);
}

async fn another_persons_progress_is_never_written_or_read(app: TestApp) {
    app.seed_demo().await;
    let emma = app.demo_user("anstalld@exempelby.se").await;
    let karin = app.demo_user("chef@exempelby.se").await;
    let device = learner();
    let event = lesson_done(&device, SLUG, 2);
    assert_eq!(send(&app, &emma, vec![event.clone()]).await.status(), 200);

    // Karin re-sending Emma's event (same id, same content) cannot make it hers.
    assert_eq!(send(&app, &karin, vec![event.clone()]).await.status(), 409);
    // Nobody reads it without Emma's session: not Karin, not an anonymous caller with the
    // learner id.
    let karins = progress(&app, &karin, &device).await;
    assert!(karins.iter().all(|c| c.course_slug != SLUG), "{karins:?}");
    assert!(progress(&app, &app.client, &device).await.is_empty());
    let emmas = progress(&app, &emma, &learner()).await;
    assert_eq!(emmas[0].lessons_done, [2]);

    // Signing in with that learner id does not hand Emma's events to Karin either.
    let karin_on_device = app.demo_user_on("chef@exempelby.se", &device).await;
    let karins = progress(&app, &karin_on_device, &device).await;
    assert!(karins.iter().all(|c| c.course_slug != SLUG), "{karins:?}");
    let owner: (Option<String>,) = sqlx::query_as("SELECT person_id FROM progress_events")
        .fetch_one(&app.db.pool)
        .await
        .expect("event");
    assert_eq!(
        owner.0,
        Some(app.id_of("people", "email", "anstalld@exempelby.se").await)
    );
}

async fn anonymous_progress_is_carried_over_at_sign_in(app: TestApp) {
    app.seed_demo().await;
    let device = learner();
    // Before signing in, on her work PC: a lesson and a passed quiz of a course closing 1.1.
    let course = "finding-information-online";
    assert_eq!(
        send(&app, &app.client, vec![lesson_done(&device, course, 1)])
            .await
            .status(),
        200
    );
    let mut attempt = submission(Lang::Sv, app.answer_key(course, Lang::Sv));
    attempt.learner_id = device.clone();
    let result: common::QuizResult = app
        .submit_quiz(course, &attempt)
        .await
        .json()
        .await
        .expect("result");
    assert!(result.passed);
    assert_eq!(result.certificate, None, "nobody to certify yet");

    let emma = app.demo_user_on("anstalld@exempelby.se", &device).await;

    let view = app.competence_of(&emma, Lang::Sv).await;
    assert_eq!(view.gap_count, 2, "1.1 is closed by the carried-over pass");
    assert!(view.completed.iter().any(|c| c.course.slug == course));
    let mine = progress(&app, &emma, &device).await;
    let carried = mine
        .iter()
        .find(|c| c.course_slug == course)
        .expect("carried over");
    assert_eq!(carried.lessons_done, [1]);
    assert!(carried.passed_at.is_some());

    // The device's learner is Emma's now: signing in there as someone else takes nothing.
    let karin = app.demo_user_on("chef@exempelby.se", &device).await;
    assert!(progress(&app, &karin, &device)
        .await
        .iter()
        .all(|c| c.course_slug != course));
    // A lesson sent from her browser after her session ended is hers at her next sign-in,
    // wherever that is.
    let late = lesson_done(&device, course, 2);
    assert_eq!(send(&app, &app.client, vec![late]).await.status(), 200);
    let elsewhere = app.demo_user_on("anstalld@exempelby.se", &learner()).await;
    let mine = progress(&app, &elsewhere, &device).await;
    let carried = mine
        .iter()
        .find(|c| c.course_slug == course)
        .expect("carried over");
    assert_eq!(carried.lessons_done, [1, 2]);

    // Signing in again on the same device awards nothing twice.
    let again = app.demo_user_on("anstalld@exempelby.se", &device).await;
    assert_eq!(
        app.competence_of(&again, Lang::Sv).await.completed.len(),
        view.completed.len()
    );
}

async fn a_repeated_quiz_attempt_is_graded_and_awarded_once(app: TestApp) {
    app.seed_demo().await;
    let emma = app.demo_user("anstalld@exempelby.se").await;
    let attempt = submission(Lang::Sv, app.answer_key(SLUG, Lang::Sv));

    let first = app.submit_quiz_as(&emma, SLUG, &attempt).await;
    assert_eq!(first.status(), 201);
    let first: common::QuizResult = first.json().await.expect("result");
    let certificate = first.certificate.clone().expect("a certificate for a pass");
    let evidence = app.count_rows("evidence").await;

    let again = app.submit_quiz_as(&emma, SLUG, &attempt).await;
    assert_eq!(again.status(), 200);
    let again: common::QuizResult = again.json().await.expect("result");
    assert_eq!(again.certificate, Some(certificate));
    assert_eq!(again.score, first.score);
    assert_eq!(app.count_rows("evidence").await, evidence, "awarded once");

    let mut other_answers = attempt.clone();
    let wrong = if attempt.answers[0].selected == [0] {
        1
    } else {
        0
    };
    other_answers.answers[0].selected = vec![wrong];
    assert_eq!(
        app.submit_quiz_as(&emma, SLUG, &other_answers)
            .await
            .status(),
        409
    );
    // Someone else replaying Emma's attempt gets a conflict, not her certificate.
    let karin = app.demo_user("chef@exempelby.se").await;
    let replay = app.submit_quiz_as(&karin, SLUG, &attempt).await;
    assert_eq!(replay.status(), 409);
    assert_eq!(app.count_rows("evidence").await, evidence);
}

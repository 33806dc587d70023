use crate::helpers::{on_both_databases, submission, TestApp};
use common::{Answer, ErrorBody, Lang, QuestionKind, QuizResult};

on_both_databases!(
    right_answers_pass_and_are_stored,
    wrong_answers_fail_with_explanations,
    wrong_number_of_answers_is_refused_and_nothing_stored,
    impossible_option_is_refused,
    unanswered_question_is_refused,
    learner_id_must_be_a_uuid,
    malformed_json_is_a_clear_400,
    unknown_course_is_a_404,
    attempts_are_kept_per_learner,
);

const SLUG: &str = "phishing-at-work";

async fn right_answers_pass_and_are_stored(app: TestApp) {
    let key = app.answer_key(SLUG, Lang::Sv);

    let response = app
        .submit_quiz(SLUG, &submission(Lang::Sv, key.clone()))
        .await;

    assert_eq!(response.status(), 201);
    let result: QuizResult = response.json().await.expect("result JSON");
    assert!(result.passed);
    assert_eq!(
        (result.score, result.max_score, result.percent),
        (key.len() as u32, key.len() as u32, 100)
    );
    assert!(result
        .questions
        .iter()
        .all(|q| q.correct && !q.explanation_html.is_empty()));
    assert_eq!(app.count_rows("quiz_attempts").await, 1);
    assert_eq!(app.count_rows("learners").await, 1);
}

async fn wrong_answers_fail_with_explanations(app: TestApp) {
    let course = app.course(SLUG, Lang::En).await;
    let key = app.answer_key(SLUG, Lang::En);
    let wrong: Vec<Answer> = course
        .quiz
        .iter()
        .zip(&key)
        .map(|(question, right)| {
            let other = (0..question.option_count())
                .find(|o| !right.selected.contains(o))
                .expect("a wrong option");
            Answer {
                selected: vec![other],
            }
        })
        .collect();

    let response = app.submit_quiz(SLUG, &submission(Lang::En, wrong)).await;

    assert_eq!(response.status(), 201);
    let result: QuizResult = response.json().await.expect("result JSON");
    assert!(!result.passed);
    assert_eq!(result.score, 0);
    for (graded, right) in result.questions.iter().zip(&key) {
        assert!(!graded.correct);
        let mut expected = right.selected.clone();
        expected.sort_unstable();
        assert_eq!(graded.correct_options, expected);
        assert!(!graded.explanation_html.is_empty());
    }
}

async fn wrong_number_of_answers_is_refused_and_nothing_stored(app: TestApp) {
    let mut key = app.answer_key(SLUG, Lang::Sv);
    key.pop();

    let response = app.submit_quiz(SLUG, &submission(Lang::Sv, key)).await;

    assert_eq!(response.status(), 422);
    let body: ErrorBody = response.json().await.expect("error JSON");
    assert!(body.error.contains("answers"), "{}", body.error);
    assert_eq!(app.count_rows("quiz_attempts").await, 0);
    assert_eq!(app.count_rows("learners").await, 0);
}

async fn impossible_option_is_refused(app: TestApp) {
    let course = app.course(SLUG, Lang::Sv).await;
    let mut answers = app.answer_key(SLUG, Lang::Sv);
    let single = course
        .quiz
        .iter()
        .position(|q| q.kind != QuestionKind::Multiple)
        .expect("a one-answer question");
    answers[single] = Answer {
        selected: vec![0, 1],
    };

    let response = app.submit_quiz(SLUG, &submission(Lang::Sv, answers)).await;

    assert_eq!(response.status(), 422);
    assert_eq!(app.count_rows("quiz_attempts").await, 0);
}

async fn unanswered_question_is_refused(app: TestApp) {
    let mut answers = app.answer_key(SLUG, Lang::Sv);
    answers[0] = Answer::default();

    let response = app.submit_quiz(SLUG, &submission(Lang::Sv, answers)).await;

    assert_eq!(response.status(), 422);
    let body: ErrorBody = response.json().await.expect("error JSON");
    assert!(body.error.contains("Question 1"), "{}", body.error);
    assert_eq!(app.count_rows("quiz_attempts").await, 0);
}

async fn learner_id_must_be_a_uuid(app: TestApp) {
    let mut bad = submission(Lang::Sv, app.answer_key(SLUG, Lang::Sv));
    bad.learner_id = "anna@example.org".to_owned();

    let response = app.submit_quiz(SLUG, &bad).await;

    assert_eq!(response.status(), 422);
    assert_eq!(app.count_rows("learners").await, 0);
}

async fn malformed_json_is_a_clear_400(app: TestApp) {
    let response = app
        .client
        .post(format!("{}/api/courses/{SLUG}/quiz-attempts", app.address))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .expect("sent");

    assert_eq!(response.status(), 400);
    let body: ErrorBody = response.json().await.expect("error JSON");
    assert!(!body.error.is_empty());
}

async fn unknown_course_is_a_404(app: TestApp) {
    let response = app
        .submit_quiz("no-such-course", &submission(Lang::Sv, vec![]))
        .await;

    assert_eq!(response.status(), 404);
    assert_eq!(app.count_rows("quiz_attempts").await, 0);
}

async fn attempts_are_kept_per_learner(app: TestApp) {
    let key = app.answer_key(SLUG, Lang::Nb);
    let first = submission(Lang::Nb, key.clone());
    let course = app.course(SLUG, Lang::Nb).await;
    let mut second = first.clone();
    second.id = uuid::Uuid::new_v4().to_string();
    second.answers = course
        .quiz
        .iter()
        .zip(&key)
        .map(|(q, right)| Answer {
            selected: vec![(0..q.option_count())
                .find(|o| !right.selected.contains(o))
                .expect("a wrong option")],
        })
        .collect();

    assert_eq!(app.submit_quiz(SLUG, &first).await.status(), 201);
    assert_eq!(app.submit_quiz(SLUG, &second).await.status(), 201);
    assert_eq!(
        app.submit_quiz(SLUG, &submission(Lang::Nb, key))
            .await
            .status(),
        201
    );

    let history: Vec<(i64,)> =
        sqlx::query_as("SELECT passed FROM quiz_attempts WHERE learner_id = $1 ORDER BY passed")
            .bind(&first.learner_id)
            .fetch_all(&app.db.pool)
            .await
            .expect("history");
    assert_eq!(history, [(0,), (1,)]);
    assert_eq!(app.count_rows("learners").await, 2);
}

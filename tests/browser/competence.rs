//! The employee's journey: from "3 gaps" to "meets all minimums" by taking the recommended
//! courses, one of them finished with the network cut (Chromium DevTools) and nothing lost.

use super::driver::{wait_until, Browser};
use super::sign_in::sign_in_by_keyboard;
use common::{Lang, QuestionKind};
use std::time::{Duration, Instant};

/// The gap count the "my competence" page states, once it has loaded.
async fn stated_gaps(browser: &Browser) -> Option<String> {
    let verdict = browser
        .client
        .find(fantoccini::Locator::Css("#competence-verdict"))
        .await
        .ok()?;
    verdict.attr("data-gaps").await.ok().flatten()
}

/// The first recommended course for each gap, as listed on the page: (competence, slug).
async fn recommendations(browser: &Browser) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for item in browser.find_all("#gap-list > li[data-kind='gap']").await {
        let competence = item
            .attr("data-competence")
            .await
            .expect("attr")
            .unwrap_or_default();
        let link = item
            .find(fantoccini::Locator::Css("a[href^='/courses/']"))
            .await
            .expect("a course that closes the gap");
        let href = link.attr("href").await.expect("href").unwrap_or_default();
        let slug = href.trim_start_matches("/courses/").to_owned();
        found.push((competence, slug));
    }
    found
}

/// Reads every lesson with "Next", goes through practice to the quiz and answers it right.
async fn take_course(browser: &Browser, slug: &str) {
    browser.open(&format!("/courses/{slug}/lessons/1")).await;
    read_lessons_and_answer(browser, slug).await;
}

async fn read_lessons_and_answer(browser: &Browser, slug: &str) {
    let practice = format!("/courses/{slug}/practice");
    let lessons = browser
        .app
        .catalog
        .course(slug, Lang::Sv)
        .expect("course")
        .lessons;
    for number in 1..=lessons.len() {
        wait_until!(
            format!("lesson {number} of {slug}"),
            browser.text_of("h1").await == lessons[number - 1].title
        );
        browser
            .wait_for(".pager a.button:not(.secondary)")
            .await
            .click()
            .await
            .expect("next");
    }
    wait_until!(
        "the practice page",
        browser.current_path().await == practice
    );
    browser
        .wait_for(&format!("a.button[href='/courses/{slug}/quiz']"))
        .await
        .click()
        .await
        .expect("to the quiz");
    answer_quiz(browser, slug).await;
}

async fn answer_quiz(browser: &Browser, slug: &str) {
    let course = browser.app.catalog.course(slug, Lang::Sv).expect("course");
    let key = browser.app.answer_key(slug, Lang::Sv);
    browser.wait_for("#quiz-0-0").await;
    for (index, (question, right)) in course.quiz.iter().zip(&key).enumerate() {
        let options: Vec<usize> = match question.kind {
            QuestionKind::Multiple => right.selected.clone(),
            QuestionKind::Single | QuestionKind::TrueFalse => vec![right.selected[0]],
        };
        for option in options {
            browser
                .wait_for(&format!("#quiz-{index}-{option}"))
                .await
                .click()
                .await
                .expect("choose");
        }
    }
    browser
        .wait_for("form button[type='submit']")
        .await
        .click()
        .await
        .expect("submit");
}

/// Rows the server holds for the demo employee in `table` about `slug`.
async fn rows_of_emma(browser: &Browser, table: &str, slug: &str) -> i64 {
    let person = browser
        .app
        .id_of("people", "email", "anstalld@exempelby.se")
        .await;
    let row: (i64,) = sqlx::query_as(&format!(
        "SELECT COUNT(*) FROM {table} WHERE person_id = $1 AND course_slug = $2"
    ))
    .bind(person)
    .bind(slug)
    .fetch_one(&browser.app.db.pool)
    .await
    .expect("count");
    row.0
}

async fn progress_state(browser: &Browser) -> String {
    match browser
        .client
        .find(fantoccini::Locator::Css("#progress-status"))
        .await
    {
        Ok(status) => status
            .attr("data-state")
            .await
            .ok()
            .flatten()
            .unwrap_or_default(),
        Err(_) => String::new(),
    }
}

#[tokio::test]
async fn the_demo_employee_closes_her_three_gaps_one_course_offline() {
    let browser = Browser::start_with_a_line_to_cut().await;
    browser.open("/").await;
    browser.use_language("sv").await;
    sign_in_by_keyboard(&browser, "anstalld@exempelby.se").await;
    wait_until!(
        "the page to state 3 gaps",
        stated_gaps(&browser).await.as_deref() == Some("3")
    );
    browser.assert_accessible("my competence with gaps").await;
    let recommended = recommendations(&browser).await;
    let competences: Vec<&str> = recommended.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(competences, ["1.1", "2.1", "2.6"]);

    // The service worker controls the page before the network is cut.
    // Installing it caches the whole app, which can take a while on a busy machine.
    let deadline = Instant::now() + Duration::from_secs(90);
    while browser
        .client
        .execute(
            "return !!(navigator.serviceWorker && navigator.serviceWorker.controller);",
            vec![],
        )
        .await
        .expect("script")
        != serde_json::json!(true)
    {
        assert!(
            Instant::now() < deadline,
            "no service worker controls the page"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let (offline_slug, online): (String, Vec<String>) = {
        let mut slugs = recommended.iter().map(|(_, s)| s.clone());
        let first = slugs.next().expect("a course");
        (first, slugs.collect())
    };

    // First course: opened online, then finished with the network cut.
    browser
        .open(&format!("/courses/{offline_slug}/lessons/1"))
        .await;
    browser.wait_for(".prose").await;
    browser.set_offline(true).await;
    read_lessons_and_answer(&browser, &offline_slug).await;
    wait_until!(
        "progress waiting to be sent",
        progress_state(&browser).await == "waiting"
    );
    browser.assert_accessible("the quiz answered offline").await;
    assert_eq!(
        rows_of_emma(&browser, "progress_events", &offline_slug).await,
        0,
        "it was offline"
    );
    browser.set_offline(false).await;
    let deadline = Instant::now() + Duration::from_secs(60);
    while progress_state(&browser).await != "saved" {
        assert!(
            Instant::now() < deadline,
            "the queue was not sent after the network returned"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let lessons = browser
        .app
        .catalog
        .course(&offline_slug, Lang::Sv)
        .expect("course")
        .lessons
        .len();
    assert_eq!(
        rows_of_emma(&browser, "progress_events", &offline_slug).await,
        lessons as i64,
        "every lesson finished offline reached the server"
    );
    assert_eq!(
        rows_of_emma(&browser, "certificates", &offline_slug).await,
        1
    );

    // The other two online.
    for slug in &online {
        let before = rows_of_emma(&browser, "certificates", slug).await;
        take_course(&browser, slug).await;
        browser.wait_for("#result-heading").await;
        assert_eq!(
            rows_of_emma(&browser, "certificates", slug).await,
            before + 1,
            "{slug}"
        );
    }

    browser.open("/me").await;
    wait_until!(
        "the page to state no gaps",
        stated_gaps(&browser).await.as_deref() == Some("0")
    );
    assert!(browser
        .find_all("#gap-list > li[data-kind='gap']")
        .await
        .is_empty());
    browser
        .assert_accessible("my competence with every minimum met")
        .await;

    // Each completed course has a certificate that anyone can open.
    let link = browser
        .wait_for("#completed a[href^='/certificates/']")
        .await;
    link.click().await.expect("open certificate");
    wait_until!(
        "the certificate",
        browser.text_of("main").await.contains("Emma Lindqvist")
    );
    browser.assert_accessible("a certificate").await;

    // The self-assessment is saved and shown, and the verdict does not move.
    browser.open("/me/self-assessment").await;
    browser
        .wait_for("#self-1-1-2")
        .await
        .click()
        .await
        .expect("tick");
    browser.assert_accessible("the self-assessment").await;
    browser
        .wait_for("#save-self-assessment")
        .await
        .click()
        .await
        .expect("save");
    browser.wait_for("#self-assessment-back a").await;
    let saved: (i64,) =
        sqlx::query_as("SELECT level FROM self_assessments WHERE competence = '1.1'")
            .fetch_one(&browser.app.db.pool)
            .await
            .expect("saved");
    assert_eq!(saved.0, 2);
    browser.close().await;
}

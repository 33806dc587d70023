//! The whole chain in a real browser: catalogue → lesson → quiz by keyboard → score.

use super::driver::Browser;
use common::{Lang, QuestionKind};
use fantoccini::key::Key;
use fantoccini::Locator;

#[tokio::test]
async fn catalogue_renders_from_wasm_and_is_accessible() {
    let browser = Browser::start().await;
    browser.open("/").await;
    browser.use_language("sv").await;

    browser.wait_for(".course-card").await;
    let titles: Vec<String> = {
        let mut titles = Vec::new();
        for card in browser.find_all(".course-card h2").await {
            titles.push(card.text().await.expect("title"));
        }
        titles
    };
    let expected: Vec<String> = browser
        .app
        .catalog
        .summaries(Lang::Sv, None)
        .into_iter()
        .map(|c| c.title)
        .collect();
    assert_eq!(titles, expected);
    let heading = browser
        .client
        .find(Locator::Css("h1"))
        .await
        .expect("h1")
        .text()
        .await
        .expect("text");
    assert_eq!(heading, "Kurser");
    browser.assert_accessible("the catalogue").await;

    // Reflows at 320 CSS pixels: nothing sticks out sideways.
    browser
        .client
        .set_window_size(320, 800)
        .await
        .expect("resize");
    let widths = browser
        .client
        .execute("const e = document.documentElement; return [window.innerWidth, e.scrollWidth, e.clientWidth];", vec![])
        .await
        .expect("measure");
    let widths: Vec<i64> = serde_json::from_value(widths).expect("numbers");
    assert!(
        widths[0] <= 320,
        "the window did not shrink to 320 px: {widths:?}"
    );
    assert_eq!(
        widths[1], widths[2],
        "the catalogue scrolls sideways at 320 px"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_lesson_opens_and_leads_to_the_next() {
    let browser = Browser::start().await;
    browser.open("/courses/phishing-at-work").await;
    browser.use_language("sv").await;
    let course = browser
        .app
        .catalog
        .course("phishing-at-work", Lang::Sv)
        .expect("course");

    browser
        .wait_for("a.button[href='/courses/phishing-at-work/lessons/1']")
        .await
        .click()
        .await
        .expect("click");
    browser.wait_for(".prose p").await;
    let heading = browser
        .client
        .find(Locator::Css("h1"))
        .await
        .expect("h1")
        .text()
        .await
        .expect("text");
    assert_eq!(heading, course.lessons[0].title);
    browser.assert_accessible("a lesson").await;

    browser
        .wait_for("a[href='/courses/phishing-at-work/lessons/2']")
        .await
        .click()
        .await
        .expect("next");
    let second = course.lessons[1].title.clone();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let heading = browser
            .client
            .find(Locator::Css("h1"))
            .await
            .expect("h1")
            .text()
            .await
            .expect("text");
        if heading == second {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "lesson 2 did not open; heading is {heading}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    browser.close().await;
}

#[tokio::test]
async fn a_quiz_is_passed_by_keyboard_alone_and_shows_its_score() {
    let browser = Browser::start().await;
    let slug = "spot-scams";
    browser.open(&format!("/courses/{slug}/quiz")).await;
    browser.use_language("sv").await;
    let course = browser.app.catalog.course(slug, Lang::Sv).expect("course");
    let key = browser.app.answer_key(slug, Lang::Sv);
    browser.wait_for("#quiz-0-0").await;
    browser.assert_accessible("the quiz").await;

    // Tab from the top of the page to the first option.
    let mut tabs = 0;
    while browser.focused_id().await != "quiz-0-0" {
        browser.press(Key::Tab).await;
        tabs += 1;
        assert!(
            tabs < 30,
            "the first quiz option cannot be reached with Tab"
        );
    }
    for (index, (question, right)) in course.quiz.iter().zip(&key).enumerate() {
        assert_eq!(
            browser.focused_id().await,
            format!("quiz-{index}-0"),
            "focus at question {}",
            index + 1
        );
        match question.kind {
            QuestionKind::Multiple => {
                for option in 0..question.option_count() {
                    if right.selected.contains(&option) {
                        browser.press(Key::Space).await;
                    }
                    if option + 1 < question.option_count() {
                        browser.press(Key::Tab).await;
                    }
                }
            }
            QuestionKind::Single | QuestionKind::TrueFalse => {
                let target = right.selected[0];
                if target == 0 {
                    browser.press(Key::Space).await;
                }
                for _ in 0..target {
                    browser.press(Key::Down).await;
                }
            }
        }
        browser.press(Key::Tab).await;
    }
    let submit = browser
        .client
        .active_element()
        .await
        .expect("focus")
        .text()
        .await
        .expect("text");
    assert_eq!(submit, "Skicka svaren");
    browser.press(Key::Enter).await;

    let result = browser.wait_for("#result-heading").await;
    assert_eq!(result.text().await.expect("text"), "Du klarade testet!");
    let score = browser
        .client
        .find(Locator::Css(".score"))
        .await
        .expect("score")
        .text()
        .await
        .expect("text");
    let total = key.len();
    assert!(
        score.starts_with(&format!("Du hade {total} av {total} rätt")),
        "{score}"
    );
    assert_eq!(
        browser.focused_id().await,
        "result-heading",
        "focus moves to the result"
    );
    assert_eq!(browser.find_all(".feedback.is-correct").await.len(), total);
    assert_eq!(browser.app.count_rows("quiz_attempts").await, 1);
    browser.assert_accessible("the quiz result").await;
    browser.close().await;
}

#[tokio::test]
async fn course_practice_and_missing_pages_are_accessible() {
    let browser = Browser::start().await;
    browser.open("/courses/spot-scams").await;
    browser.use_language("sv").await;

    browser.wait_for(".competences li").await;
    browser.assert_accessible("a course page").await;

    browser.open("/courses/spot-scams/practice").await;
    browser
        .wait_for("#practice-0-0")
        .await
        .click()
        .await
        .expect("choose an answer");
    browser
        .wait_for(".practice-item button")
        .await
        .click()
        .await
        .expect("check the answer");
    browser.wait_for(".practice-item .feedback").await;
    browser
        .assert_accessible("the practice page with feedback")
        .await;

    browser.open("/no/such/page").await;
    let heading = browser.wait_for("h1").await.text().await.expect("text");
    assert_eq!(heading, "Sidan finns inte");
    browser.assert_accessible("the not-found page").await;

    browser.open("/courses/no-such-course").await;
    browser.wait_for(".notice-error").await;
    browser
        .assert_accessible("a course that does not exist")
        .await;
    browser.close().await;
}

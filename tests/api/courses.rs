use crate::helpers::{copy_dir, on_both_databases, root, Backend, TestApp};
use common::{Audience, CourseSummary, ErrorBody, Framework, Lang};

on_both_databases!(
    framework_is_digcomp_with_21_competences,
    catalogue_is_in_the_asked_language,
    catalogue_filters_by_audience,
    bad_language_is_a_clear_400,
    unknown_course_is_a_404,
    course_json_holds_no_answer_key_of_the_quiz,
);

async fn framework_is_digcomp_with_21_competences(app: TestApp) {
    let framework: Framework = app
        .get("/api/framework")
        .await
        .json()
        .await
        .expect("framework JSON");

    assert_eq!(
        (framework.id.as_str(), framework.version.as_str()),
        ("digcomp", "2.2")
    );
    assert_eq!(framework.competences.len(), 21);
    assert_eq!(framework.areas.len(), 5);
}

async fn catalogue_is_in_the_asked_language(app: TestApp) {
    let sv: Vec<CourseSummary> = app
        .get("/api/courses?lang=sv")
        .await
        .json()
        .await
        .expect("JSON");
    let nb: Vec<CourseSummary> = app
        .get("/api/courses?lang=nb")
        .await
        .json()
        .await
        .expect("JSON");

    assert_eq!(sv.len(), app.catalog.len(), "every course is in Swedish");
    assert_eq!(nb.len(), app.catalog.len(), "every course is in Norwegian");
    assert!(sv.iter().all(|c| c.lang == Lang::Sv));
    assert!(nb.iter().all(|c| c.lang == Lang::Nb));
    assert_ne!(sv[0].title, nb[0].title, "titles are translated");
}

async fn catalogue_filters_by_audience(app: TestApp) {
    let citizen: Vec<CourseSummary> = app
        .get("/api/courses?lang=en&audience=citizen")
        .await
        .json()
        .await
        .expect("JSON");
    let staff: Vec<CourseSummary> = app
        .get("/api/courses?lang=en&audience=staff")
        .await
        .json()
        .await
        .expect("JSON");

    assert!(!citizen.is_empty() && !staff.is_empty());
    assert!(citizen.iter().all(|c| c.audience.serves(Audience::Citizen)));
    assert!(staff.iter().all(|c| c.audience.serves(Audience::Staff)));
    assert!(citizen.iter().all(|c| c.slug != "phishing-at-work"));
}

async fn bad_language_is_a_clear_400(app: TestApp) {
    let response = app.get("/api/courses?lang=de").await;

    assert_eq!(response.status(), 400);
    let body: ErrorBody = response.json().await.expect("error JSON");
    assert!(body.error.contains("lang"), "{}", body.error);
}

async fn unknown_course_is_a_404(app: TestApp) {
    let response = app.get("/api/courses/no-such-course?lang=sv").await;

    assert_eq!(response.status(), 404);
    let body: ErrorBody = response.json().await.expect("error JSON");
    assert!(body.error.contains("no-such-course"));
}

async fn course_json_holds_no_answer_key_of_the_quiz(app: TestApp) {
    for slug in ["phishing-at-work", "spot-scams"] {
        for lang in Lang::ALL {
            let body = app
                .get(&format!("/api/courses/{slug}?lang={lang}"))
                .await
                .text()
                .await
                .expect("body");
            let json: serde_json::Value = serde_json::from_str(&body).expect("course JSON");
            let (quiz, _, _) = app.catalog.quiz_key(slug, lang).expect("course");

            for question in json["quiz"].as_array().expect("quiz array") {
                let keys: Vec<&String> = question.as_object().expect("object").keys().collect();
                assert_eq!(
                    keys,
                    ["kind", "options", "prompt"],
                    "{slug}/{lang}: quiz question fields"
                );
            }
            for keyed in quiz {
                let explanation = keyed.explanation_html.trim();
                assert!(
                    !body.contains(explanation),
                    "{slug}/{lang}: a quiz explanation was sent before submission"
                );
            }
        }
    }
}

#[tokio::test]
async fn a_broken_course_is_reported_with_file_and_line_and_left_out() {
    // Arrange: a copy of the courses where one quiz question has two right answers.
    let courses = tempfile::tempdir().expect("temp dir");
    copy_dir(&root().join("courses"), courses.path());
    let quiz = courses.path().join("spot-scams/nb/quiz.md");
    let text = std::fs::read_to_string(&quiz).expect("quiz");
    let line = text
        .lines()
        .position(|l| l.starts_with("- ( )"))
        .expect("a wrong single-choice option")
        + 1;
    let broken: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i + 1 == line {
                l.replacen("- ( )", "- (x)", 1)
            } else {
                l.to_owned()
            }
        })
        .collect();
    std::fs::write(&quiz, broken.join("\n")).expect("write");

    // Act
    let (catalog, problems) =
        backend::courses::Catalog::load(courses.path()).expect("framework loads");
    let (shipped, _) =
        backend::courses::Catalog::load(&root().join("courses")).expect("framework loads");
    let dist = tempfile::tempdir().expect("temp dir");
    let app = TestApp::spawn_with(Backend::Sqlite, courses.path(), dist.path()).await;

    // Assert: reported at the question's heading line, with the file; the other course stays.
    let question_line = text
        .lines()
        .take(line)
        .enumerate()
        .filter(|(_, l)| l.starts_with("## "))
        .last()
        .expect("heading")
        .0
        + 1;
    let expected = format!(
        "{}:{question_line}: a single-choice question needs exactly one '(x)' option",
        quiz.display()
    );
    assert!(
        problems.iter().any(|p| p.to_string() == expected),
        "{expected}\nnot in\n{problems:#?}"
    );
    assert_eq!(
        catalog.len(),
        shipped.len() - 1,
        "only the broken course is left out"
    );
    assert_eq!(
        app.get("/api/courses/spot-scams?lang=sv").await.status(),
        404
    );
    assert_eq!(
        app.get("/api/courses/phishing-at-work?lang=sv")
            .await
            .status(),
        200
    );
}

//! The course checker on whole course folders: the rules authors meet in `courses check`.

use crate::helpers::{copy_dir, root, Backend, TestApp};
use backend::courses::Catalog;
use std::path::Path;

/// A copy of the shipped courses to break in one place.
fn courses_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&root().join("courses"), dir.path());
    dir
}

fn problems(dir: &Path) -> Vec<String> {
    let (_, problems) = Catalog::load(dir).expect("framework loads");
    problems.iter().map(ToString::to_string).collect()
}

#[test]
fn the_shipped_courses_pass() {
    let (catalog, problems) = Catalog::load(&root().join("courses")).expect("framework loads");
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(catalog.len() >= 2);
}

#[test]
fn a_hard_citizen_lesson_fails_with_its_file() {
    let dir = courses_copy();
    let lesson = dir.path().join("spot-scams/sv/01-signs-of-a-scam.md");
    let officialese = "# Bedrägeriförsök\n\nInformationssäkerhetsarbetet förutsätter kontinuerlig kompetensutveckling \
        beträffande identifieringsmekanismer, autentiseringsförfaranden och organisationsövergripande rapporteringsrutiner, \
        vilket medför betydande implementeringsutmaningar för samtliga verksamhetsansvariga.\n";
    std::fs::write(&lesson, officialese).expect("write");

    let found = problems(dir.path());

    let expected = format!("{}: LIX", lesson.display());
    assert!(
        found
            .iter()
            .any(|p| p.starts_with(&expected) && p.contains("above 40")),
        "{found:#?}"
    );
}

#[test]
fn a_staff_course_is_not_held_to_the_citizen_limit() {
    let dir = courses_copy();
    let lesson = dir
        .path()
        .join("phishing-at-work/sv/01-recognise-phishing.md");
    std::fs::write(
        &lesson,
        "# Rubrik\n\nInformationssäkerhetsarbetet förutsätter kompetensutveckling.\n",
    )
    .expect("write");

    let found = problems(dir.path());
    assert!(!found.iter().any(|p| p.contains("LIX")), "{found:#?}");
}

#[test]
fn a_translation_missing_a_question_fails() {
    let dir = courses_copy();
    let quiz = dir.path().join("phishing-at-work/nb/quiz.md");
    let text = std::fs::read_to_string(&quiz).expect("quiz");
    let last = text.rfind("\n## ").expect("several questions");
    std::fs::write(&quiz, &text[..last]).expect("write");

    let found = problems(dir.path());

    assert!(
        found
            .iter()
            .any(|p| p.starts_with(&quiz.display().to_string()) && p.contains("questions but")),
        "{found:#?}"
    );
}

#[test]
fn an_unknown_competence_fails() {
    let dir = courses_copy();
    let meta = dir.path().join("spot-scams/course.toml");
    let text = std::fs::read_to_string(&meta)
        .expect("course.toml")
        .replace("id = \"4.2\"", "id = \"9.9\"");
    std::fs::write(&meta, text).expect("write");

    let found = problems(dir.path());

    assert!(
        found
            .iter()
            .any(|p| p.contains("competence '9.9' is not in the digcomp 2.2 framework")),
        "{found:#?}"
    );
}

#[tokio::test]
async fn course_images_are_served_and_nothing_else() {
    let dir = courses_copy();
    let media = dir.path().join("spot-scams/media");
    std::fs::create_dir_all(&media).expect("mkdir");
    std::fs::write(media.join("phone.png"), b"\x89PNG fake").expect("write");
    let dist = tempfile::tempdir().expect("temp dir");
    let app = TestApp::spawn_with(Backend::Sqlite, dir.path(), dist.path()).await;

    let image = app.get("/course-media/spot-scams/phone.png").await;
    assert_eq!(image.status(), 200);
    assert_eq!(image.bytes().await.expect("body").as_ref(), b"\x89PNG fake");
    for path in [
        "/course-media/spot-scams/missing.png",
        "/course-media/spot-scams/..%2Fsv%2Fquiz.md",
        "/course-media/spot-scams/quiz.md",
        "/course-media/no-such-course/phone.png",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
}

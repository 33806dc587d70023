//! `GET /api/me/competence` on the demo: the evidence rules end to end, certificates anyone
//! can verify, and a self-assessment that is stored but never counts.

use crate::helpers::{on_both_databases, submission, TestApp};
use common::{AssignmentStatus, Certificate, Lang, SelfAssessment};
use reqwest::Client;

on_both_databases!(
    passing_the_recommended_courses_closes_every_gap,
    a_certificate_is_verified_by_anyone_with_its_code,
    self_assessment_is_stored_and_never_counts,
);

async fn pass(app: &TestApp, client: &Client, slug: &str) -> common::QuizResult {
    let attempt = submission(Lang::Sv, app.answer_key(slug, Lang::Sv));
    let response = app.submit_quiz_as(client, slug, &attempt).await;
    assert_eq!(response.status(), 201);
    response.json().await.expect("result")
}

async fn passing_the_recommended_courses_closes_every_gap(app: TestApp) {
    app.seed_demo().await;
    let emma = app.demo_user("anstalld@exempelby.se").await;
    let view = app.competence_of(&emma, Lang::Nb).await;
    let gaps: Vec<(&str, u8, u8)> = view
        .required
        .iter()
        .filter(|s| s.gap > 0)
        .map(|s| (s.competence.as_str(), s.required, s.achieved))
        .collect();
    assert_eq!(gaps, [("1.1", 2, 0), ("2.1", 3, 0), ("2.6", 3, 0)]);
    assert_eq!(view.gap_count, 3);
    let assigned = &view.assignments[0];
    assert_eq!(
        (assigned.course.slug.as_str(), assigned.status),
        ("digital-meetings", AssignmentStatus::NotStarted)
    );
    // 2.6 lapsed when a 12-month course passed 14 months ago expired; its refresher is first.
    let lapsed = view
        .required
        .iter()
        .find(|s| s.competence == "2.6")
        .expect("2.6");
    assert_eq!(lapsed.closing_courses[0].slug, "passwords-and-e-id-at-work");
    assert_eq!(lapsed.closing_courses[0].lang, Lang::Nb);

    let mut firsts = Vec::new();
    for status in view.required.iter().filter(|s| s.gap > 0) {
        let course = &status.closing_courses[0];
        assert!(course.level >= status.required);
        firsts.push(course.slug.clone());
    }
    for slug in &firsts {
        assert!(pass(&app, &emma, slug).await.certificate.is_some());
    }

    let after = app.competence_of(&emma, Lang::Sv).await;
    assert!(after.meets_all(), "{:?}", after.required);
    assert!(after
        .required
        .iter()
        .all(|s| s.closing_courses.is_empty() || s.expiring_soon));
    for slug in &firsts {
        assert!(
            after.completed.iter().any(|c| &c.course.slug == slug),
            "{slug}"
        );
    }
    assert_eq!(after.assignments[0].status, AssignmentStatus::Done);
}

async fn a_certificate_is_verified_by_anyone_with_its_code(app: TestApp) {
    app.seed_demo().await;
    let emma = app.demo_user("anstalld@exempelby.se").await;
    let result = pass(&app, &emma, "digital-meetings").await;
    let code = result.certificate.expect("certificate");

    let response = app.get(&format!("/api/certificates/{code}")).await;
    assert_eq!(response.status(), 200);
    let certificate: Certificate = response.json().await.expect("certificate");
    assert_eq!(certificate.person_name, "Emma Lindqvist");
    assert_eq!(certificate.municipality, "Exempelby kommun");
    assert_eq!(certificate.course_slug, "digital-meetings");
    assert_eq!(certificate.framework, "digcomp-2.2");
    let meta = app.catalog.meta("digital-meetings").expect("course");
    assert_eq!(certificate.competences, meta.competences);
    assert_eq!(certificate.valid_until, None);

    let unknown = uuid::Uuid::new_v4().simple().to_string();
    for path in [
        format!("/api/certificates/{unknown}"),
        "/api/certificates/x".to_owned(),
    ] {
        let response = app.get(&path).await;
        assert_eq!(response.status(), 404);
        let body = response.text().await.expect("body");
        assert!(!body.contains("Emma"), "{body}");
    }
}

async fn self_assessment_is_stored_and_never_counts(app: TestApp) {
    app.seed_demo().await;
    let emma = app.demo_user("anstalld@exempelby.se").await;
    let put = |body: serde_json::Value| {
        let emma = emma.clone();
        let url = format!("{}/api/me/self-assessment", app.address);
        async move {
            emma.put(url)
                .json(&body)
                .send()
                .await
                .expect("sent")
                .status()
        }
    };

    for bad in [
        serde_json::json!({ "levels": { "1.1": 3 } }),
        serde_json::json!({ "levels": { "9.9": 2 } }),
        serde_json::json!({ "levels": { "1.1": 2, "2.1": 5 } }),
    ] {
        assert_eq!(put(bad).await, 422);
    }
    assert_eq!(
        app.count_rows("self_assessments").await,
        0,
        "nothing stored"
    );

    let claims = serde_json::json!({ "levels": { "1.1": 6, "2.1": 6, "2.6": 6 } });
    assert_eq!(put(claims).await, 204);
    let view = app.competence_of(&emma, Lang::Sv).await;
    assert_eq!(view.gap_count, 3, "self-assessment never closes a gap");
    let row = view
        .required
        .iter()
        .find(|s| s.competence == "2.1")
        .expect("2.1");
    assert_eq!((row.self_assessed, row.achieved, row.gap), (Some(6), 0, 3));
    assert!(view.self_assessed_at.is_some());

    let questionnaire: SelfAssessment = emma
        .get(format!("{}/api/self-assessment?lang=nb", app.address))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("questionnaire");
    assert_eq!(questionnaire.competences.len(), 21);
    assert!(questionnaire.competences[0].statements[0]
        .text
        .starts_with("Jeg kan"));
    assert_eq!(questionnaire.levels.get("2.6"), Some(&6));
}

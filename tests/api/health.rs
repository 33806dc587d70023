use crate::helpers::{on_both_databases, Backend, TestApp};
use common::{ErrorBody, Health};

on_both_databases!(
    health_reports_ok_and_the_database,
    unknown_api_path_is_a_json_404,
    openapi_lists_every_route
);

async fn health_reports_ok_and_the_database(app: TestApp) {
    let response = app.get("/api/health").await;

    assert_eq!(response.status(), 200);
    let health: Health = response.json().await.expect("health JSON");
    assert_eq!(health.status, "ok");
    let expected = match app.db.kind {
        backend::db::DbKind::Sqlite => "sqlite",
        backend::db::DbKind::Postgres => "postgres",
    };
    assert_eq!(health.database, expected);
    assert_eq!(health.version, env!("CARGO_PKG_VERSION"));
}

async fn unknown_api_path_is_a_json_404(app: TestApp) {
    let response = app.get("/api/no-such-thing").await;

    assert_eq!(response.status(), 404);
    let body: ErrorBody = response.json().await.expect("error JSON");
    assert!(!body.error.is_empty());
}

async fn openapi_lists_every_route(app: TestApp) {
    let response = app.get("/api/openapi.json").await;

    assert_eq!(response.status(), 200);
    let document: serde_json::Value = response.json().await.expect("OpenAPI JSON");
    for path in [
        "/api/health",
        "/api/framework",
        "/api/courses",
        "/api/courses/{slug}",
        "/api/courses/{slug}/quiz-attempts",
    ] {
        assert!(
            document["paths"][path].is_object(),
            "OpenAPI document lacks {path}"
        );
    }
    assert!(document["components"]["schemas"]["QuizSubmission"].is_object());
}

#[tokio::test]
async fn postgres_health_says_postgres() {
    let app = TestApp::spawn(Backend::Postgres).await;
    let health: Health = app
        .get("/api/health")
        .await
        .json()
        .await
        .expect("health JSON");
    assert_eq!(health.database, "postgres");
}

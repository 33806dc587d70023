//! The web app's files: precompressed, cached forever when hashed, `index.html` as fallback.

use crate::helpers::{root, Backend, TestApp};

async fn app_with_fake_build() -> (TestApp, tempfile::TempDir) {
    let dist = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dist.path().join("index.html"),
        "<!doctype html><title>Digikomp</title>",
    )
    .expect("write");
    std::fs::write(
        dist.path().join("team.html"),
        "<!doctype html><title>Digikomp team</title>",
    )
    .expect("write");
    std::fs::write(
        dist.path().join("lesson.html"),
        "<!doctype html><title>Digikomp lesson</title>",
    )
    .expect("write");
    std::fs::write(
        dist.path().join("sw.js"),
        "const BUILD = \"__DIGIKOMP_BUILD__\"; const PAGES = \"__DIGIKOMP_PAGES__\";",
    )
    .expect("write");
    std::fs::write(
        dist.path().join("app-0123456789abcdef.js"),
        "console.log('plain')",
    )
    .expect("write");
    std::fs::write(
        dist.path().join("app-0123456789abcdef.js.br"),
        "BROTLI BYTES",
    )
    .expect("write");
    let app = TestApp::spawn_with(Backend::Sqlite, &root().join("courses"), dist.path()).await;
    (app, dist)
}

#[tokio::test]
async fn client_routes_fall_back_to_index_html_uncached() {
    let (app, _dist) = app_with_fake_build().await;

    for path in ["/", "/courses/phishing-at-work/practice", "/no/such/page"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
        assert!(
            response
                .text()
                .await
                .expect("body")
                .contains("<title>Digikomp</title>"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn each_area_gets_the_page_of_its_bundle() {
    let (app, _dist) = app_with_fake_build().await;

    for (path, title) in [
        ("/team", "Digikomp team"),
        ("/teams", "Digikomp"),
        ("/courses/phishing-at-work/lessons/2", "Digikomp lesson"),
        ("/courses/phishing-at-work", "Digikomp"),
        // A person's page is a bundle of its own, not in this build either.
        ("/team/people/7", "Digikomp"),
        // No me.html in this build: the learners' page stands in.
        ("/me", "Digikomp"),
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        let body = response.text().await.expect("body");
        assert!(
            body.contains(&format!("<title>{title}</title>")),
            "{path}: {body}"
        );
    }
}

#[tokio::test]
async fn the_service_worker_knows_the_build_and_the_bundles_pages() {
    let (app, _dist) = app_with_fake_build().await;

    let script = app.get("/sw.js").await.text().await.expect("body");

    assert!(!script.contains("__DIGIKOMP"), "{script}");
    assert!(
        script.contains(
            r#"const PAGES = [["/courses/*/lessons", "/lesson.html"], ["/team", "/team.html"]];"#
        ),
        "{script}"
    );
}

#[tokio::test]
async fn hashed_assets_are_precompressed_and_immutable() {
    let (app, _dist) = app_with_fake_build().await;

    let response = app
        .client
        .get(format!("{}/app-0123456789abcdef.js", app.address))
        .header("accept-encoding", "br")
        .send()
        .await
        .expect("sent");

    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "br");
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(
        response.bytes().await.expect("body").as_ref(),
        b"BROTLI BYTES"
    );

    let plain = app.get("/app-0123456789abcdef.js").await;
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.text().await.expect("body"), "console.log('plain')");
}

#[tokio::test]
async fn a_missing_asset_is_a_404_not_the_app() {
    let (app, _dist) = app_with_fake_build().await;

    let response = app.get("/app-fedcba9876543210.js").await;

    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["cache-control"], "no-cache");
}

#[tokio::test]
async fn security_headers_are_on_every_response_errors_included() {
    let (app, _dist) = app_with_fake_build().await;

    for path in [
        "/",
        "/api/health",
        "/api/no-such-thing",
        "/app-fedcba9876543210.js",
    ] {
        let response = app.get(path).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().expect("ascii");
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
    }
}

//! Security headers on every response, errors included.
//!
//! The content security policy allows only this origin. Trunk puts one inline module script
//! in each bundle's page (`index.html`, `team.html`…, see `common::Bundle`) to start the WASM;
//! rather than allowing every inline script, the policy names those scripts by their hashes,
//! read from the built pages at start-up.

use axum::extract::Request;
use axum::http::header::{
    HeaderName, HeaderValue, CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The policy for the app built in `dist`.
pub fn content_security_policy(dist: &Path) -> String {
    let pages: Vec<String> = common::Bundle::ALL
        .into_iter()
        .filter_map(|bundle| std::fs::read_to_string(dist.join(bundle.html())).ok())
        .collect();
    let mut scripts: Vec<&str> = pages.iter().flat_map(|html| inline_scripts(html)).collect();
    scripts.sort_unstable();
    scripts.dedup();
    let hashes: String = scripts
        .into_iter()
        .map(|script| {
            let digest = Sha256::digest(script.as_bytes());
            format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// The text of every `<script>` without a `src`.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|rest| {
        let (attributes, body) = rest.split_once('>')?;
        let (script, _) = body.split_once("</script>")?;
        (!attributes.contains("src=")).then_some(script)
    })
}

/// Adds the headers to whatever the inner service answered.
pub async fn headers(csp: HeaderValue, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(CONTENT_SECURITY_POLICY, csp);
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(
        HeaderName::from_static("x-frame-options"),
        HeaderValue::from_static("DENY"),
    );
    response
}

/// Refuses state-changing requests that a browser says come from another site (CSRF). The
/// session cookie is `SameSite=Strict` already; this also covers browsers that ignore it.
/// Requests without these headers (command-line clients, integrations) carry no browser
/// cookies by accident, so they pass.
pub async fn same_origin(request: Request, next: Next) -> Response {
    use axum::response::IntoResponse;
    let safe = matches!(
        *request.method(),
        axum::http::Method::GET | axum::http::Method::HEAD | axum::http::Method::OPTIONS
    );
    if !safe && from_another_site(request.headers()) {
        return crate::error::AppError::Forbidden(
            "Requests from other websites are refused.".to_owned(),
        )
        .into_response();
    }
    next.run(request).await
}

fn from_another_site(headers: &axum::http::HeaderMap) -> bool {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = text("sec-fetch-site") {
        return !matches!(site, "same-origin" | "none");
    }
    match (text("origin"), text("host")) {
        (Some(origin), Some(host)) => {
            let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
            !origin_host.eq_ignore_ascii_case(host)
        }
        (Some(_), None) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn other_sites_are_recognised_by_fetch_metadata_or_origin() {
        use axum::http::{HeaderMap, HeaderValue};
        let headers = |pairs: &[(&'static str, &'static str)]| {
            let mut map = HeaderMap::new();
            for (name, value) in pairs {
                map.insert(*name, HeaderValue::from_static(value));
            }
            map
        };
        assert!(!from_another_site(&headers(&[])));
        assert!(!from_another_site(&headers(&[(
            "sec-fetch-site",
            "same-origin"
        )])));
        assert!(from_another_site(&headers(&[(
            "sec-fetch-site",
            "cross-site"
        )])));
        assert!(from_another_site(&headers(&[(
            "sec-fetch-site",
            "same-site"
        )])));
        assert!(!from_another_site(&headers(&[
            ("origin", "http://localhost:8080"),
            ("host", "localhost:8080")
        ])));
        assert!(from_another_site(&headers(&[
            ("origin", "https://evil.example"),
            ("host", "localhost:8080")
        ])));
    }

    use super::*;

    #[test]
    fn hashes_inline_scripts_only() {
        let html = "<script type=\"module\">init()</script><script src=\"/a.js\"></script>";
        let scripts: Vec<&str> = inline_scripts(html).collect();
        assert_eq!(scripts, vec!["init()"]);
    }

    #[test]
    fn policy_names_the_inline_script_by_hash() {
        let dist = tempfile::tempdir().unwrap();
        std::fs::write(
            dist.path().join("index.html"),
            "<script type=\"module\">init()</script>",
        )
        .unwrap();
        let policy = content_security_policy(dist.path());
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"init()"));
        assert!(policy.contains(&format!("'sha256-{expected}'")), "{policy}");
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(!policy.contains("unsafe-inline"));
    }
}

//! Serving the built single-page app: precompressed assets, immutable caching for hashed
//! files, and for every client-side route the page of the bundle that serves it
//! (`common::Bundle`: `/team…` gets `team.html`, everything else `index.html`, and so on).

use axum::extract::Request;
use axum::http::header::{HeaderValue, CACHE_CONTROL, CONTENT_TYPE};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;
use common::Bundle;
use std::path::Path;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// The SPA under `/`, from trunk's output folder.
pub fn router(dist: &Path) -> Router {
    if !dist.join("index.html").exists() {
        tracing::warn!(dist = %dist.display(), "the web app is not built; run `cargo xtask build` first");
    }
    let files = ServeDir::new(dist).precompressed_br().precompressed_gzip();
    let page = |name: &str| {
        // A build from before the bundles (or a test's) has only index.html.
        let file = Some(dist.join(name))
            .filter(|file| file.exists())
            .unwrap_or_else(|| dist.join("index.html"));
        ServeFile::new(file).precompressed_br().precompressed_gzip()
    };
    let pages: Vec<(Bundle, ServeFile)> = Bundle::ALL
        .into_iter()
        .map(|bundle| (bundle, page(bundle.html())))
        .collect();
    // A client-side route (no file extension) gets its bundle's page; a missing asset gets a
    // 404, never HTML that a browser would then cache under the asset's name.
    let serve = move |request: Request| {
        let path = request.uri().path();
        let is_file = path
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'));
        let bundle = Bundle::for_path(path);
        let files = files.clone();
        let page = pages
            .iter()
            .find(|(b, _)| *b == bundle)
            .map(|(_, page)| page.clone());
        async move {
            match page {
                Some(page) if !is_file => page.oneshot(request).await.into_response(),
                _ => files.oneshot(request).await.into_response(),
            }
        }
    };
    let router = Router::new();
    let router = match service_worker(dist) {
        Some(script) => router.route(
            "/sw.js",
            axum::routing::get(move || {
                let script = script.clone();
                async move {
                    (
                        [(
                            CONTENT_TYPE,
                            HeaderValue::from_static("text/javascript; charset=utf-8"),
                        )],
                        script,
                    )
                }
            }),
        ),
        None => router,
    };
    router
        .fallback(serve)
        .layer(axum::middleware::from_fn(cache_control))
}

/// The service worker with this build's id in it, and the bundles' pages by address. A
/// browser installs a new worker only when the script's bytes change, so every deployment (new
/// pages) gets a worker whose caches have new names and whose activation deletes the old ones:
/// stale WASM is not served once the new build has been seen.
fn service_worker(dist: &Path) -> Option<String> {
    use sha2::{Digest, Sha256};
    let script = std::fs::read_to_string(dist.join("sw.js")).ok()?;
    let mut digest = Sha256::new();
    for bundle in Bundle::ALL {
        digest.update(std::fs::read(dist.join(bundle.html())).unwrap_or_default());
    }
    let build: String = digest.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Some(
        script
            .replace("__DIGIKOMP_BUILD__", &build)
            .replace("\"__DIGIKOMP_PAGES__\"", &pages_for_worker(dist)),
    )
}

/// `[["/me/self-assessment", "/assess.html"], ["/team", "/team.html"], …]`, longest prefix
/// first: the page of each bundle with addresses of its own, for the service worker to answer
/// offline with the right one (`/index.html` for the rest).
fn pages_for_worker(dist: &Path) -> String {
    let pages: Vec<String> = Bundle::by_prefix()
        .into_iter()
        .filter(|(_, bundle)| dist.join(bundle.html()).exists())
        .map(|(prefix, bundle)| format!("[\"/{prefix}\", \"/{}\"]", bundle.html()))
        .collect();
    format!("[{}]", pages.join(", "))
}

async fn cache_control(request: Request, next: Next) -> Response {
    let immutable = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    let value = if immutable && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

/// Trunk names built assets `name-<hex digits>.ext` (or `_bg.wasm`); their content never
/// changes under the same name, so browsers may keep them for a year. The hash is a 64-bit
/// number written without leading zeros, so it is sometimes shorter than 16 digits.
fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = file.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() >= 12 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn recognises_trunk_hashes() {
        assert!(is_hashed_asset("/frontend-3f2a9c0d1e4b5a67.js"));
        assert!(is_hashed_asset("/frontend-3f2a9c0d1e4b5a67_bg.wasm"));
        assert!(is_hashed_asset("/style-0123456789abcdef.css"));
        assert!(is_hashed_asset("/frontend-3f2a9c0d1e4b5a6.js"), "15 digits");
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/courses/phishing-at-work"));
        assert!(!is_hashed_asset("/favicon.svg"));
    }
}

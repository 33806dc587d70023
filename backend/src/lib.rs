//! The Digikomp server as a library: `main.rs`, the shuttle entry point and the tests all
//! build the app through [`app`] and [`router`].

pub mod auth;
pub mod cli;
pub mod competence;
pub mod config;
pub mod courses;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod export;
pub mod extract;
pub mod hr_import;
pub mod library;
pub mod progress;
pub mod report;
pub mod routes;
pub mod security;
pub mod seed;
#[cfg(feature = "shuttle")]
pub mod shuttle;
pub mod spa;
pub mod state;
pub mod team;

use axum::Router;
use config::Config;
use state::AppState;
use std::sync::Arc;
use tower_http::trace::TraceLayer;

/// Everything Digikomp serves: `/api/*`, `/api/openapi.json` and the web app.
pub fn router(state: AppState, dist: &std::path::Path) -> Router {
    let (api, openapi) = routes::api();
    let openapi_json = axum::routing::get(move || std::future::ready(axum::Json(openapi.clone())));
    let api = api
        .route("/api/openapi.json", openapi_json)
        .route("/api", axum::routing::any(routes::not_found))
        .route("/api/{*rest}", axum::routing::any(routes::not_found))
        .layer(axum::middleware::from_fn_with_state(
            state.reports.clone(),
            report::invalidate_on_write,
        ))
        .with_state(state);
    let csp = axum::http::HeaderValue::from_str(&security::content_security_policy(dist))
        .unwrap_or_else(|_| axum::http::HeaderValue::from_static("default-src 'self'"));
    api.merge(spa::router(dist))
        .layer(axum::middleware::from_fn(security::same_origin))
        .layer(axum::middleware::from_fn(move |request, next| {
            security::headers(csp.clone(), request, next)
        }))
        .layer(TraceLayer::new_for_http())
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Database(#[from] db::DbError),
    #[error("the competence framework is not usable:\n{0}")]
    Framework(String),
    #[error(transparent)]
    Demo(#[from] demo::SeedError),
    #[error("cannot listen on {0}: {1}")]
    Listen(std::net::SocketAddr, std::io::Error),
}

/// Connects the database, loads the courses and builds the router.
pub async fn app(config: &Config) -> Result<Router, StartError> {
    let db = db::connect(&config.database_url).await?;
    let catalog = load_catalog(&config.courses)?;
    if config.demo {
        demo::seed(&db, &catalog).await?;
        // A year of history for the report's trend, from the demo evidence's dates.
        report::snapshots::backfill(&db, &catalog, 12, db::now())
            .await
            .map_err(demo::SeedError::from)?;
    }
    let catalog = Arc::new(catalog);
    tokio::spawn(report::snapshots::keep(db.clone(), catalog.clone()));
    tokio::spawn(library::keep::keep(
        db.clone(),
        config.citizen_retention_days,
    ));
    Ok(router(
        AppState::new(db, catalog, config.timeouts()),
        &config.dist,
    ))
}

/// Adds a deployment-wide superadmin (the `digikomp superadmin add` command).
pub async fn add_superadmin(
    database_url: &str,
    email: &str,
    name: &str,
    password: &str,
) -> Result<(), String> {
    let db = db::connect(database_url)
        .await
        .map_err(|err| err.to_string())?;
    add_superadmin_to(&db, email, name, password).await
}

/// Adds a superadmin to a connected database.
pub async fn add_superadmin_to(
    db: &db::Db,
    email: &str,
    name: &str,
    password: &str,
) -> Result<(), String> {
    let email = domain::Email::parse(email)?;
    let name = domain::Name::parse(name)?;
    if password.chars().count() < auth::password::MIN_LENGTH {
        return Err(format!(
            "the password must be at least {} characters long",
            auth::password::MIN_LENGTH
        ));
    }
    let hash = auth::password::hash(password).map_err(|err| err.to_string())?;
    let mut conn = db.pool.acquire().await.map_err(|err| err.to_string())?;
    let id = uuid::Uuid::new_v4().to_string();
    db::people::insert(
        &mut conn,
        &db::people::PersonFields {
            id: &id,
            municipality_id: None,
            unit_id: None,
            name: name.as_str(),
            email: Some(email.as_str()),
            employee_number: None,
            active: true,
            superadmin: true,
        },
        Some(&hash),
        db::now(),
    )
    .await
    .map_err(|err| {
        error::AppError::unless_duplicate(err, || {
            format!("someone already signs in as {}", email.as_str())
        })
        .to_string()
    })
}

/// Loads the courses; an invalid course is logged and left out, the rest are served.
pub fn load_catalog(dir: &std::path::Path) -> Result<courses::Catalog, StartError> {
    let (catalog, problems) = courses::Catalog::load(dir).map_err(|problems| {
        StartError::Framework(
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
        )
    })?;
    for problem in &problems {
        tracing::warn!(%problem, "course left out");
    }
    tracing::info!(courses = catalog.len(), "courses loaded");
    Ok(catalog)
}

/// Runs the server until Ctrl-C or SIGTERM, then finishes the requests under way.
pub async fn serve(config: Config) -> Result<(), StartError> {
    let app = app(&config).await?;
    let address = std::net::SocketAddr::from((config.host, config.port));
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|err| StartError::Listen(address, err))?;
    let local = listener
        .local_addr()
        .map_err(|err| StartError::Listen(address, err))?;
    let shown_host = if local.ip().is_loopback() {
        "localhost".to_owned()
    } else {
        local.ip().to_string()
    };
    tracing::info!(
        "Digikomp is running at http://{shown_host}:{}/",
        local.port()
    );
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .map_err(|err| StartError::Listen(local, err))?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(%err, "cannot listen for Ctrl-C");
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => tracing::error!(%err, "cannot listen for SIGTERM"),
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

//! The shuttle-axum entry point, kept compiling with `--features shuttle`. It builds the
//! same router as `digikomp serve`, configured the same way.

use crate::config::{Config, Overrides};

/// Builds the app for a shuttle-style runtime.
pub async fn service() -> shuttle_axum::ShuttleAxum {
    let config =
        Config::load(None, Overrides::default()).map_err(shuttle_runtime::CustomError::new)?;
    let router = crate::app(&config)
        .await
        .map_err(shuttle_runtime::CustomError::new)?;
    Ok(router.into())
}

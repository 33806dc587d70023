use crate::auth::session::Timeouts;
use crate::auth::throttle::LoginThrottle;
use crate::courses::Catalog;
use crate::db::Db;
use std::sync::Arc;

/// What every handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub db: Db,
    pub catalog: Arc<Catalog>,
    pub timeouts: Timeouts,
    pub throttle: Arc<LoginThrottle>,
    pub reports: Arc<crate::report::cache::ReportCache>,
}

impl AppState {
    pub fn new(db: Db, catalog: Arc<Catalog>, timeouts: Timeouts) -> Self {
        AppState {
            db,
            catalog,
            timeouts,
            throttle: Arc::default(),
            reports: Arc::default(),
        }
    }
}

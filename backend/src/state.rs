use crate::auth::session::Timeouts;
use crate::auth::throttle::Throttle;
use crate::courses::Catalog;
use crate::db::Db;
use crate::progress::ProgressWriter;
use std::sync::Arc;

/// What every handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub db: Db,
    pub catalog: Arc<Catalog>,
    pub timeouts: Timeouts,
    pub throttle: Arc<Throttle>,
    pub reports: Arc<crate::report::cache::ReportCache>,
    /// The group commit of progress events.
    pub progress: ProgressWriter,
}

impl AppState {
    /// The state, with the progress writer started on the current Tokio runtime.
    pub fn new(db: Db, catalog: Arc<Catalog>, timeouts: Timeouts) -> Self {
        AppState {
            progress: ProgressWriter::start(db.clone()),
            db,
            catalog,
            timeouts,
            throttle: Arc::default(),
            reports: Arc::default(),
        }
    }
}

use crate::courses::Catalog;
use crate::db::Db;
use std::sync::Arc;

/// What every handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub db: Db,
    pub catalog: Arc<Catalog>,
}

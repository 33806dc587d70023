//! The organisation report: the share of staff meeting the minimum levels, and its CSV.

use super::{get, ApiError};
use common::{Lang, OrgReport};

/// The report over the part of `municipality` the signed-in admin administers.
pub async fn show(municipality: &str) -> Result<OrgReport, ApiError> {
    get(&format!("/api/municipalities/{municipality}/report")).await
}

/// Where the browser downloads the report as CSV, with its headers in `lang`.
pub fn csv_url(municipality: &str, lang: Lang) -> String {
    format!("/api/municipalities/{municipality}/report.csv?lang={lang}")
}

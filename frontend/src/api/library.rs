//! The guide's side of library digital-help sessions: start one, follow it live, answer help
//! requests, end it; and the libraries' statistics per month.

use super::{get, post, ApiError};
use common::{CreateLibrarySession, Lang, LibrarySession, LibraryStatistics, LiveSession};

/// Starts a session; the answer carries the join code to show the room.
pub async fn start(body: &CreateLibrarySession, lang: Lang) -> Result<LibrarySession, ApiError> {
    post(&format!("/api/library-sessions?lang={lang}"), body).await
}

/// The newest sessions at the guide's libraries, running ones first.
pub async fn sessions(lang: Lang) -> Result<Vec<LibrarySession>, ApiError> {
    get(&format!("/api/library-sessions?lang={lang}")).await
}

/// The live view of one session: who is in it and who waits for help.
pub async fn live(id: &str, lang: Lang) -> Result<LiveSession, ApiError> {
    get(&format!("/api/library-sessions/{}?lang={lang}", encode(id))).await
}

/// Marks a participant's help request as answered.
pub async fn answer(id: &str, participant: &str) -> Result<(), ApiError> {
    let url = format!(
        "/api/library-sessions/{}/participants/{}/answer",
        encode(id),
        encode(participant)
    );
    post(&url, &()).await
}

/// Ends the session: the code stops working, nicknames are deleted, the counts remain.
pub async fn end(id: &str, lang: Lang) -> Result<LibrarySession, ApiError> {
    post(
        &format!("/api/library-sessions/{}/end?lang={lang}", encode(id)),
        &(),
    )
    .await
}

/// The QR code of the join link, as an image address.
pub fn qr_url(id: &str) -> String {
    format!("/api/library-sessions/{}/qr.svg", encode(id))
}

/// The ended sessions of the libraries in the unit's subtree, per library and month.
pub async fn statistics(unit: &str, lang: Lang) -> Result<LibraryStatistics, ApiError> {
    get(&format!(
        "/api/units/{}/library-statistics?lang={lang}",
        encode(unit)
    ))
    .await
}

/// Where the browser downloads the same statistics as CSV, headers in `lang`.
pub fn statistics_csv_url(unit: &str, lang: Lang) -> String {
    format!(
        "/api/units/{}/library-statistics.csv?lang={lang}",
        encode(unit)
    )
}

fn encode(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}

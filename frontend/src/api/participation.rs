//! Taking part in a library session without an account: join with the code, then say where
//! one is and ask for help with the secret from joining in the `Digikomp-Participant` header.

use super::{json, parse, post, send, ApiError};
use common::{JoinLibrarySession, Joined, Lang, ParticipantActivity, Participation};
use gloo_net::http::{Request, RequestBuilder};

const HEADER: &str = "Digikomp-Participant";
const BASE: &str = "/api/library-sessions/participation";

/// `POST /api/library-sessions/join`: 404 for a code that opens no running session.
pub async fn join(body: &JoinLibrarySession, lang: Lang) -> Result<Joined, ApiError> {
    post(&format!("/api/library-sessions/join?lang={lang}"), body).await
}

/// `GET /api/library-sessions/participation`: `running` is false once the session has ended.
pub async fn show(token: &str, lang: Lang) -> Result<Participation, ApiError> {
    let request = Request::get(&format!("{BASE}?lang={lang}")).header(HEADER, token);
    parse(&send(request.build()).await?)
}

/// `PUT …/participation/activity`: 410 once the session has ended.
pub async fn activity(token: &str, activity: &ParticipantActivity) -> Result<(), ApiError> {
    let request = as_participant(Request::put(&format!("{BASE}/activity")), token);
    parse(&send(json(request, activity)).await?)
}

/// `POST …/participation/help`: 410 once the session has ended.
pub async fn ask_for_help(token: &str) -> Result<(), ApiError> {
    let request = as_participant(Request::post(&format!("{BASE}/help")), token);
    parse(&send(request.build()).await?)
}

fn as_participant(builder: RequestBuilder, token: &str) -> RequestBuilder {
    builder.header(HEADER, token)
}

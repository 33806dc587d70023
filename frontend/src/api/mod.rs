//! One function per API endpoint, all through one request helper that keeps the HTTP status
//! and the server's message when something goes wrong.

pub mod auth;
pub mod competence;
pub mod courses;
pub mod library;
pub mod organisation;
pub mod participation;
pub mod people;
pub mod progress;
pub mod report;
pub mod resume_codes;
pub mod team;

use common::ErrorBody;
use gloo_net::http::{Request, RequestBuilder};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A failed request: the status (0 when the server could not be reached) and a message.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub status: u16,
    pub message: String,
}

impl ApiError {
    fn unsent(err: gloo_net::Error) -> ApiError {
        ApiError {
            status: 0,
            message: err.to_string(),
        }
    }
}

pub async fn get<T: DeserializeOwned>(url: &str) -> Result<T, ApiError> {
    parse(&send(Request::get(url).build()).await?)
}

/// The body of a GET as text, such as a language's strings for the browser to parse.
pub async fn get_text(url: &str) -> Result<String, ApiError> {
    send(Request::get(url).build()).await
}

pub async fn post<B: Serialize, T: DeserializeOwned>(url: &str, body: &B) -> Result<T, ApiError> {
    parse(&send(json(Request::post(url), body)).await?)
}

pub async fn put<B: Serialize, T: DeserializeOwned>(url: &str, body: &B) -> Result<T, ApiError> {
    parse(&send(json(Request::put(url), body)).await?)
}

/// A POST whose body is plain text of the given type, such as a CSV file.
pub async fn post_text<T: DeserializeOwned>(
    url: &str,
    content_type: &str,
    text: &str,
) -> Result<T, ApiError> {
    let request = Request::post(url)
        .header("Content-Type", content_type)
        .body(text);
    parse(&send(request).await?)
}

fn json<B: Serialize>(builder: RequestBuilder, body: &B) -> Result<Request, gloo_net::Error> {
    let text = serde_json::to_string(body)?;
    builder
        .header("Content-Type", "application/json")
        .body(text)
}

// The helpers below are not generic, so every endpoint shares one copy of them in the WASM.

/// Sends the request and returns the body of a successful answer ("null" for 204 No Content,
/// which `()` accepts), or the status and the server's message.
async fn send(request: Result<Request, gloo_net::Error>) -> Result<String, ApiError> {
    let response = request
        .map_err(ApiError::unsent)?
        .send()
        .await
        .map_err(ApiError::unsent)?;
    let status = response.status();
    let body = response.text().await;
    if response.ok() {
        return match (status, body) {
            (204, _) => Ok("null".to_owned()),
            (_, Ok(text)) => Ok(text),
            (_, Err(err)) => Err(ApiError {
                status,
                message: err.to_string(),
            }),
        };
    }
    let message = body
        .ok()
        .and_then(|text| serde_json::from_str::<ErrorBody>(&text).ok())
        .map_or_else(|| response.status_text(), |body| body.error);
    Err(ApiError { status, message })
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    serde_json::from_str(text).map_err(|err| ApiError {
        status: 200,
        message: err.to_string(),
    })
}

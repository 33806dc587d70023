//! One function per API endpoint, all through one request helper that keeps the HTTP status
//! and the server's message when something goes wrong.

pub mod courses;

use common::ErrorBody;
use gloo_net::http::{Request, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A failed request: the status (0 when the server could not be reached) and a message.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub status: u16,
    pub message: String,
}

pub async fn get<T: DeserializeOwned>(url: &str) -> Result<T, ApiError> {
    read(Request::get(url).send().await).await
}

pub async fn post<B: Serialize, T: DeserializeOwned>(url: &str, body: &B) -> Result<T, ApiError> {
    let request = Request::post(url).json(body).map_err(|err| ApiError {
        status: 0,
        message: err.to_string(),
    })?;
    read(request.send().await).await
}

async fn read<T: DeserializeOwned>(sent: Result<Response, gloo_net::Error>) -> Result<T, ApiError> {
    let response = sent.map_err(|err| ApiError {
        status: 0,
        message: err.to_string(),
    })?;
    let status = response.status();
    if response.ok() {
        return response.json().await.map_err(|err| ApiError {
            status,
            message: err.to_string(),
        });
    }
    let message = match response.json::<ErrorBody>().await {
        Ok(body) => body.error,
        Err(_) => response.status_text(),
    };
    Err(ApiError { status, message })
}

//! The one error type of the API, and its single mapping to HTTP status codes.

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use common::ErrorBody;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    BadRequest(String),
    /// Nobody is signed in, or the session has ended.
    #[error("{0}")]
    Unauthorized(String),
    /// Signed in, but this needs a permission the person does not have.
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    TooManyRequests(String),
    /// Well-formed input that breaks a rule of the domain.
    #[error("{0}")]
    Unprocessable(String),
    #[error("{0}")]
    Conflict(String),
    /// It existed and has ended, such as a library session.
    #[error("{0}")]
    Gone(String),
    /// A request the framework refused before a handler ran (wrong content type, too large…).
    #[error("{1}")]
    Rejected(StatusCode, String),
    /// The database (or another dependency) does not answer.
    #[error("{0}")]
    Unavailable(String),
    /// Anything the client cannot fix; the details go to the log only.
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    pub fn internal(err: impl std::fmt::Display) -> Self {
        AppError::Internal(err.to_string())
    }

    fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Gone(_) => StatusCode::GONE,
            AppError::Rejected(status, _) => *status,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        let error = match self {
            AppError::Internal(detail) => {
                tracing::error!(%detail, "request failed");
                "Something went wrong on the server. Please try again later.".to_owned()
            }
            other => other.to_string(),
        };
        (status, axum::Json(ErrorBody { error })).into_response()
    }
}

impl AppError {
    /// A database error, with a unique-constraint violation explained by `message`.
    pub fn unless_duplicate(err: sqlx::Error, message: impl FnOnce() -> String) -> Self {
        match AppError::from(err) {
            AppError::Conflict(_) => AppError::Conflict(message()),
            other => other,
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        match &err {
            sqlx::Error::Database(db) if db.is_unique_violation() => {
                AppError::Conflict("This record already exists.".to_owned())
            }
            _ => AppError::internal(err),
        }
    }
}

impl From<JsonRejection> for AppError {
    fn from(rejection: JsonRejection) -> Self {
        match rejection {
            JsonRejection::JsonDataError(_) => AppError::Unprocessable(rejection.body_text()),
            _ => AppError::Rejected(rejection.status(), rejection.body_text()),
        }
    }
}

impl From<QueryRejection> for AppError {
    fn from(rejection: QueryRejection) -> Self {
        AppError::BadRequest(rejection.body_text())
    }
}

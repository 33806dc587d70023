//! Signing in and out, and who is signed in.

use super::{get, post, ApiError};
use common::{LoginRequest, Me};

pub async fn login(request: &LoginRequest) -> Result<Me, ApiError> {
    post("/api/auth/login", request).await
}

pub async fn logout() -> Result<(), ApiError> {
    post("/api/auth/logout", &()).await
}

/// The signed-in person; an `ApiError` with status 401 when nobody is.
pub async fn me() -> Result<Me, ApiError> {
    get("/api/me").await
}

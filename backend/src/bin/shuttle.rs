//! The shuttle-axum entry point: the same router as `digikomp serve`.

#[shuttle_runtime::main]
async fn main() -> shuttle_axum::ShuttleAxum {
    backend::shuttle::service().await
}

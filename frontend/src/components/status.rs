//! What a page shows while loading, or when loading failed.

use crate::api::ApiError;
use crate::i18n::use_i18n;
use yew::prelude::*;

#[component]
pub fn Loading() -> Html {
    let i18n = use_i18n();
    html! { <p class="status" role="status">{ i18n.t("loading") }</p> }
}

#[derive(Properties, PartialEq)]
pub struct FailedProps {
    pub error: ApiError,
}

/// A failed load: "not found" for a 404, the server's message otherwise.
#[component]
pub fn Failed(props: &FailedProps) -> Html {
    let i18n = use_i18n();
    let message = match props.error.status {
        404 => i18n.t("error-not-found"),
        0 => i18n.t("error-offline"),
        _ => i18n.t_with(
            "error-server",
            &[("message", props.error.message.clone().into())],
        ),
    };
    html! {
        <div class="notice notice-error" role="alert">
            <h1>{ i18n.t("error-title") }</h1>
            <p>{ message }</p>
        </div>
    }
}

//! Signing in with e-mail and password; the server sets an HttpOnly session cookie.

use crate::api;
use crate::components::form::{edit, error_text, Field};
use crate::i18n::{set_title, use_i18n};
use crate::learner::learner_id;
use crate::progress;
use crate::route::Route;
use crate::router::prelude::*;
use crate::session::{start_page, use_session};
use common::LoginRequest;
use yew::prelude::*;

#[component]
pub fn LoginPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let navigator = use_navigator();
    let form = use_state(|| LoginRequest {
        email: String::new(),
        password: String::new(),
        learner_id: None,
    });
    let problem = use_state(String::new);
    let sending = use_state(|| false);
    set_title(&i18n.t("login-title"));

    let onsubmit = {
        let (form, problem, sending, i18n) =
            (form.clone(), problem.clone(), sending.clone(), i18n.clone());
        let set = session.set.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *sending {
                return;
            }
            sending.set(true);
            problem.set(String::new());
            // Progress made on this device before signing in goes over to the person.
            let request = LoginRequest {
                learner_id: Some(learner_id()),
                ..(*form).clone()
            };
            let (request, problem, sending, i18n, set, navigator) = (
                request,
                problem.clone(),
                sending.clone(),
                i18n.clone(),
                set.clone(),
                navigator.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = api::auth::login(&request).await;
                sending.set(false);
                match result {
                    Ok(me) => {
                        // The new session replaces one whose sign-out did not get through.
                        progress::sign_out_pending(false);
                        if let Some(navigator) = navigator {
                            navigator.push(&start_page(&me));
                        }
                        set.emit(Some(me));
                    }
                    // The server's wording is not translated; these two cases are ours to say.
                    Err(error) => problem.set(match error.status {
                        401 => i18n.t("login-wrong"),
                        429 => i18n.t("login-too-many"),
                        _ => error_text(&i18n, &error),
                    }),
                }
            });
        })
    };

    let signed_in = session.me().map(|me| {
        html! {
            <p class="notice">
                { i18n.t_with("login-already", &[("name", me.name.clone().into())]) }{ " " }
                <Link<Route> to={start_page(&me)}>{ i18n.t("login-continue") }</Link<Route>>
            </p>
        }
    });
    html! {
        <section class="page narrow">
            <h1>{ i18n.t("login-title") }</h1>
            { for signed_in }
            <form class="card stack" {onsubmit}>
                { Field {
                    kind: "email",
                    autocomplete: "username",
                    required: true,
                    ..Field::new("login-email", i18n.t("login-email"), &form.email, edit(&form, |f, v| f.email = v))
                }.view() }
                { Field {
                    kind: "password",
                    autocomplete: "current-password",
                    required: true,
                    ..Field::new("login-password", i18n.t("login-password"), &form.password, edit(&form, |f, v| f.password = v))
                }.view() }
                <p class="notice-error" role="alert">{ (*problem).clone() }</p>
                <p><button type="submit">{ i18n.t("sign-in") }</button></p>
            </form>
            <p class="hint">{ i18n.t("login-help") }</p>
        </section>
    }
}

//! Who is signed in: asked of the server once at start, then kept up to date by the sign-in
//! and sign-out buttons, and shared through context like the language.

use crate::api;
use crate::components::status::Loading;
use crate::i18n::{set_title, I18n};
use crate::route::Route;
use crate::router::prelude::*;
use common::Me;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub enum SessionState {
    /// The answer to `GET /api/me` has not come yet.
    Unknown,
    SignedOut,
    SignedIn(Rc<Me>),
}

/// The session and a way to change it after signing in or out.
#[derive(Clone, PartialEq)]
pub struct Session {
    pub state: SessionState,
    pub set: Callback<Option<Me>>,
}

impl Session {
    pub fn me(&self) -> Option<Rc<Me>> {
        match &self.state {
            SessionState::SignedIn(me) => Some(me.clone()),
            _ => None,
        }
    }

    /// The signed-in person, or what a page shows instead: "loading…" or a sign-in prompt.
    pub fn signed_in(&self, i18n: &I18n) -> Result<Rc<Me>, Html> {
        match &self.state {
            SessionState::Unknown => Err(html! { <Loading /> }),
            SessionState::SignedOut => Err(refusal(
                i18n,
                "sign-in-needed-title",
                "sign-in-needed-text",
                Route::Login,
                "sign-in",
            )),
            SessionState::SignedIn(me) => Ok(me.clone()),
        }
    }

    /// Like [`Session::signed_in`], and also "no access" for someone who is not an admin.
    pub fn admin(&self, i18n: &I18n) -> Result<Rc<Me>, Html> {
        let me = self.signed_in(i18n)?;
        if me.is_admin() {
            Ok(me)
        } else {
            Err(refusal(
                i18n,
                "no-access-title",
                "no-access-text",
                Route::MyPage,
                "nav-my-page",
            ))
        }
    }
}

/// Where the app opens after signing in.
pub fn start_page(me: &Me) -> Route {
    if me.is_admin() {
        Route::Admin
    } else {
        Route::MyPage
    }
}

#[hook]
pub fn use_session() -> Session {
    use_context::<Session>().expect("SessionProvider wraps the app")
}

#[derive(Properties, PartialEq)]
pub struct ProviderProps {
    pub children: Html,
}

#[component]
pub fn SessionProvider(props: &ProviderProps) -> Html {
    let state = use_state(|| SessionState::Unknown);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // Anything but a signed-in answer (a 401, or no server at all) shows the
                // signed-out app; pages that need the server say so themselves.
                state.set(match api::auth::me().await {
                    Ok(me) => SessionState::SignedIn(Rc::new(me)),
                    Err(_) => SessionState::SignedOut,
                });
            });
        });
    }
    let set = {
        let state = state.clone();
        Callback::from(move |me: Option<Me>| {
            state.set(match me {
                Some(me) => SessionState::SignedIn(Rc::new(me)),
                None => SessionState::SignedOut,
            })
        })
    };
    let context = Session {
        state: (*state).clone(),
        set,
    };
    html! {
        <ContextProvider<Session> {context}>{ props.children.clone() }</ContextProvider<Session>>
    }
}

/// What a page shows instead of itself: the sign-in prompt for a signed-out visitor, or
/// "no access" for someone whose permissions do not cover it; with a link onwards.
fn refusal(i18n: &I18n, title: &str, text: &str, to: Route, link: &str) -> Html {
    set_title(&i18n.t(title));
    html! {
        <section class="page narrow">
            <h1>{ i18n.t(title) }</h1>
            <p>{ i18n.t(text) }</p>
            <p><Link<Route> {to} classes="button">{ i18n.t(link) }</Link<Route>></p>
        </section>
    }
}

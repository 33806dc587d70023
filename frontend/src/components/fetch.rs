//! Loading data for a page: a hook that refetches when its inputs change.

use crate::api::ApiError;
use crate::components::status::{Failed, Loading};
use std::future::Future;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, PartialEq)]
pub enum Load<T> {
    Loading,
    Loaded(Rc<T>),
    Failed(ApiError),
}

impl<T> Clone for Load<T> {
    fn clone(&self) -> Self {
        match self {
            Load::Loading => Load::Loading,
            Load::Loaded(value) => Load::Loaded(value.clone()),
            Load::Failed(err) => Load::Failed(err.clone()),
        }
    }
}

impl<T> Load<T> {
    /// The loaded value, or what the page shows instead: "loading…" or the error.
    pub fn ready(self) -> Result<Rc<T>, Html> {
        match self {
            Load::Loading => Err(html! { <Loading /> }),
            Load::Failed(error) => Err(html! { <Failed {error} /> }),
            Load::Loaded(value) => Ok(value),
        }
    }
}

/// Runs `fetch(deps)` whenever `deps` change; a late answer for old inputs is dropped.
#[hook]
pub fn use_fetch<D, T, F, Fut>(deps: D, fetch: F) -> Load<T>
where
    D: PartialEq + Clone + 'static,
    T: 'static,
    F: Fn(D) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let state = use_state(|| Load::Loading);
    let generation = use_mut_ref(|| 0u32);
    {
        let state = state.clone();
        use_effect_with(deps, move |deps| {
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            state.set(Load::Loading);
            let future = fetch(deps.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = future.await;
                if *generation.borrow() == mine {
                    state.set(match result {
                        Ok(value) => Load::Loaded(Rc::new(value)),
                        Err(err) => Load::Failed(err),
                    });
                }
            });
        });
    }
    (*state).clone()
}

/// The course `slug` in the content language, and that language.
#[hook]
pub fn use_course(slug: &str) -> (Load<common::Course>, common::Lang) {
    let lang = crate::components::content_link::use_content_lang();
    let load = use_fetch((slug.to_owned(), lang), |(slug, lang)| async move {
        crate::api::courses::show(&slug, lang).await
    });
    (load, lang)
}

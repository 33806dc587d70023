//! Loading data for a page: a hook that refetches when its inputs change.

use crate::api::ApiError;
use crate::components::status::{Failed, Loading};
use std::any::Any;
use std::future::Future;
use std::pin::Pin;
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
    use_loader(deps, fetch, false).0
}

/// [`use_fetch`] for lists that change under the user's hands: a callback fetches again, and
/// while any new fetch runs the old value stays on screen, so the forms, buttons and focus
/// around it survive a save, a new search or the next page.
#[hook]
pub fn use_reloadable<D, T, F, Fut>(deps: D, fetch: F) -> (Load<T>, Callback<()>)
where
    D: PartialEq + Clone + 'static,
    T: 'static,
    F: Fn(D) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    use_loader(deps, fetch, true)
}

#[hook]
fn use_loader<D, T, F, Fut>(deps: D, fetch: F, keep: bool) -> (Load<T>, Callback<()>)
where
    D: PartialEq + Clone + 'static,
    T: 'static,
    F: Fn(D) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    // Only this thin layer is generic: it counts changes of `deps` and boxes the fetch, so
    // the WASM holds one copy of the loading logic instead of one per page.
    let last = use_mut_ref(|| None::<D>);
    let changes = use_mut_ref(|| 0u32);
    if last.borrow().as_ref() != Some(&deps) {
        *changes.borrow_mut() += 1;
        *last.borrow_mut() = Some(deps.clone());
    }
    let start: Start = Rc::new(move || {
        let future = fetch(deps.clone());
        Box::pin(async move { future.await.map(|value| Rc::new(value) as Rc<dyn Any>) })
    });
    let changes = *changes.borrow();
    let (state, reload) = use_any_loader(changes, start, keep);
    let load = match state {
        None => Load::Loading,
        Some(Err(err)) => Load::Failed(err),
        Some(Ok(value)) => match value.downcast::<T>() {
            Ok(value) => Load::Loaded(value),
            Err(_) => Load::Loading,
        },
    };
    (load, reload)
}

type Loaded = Result<Rc<dyn Any>, ApiError>;
type Start = Rc<dyn Fn() -> Pin<Box<dyn Future<Output = Loaded>>>>;

/// Runs `start` whenever `changes` or a reload asks for it; `None` while loading.
#[hook]
fn use_any_loader(changes: u32, start: Start, keep: bool) -> (Option<Loaded>, Callback<()>) {
    let state = use_state(|| None::<Loaded>);
    let generation = use_mut_ref(|| 0u32);
    let version = use_state(|| 0u32);
    {
        let state = state.clone();
        use_effect_with((changes, *version), move |_| {
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            if !(keep && matches!(*state, Some(Ok(_)))) {
                state.set(None);
            }
            let future = start();
            wasm_bindgen_futures::spawn_local(async move {
                let result = future.await;
                if *generation.borrow() == mine {
                    state.set(Some(result));
                }
            });
        });
    }
    let reload = Callback::from(move |()| version.set(*version + 1));
    ((*state).clone(), reload)
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

//! Fetching the live view again and again: two seconds after each answer (so a slow server
//! never has two of our requests at once), at once when asked, never after unmount.

use crate::api::{self, ApiError};
use common::{Lang, LiveSession};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::{Rc, Weak};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long after an answer the view asks again, in milliseconds.
const POLL_EVERY: i32 = 2000;

/// One fetch that stores its answer and says whether to go on polling.
type Fetch = Rc<dyn Fn() -> Pin<Box<dyn Future<Output = bool>>>>;

struct Poller {
    alive: bool,
    in_flight: bool,
    /// Asked for while a fetch was under way: fetch again as soon as it is done.
    again: bool,
    timer: Option<i32>,
    fetch: Fetch,
    /// The timer's callback; it holds the poller weakly, so dropping the poller frees both.
    on_timer: Option<Closure<dyn Fn()>>,
}

type Shared = Rc<RefCell<Poller>>;

/// The session, fetched now and then every two seconds while it runs (and while `enabled`);
/// the last error, if the latest fetch failed; and a callback that fetches again at once.
#[hook]
pub fn use_live(
    id: AttrValue,
    lang: Lang,
    enabled: bool,
) -> (Option<Rc<LiveSession>>, Option<ApiError>, Callback<()>) {
    let live = use_state_eq(|| None::<Rc<LiveSession>>);
    let error = use_state_eq(|| None::<ApiError>);
    let poller = use_mut_ref(|| None::<Shared>);
    {
        let (live, error, poller) = (live.clone(), error.clone(), poller.clone());
        use_effect_with((id, lang, enabled), move |(id, lang, enabled)| {
            let (id, lang, enabled) = (id.to_string(), *lang, *enabled);
            let fetch: Fetch = Rc::new(move || {
                let (id, live, error) = (id.clone(), live.clone(), error.clone());
                Box::pin(async move {
                    match api::library::live(&id, lang).await {
                        Ok(answer) => {
                            let running = answer.session.code.is_some();
                            live.set(Some(Rc::new(answer)));
                            error.set(None);
                            running
                        }
                        Err(err) => {
                            // Offline a moment or a server hiccup: try again; gone: stop.
                            let retry = err.status == 0 || err.status >= 500;
                            error.set(Some(err));
                            retry
                        }
                    }
                })
            });
            let shared = enabled.then(|| start(fetch));
            *poller.borrow_mut() = shared.clone();
            move || {
                if let Some(shared) = shared {
                    stop(&shared);
                }
            }
        });
    }
    let refresh = Callback::from(move |()| {
        if let Some(shared) = poller.borrow().as_ref() {
            kick(shared);
        }
    });
    ((*live).clone(), (*error).clone(), refresh)
}

fn start(fetch: Fetch) -> Shared {
    let shared = Rc::new(RefCell::new(Poller {
        alive: true,
        in_flight: false,
        again: false,
        timer: None,
        fetch,
        on_timer: None,
    }));
    let weak: Weak<RefCell<Poller>> = Rc::downgrade(&shared);
    let on_timer: Closure<dyn Fn()> = Closure::new(move || {
        if let Some(shared) = weak.upgrade() {
            shared.borrow_mut().timer = None;
            kick(&shared);
        }
    });
    shared.borrow_mut().on_timer = Some(on_timer);
    kick(&shared);
    shared
}

/// Fetches now, or right after the fetch under way.
fn kick(shared: &Shared) {
    let mut poller = shared.borrow_mut();
    if !poller.alive {
        return;
    }
    if poller.in_flight {
        poller.again = true;
        return;
    }
    clear_timer(&mut poller);
    poller.in_flight = true;
    let future = (poller.fetch)();
    drop(poller);
    let shared = shared.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let go_on = future.await;
        let again = {
            let mut poller = shared.borrow_mut();
            poller.in_flight = false;
            std::mem::take(&mut poller.again)
        };
        if again {
            kick(&shared);
        } else if go_on {
            later(&shared);
        }
    });
}

fn later(shared: &Shared) {
    let mut poller = shared.borrow_mut();
    let Some(window) = web_sys::window().filter(|_| poller.alive) else {
        return;
    };
    let timer = poller.on_timer.as_ref().and_then(|callback| {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                POLL_EVERY,
            )
            .ok()
    });
    poller.timer = timer;
}

fn clear_timer(poller: &mut Poller) {
    if let (Some(handle), Some(window)) = (poller.timer.take(), web_sys::window()) {
        window.clear_timeout_with_handle(handle);
    }
}

/// On unmount: no timer left, no answer stored, the timer's callback freed.
fn stop(shared: &Shared) {
    let mut poller = shared.borrow_mut();
    poller.alive = false;
    clear_timer(&mut poller);
    poller.on_timer = None;
}

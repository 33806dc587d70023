//! Taking part in a library session. The secret from joining is kept in `sessionStorage`, so
//! it belongs to this tab only and is gone when the tab closes (library PCs are shared). The
//! provider tells the guide which course page the participant is on, looks at the session now
//! and then (every few seconds while help is on the way), and forgets the secret once the
//! session has ended.

use crate::api::{self, ApiError};
use crate::i18n::use_i18n;
use crate::route::Route;
use crate::router::prelude::*;
use common::{Joined, Lang, ParticipantActivity};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

const STORAGE_KEY: &str = "digikomp.participant";
/// The course whose last lesson was just finished: the next report says it is finished. In
/// `sessionStorage` too, as the page after a course's last lesson (its quiz) is in another
/// bundle and so loaded anew.
const FINISHING_KEY: &str = "digikomp.finishing";
/// How often the session is looked at while a guide is on the way, in milliseconds.
const POLL_WAITING: i32 = 5_000;
/// How often otherwise: enough to notice that the session has ended.
const POLL_IDLE: i32 = 30_000;

#[derive(Debug, Default, PartialEq)]
pub struct State {
    token: Option<Rc<str>>,
    view: Option<Rc<common::Participation>>,
    /// The session ended while this tab took part: say thank you until dismissed.
    ended: bool,
}

pub enum Change {
    Joined(Joined),
    Seen(common::Participation),
    HelpAsked,
    Ended,
    Dismissed,
}

impl Reducible for State {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let token = self.token.clone();
        match change {
            Change::Joined(joined) => {
                store(Some(&joined.token));
                Rc::new(State {
                    token: Some(joined.token.into()),
                    view: Some(Rc::new(joined.participation)),
                    ended: false,
                })
            }
            // An answer that comes after the end (or for no session) changes nothing.
            _ if token.is_none() && !matches!(change, Change::Dismissed) => self,
            Change::Seen(view) if view.running => Rc::new(State {
                token,
                view: Some(Rc::new(view)),
                ended: false,
            }),
            Change::HelpAsked => {
                let mut view = self.view.as_deref().cloned();
                if let Some(view) = &mut view {
                    view.help_waiting = true;
                }
                Rc::new(State {
                    token,
                    view: view.map(Rc::new),
                    ended: false,
                })
            }
            Change::Seen(_) | Change::Ended => {
                store(None);
                Rc::new(State {
                    token: None,
                    view: None,
                    ended: true,
                })
            }
            Change::Dismissed => Rc::new(State::default()),
        }
    }
}

/// The participant's side of a library session, shared through context.
#[derive(Clone, PartialEq)]
pub struct Participation {
    state: UseReducerHandle<State>,
}

impl Participation {
    /// Whether this tab takes part in a running session.
    pub fn active(&self) -> bool {
        self.state.token.is_some()
    }

    /// The session as last seen: library, topics, nickname, help waiting.
    pub fn view(&self) -> Option<Rc<common::Participation>> {
        self.state.view.clone()
    }

    /// The session this tab took part in has just ended.
    pub fn ended(&self) -> bool {
        self.state.ended
    }

    pub fn help_waiting(&self) -> bool {
        self.state.view.as_ref().is_some_and(|v| v.help_waiting)
    }

    pub fn joined(&self, joined: Joined) {
        self.state.dispatch(Change::Joined(joined));
    }

    /// Hides the thank-you note.
    pub fn dismiss(&self) {
        self.state.dispatch(Change::Dismissed);
    }

    /// "I need help": the guide sees it in the live view.
    pub async fn ask_for_help(&self) -> Result<(), ApiError> {
        let Some(token) = self.state.token.clone() else {
            return Ok(());
        };
        let result = api::participation::ask_for_help(&token).await;
        let dispatcher = self.state.dispatcher();
        match &result {
            Ok(()) => dispatcher.dispatch(Change::HelpAsked),
            Err(error) if error.status == 410 => dispatcher.dispatch(Change::Ended),
            Err(_) => {}
        }
        result.or_else(|error| {
            if error.status == 410 {
                Ok(())
            } else {
                Err(error)
            }
        })
    }

    /// The participant passed the quiz of `slug`: the session counts the course as finished.
    pub fn finished(&self, slug: &str) {
        if let Some(token) = self.state.token.clone() {
            report(token, slug.to_owned(), None, true, self.state.dispatcher());
        }
    }

    /// The participant finished the last lesson of `slug`: the report of the page they go on
    /// to says the course is finished.
    pub fn finishing(&self, slug: &str) {
        if let Some(storage) = session_storage().filter(|_| self.active()) {
            let _ = storage.set_item(FINISHING_KEY, slug);
        }
    }
}

#[hook]
pub fn use_participation() -> Participation {
    use_context::<Participation>().expect("ParticipationProvider wraps the app")
}

#[derive(Properties, PartialEq)]
pub struct ProviderProps {
    pub children: Html,
}

/// Inside the router, as it follows the route.
#[component]
pub fn ParticipationProvider(props: &ProviderProps) -> Html {
    let state = use_reducer(|| State {
        token: stored().map(Rc::from),
        ..State::default()
    });
    let lang = use_i18n().lang();
    let route = use_route::<Route>();
    let token = state.token.clone();
    {
        let dispatcher = state.dispatcher();
        use_effect_with((route, token.clone()), move |(route, token)| {
            // Reported by the next bundle's page instead, as this one is going.
            let place = route
                .as_ref()
                .filter(|_| !crate::route::leaving())
                .and_then(course_place);
            if let (Some(token), Some((slug, lesson))) = (token.clone(), place) {
                let finished = take_finishing().as_ref() == Some(&slug);
                report(token, slug, lesson, finished, dispatcher);
            }
        });
    }
    {
        // Now (after joining, on start with a kept secret, in another language), then on a timer.
        let dispatcher = state.dispatcher();
        let waiting = state.view.as_ref().is_some_and(|v| v.help_waiting);
        use_effect_with((token, waiting, lang), move |(token, waiting, lang)| {
            let every = if *waiting { POLL_WAITING } else { POLL_IDLE };
            let timer = token.clone().map(|token| {
                let lang = *lang;
                let look = move || refresh(token.clone(), lang, dispatcher.clone());
                look();
                Interval::new(every, look)
            });
            move || drop(timer)
        });
    }
    let context = Participation { state };
    html! {
        <ContextProvider<Participation> {context}>{ props.children.clone() }</ContextProvider<Participation>>
    }
}

/// The course (and lesson) a page is about, if it is one.
fn course_place(route: &Route) -> Option<(String, Option<u32>)> {
    match route {
        Route::Lesson { slug, number } => Some((slug.clone(), u32::try_from(*number).ok())),
        Route::Course { slug }
        | Route::Practice { slug }
        | Route::Quiz { slug }
        | Route::Handout { slug } => Some((slug.clone(), None)),
        _ => None,
    }
}

fn report(
    token: Rc<str>,
    course_slug: String,
    lesson: Option<u32>,
    finished: bool,
    dispatcher: UseReducerDispatcher<State>,
) {
    let activity = ParticipantActivity {
        course_slug,
        lesson,
        finished,
    };
    wasm_bindgen_futures::spawn_local(async move {
        // Anything but "ended" (offline, say) only costs the guide one update.
        if let Err(ApiError { status: 410, .. }) =
            api::participation::activity(&token, &activity).await
        {
            dispatcher.dispatch(Change::Ended);
        }
    });
}

fn refresh(token: Rc<str>, lang: Lang, dispatcher: UseReducerDispatcher<State>) {
    wasm_bindgen_futures::spawn_local(async move {
        match api::participation::show(&token, lang).await {
            Ok(view) => dispatcher.dispatch(Change::Seen(view)),
            Err(ApiError {
                status: 401 | 410, ..
            }) => dispatcher.dispatch(Change::Ended),
            Err(_) => {}
        }
    });
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// The course noted by [`Participation::finishing`], forgotten as it is read.
fn take_finishing() -> Option<String> {
    let storage = session_storage()?;
    let slug = storage.get_item(FINISHING_KEY).ok().flatten();
    let _ = storage.remove_item(FINISHING_KEY);
    slug
}

fn stored() -> Option<String> {
    session_storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
}

fn store(token: Option<&str>) {
    if let Some(storage) = session_storage() {
        let _ = match token {
            Some(token) => storage.set_item(STORAGE_KEY, token),
            None => storage.remove_item(STORAGE_KEY),
        };
    }
}

/// `setInterval` for as long as the value lives.
struct Interval {
    handle: Option<i32>,
    _tick: Closure<dyn Fn()>,
}

impl Interval {
    fn new(every: i32, tick: impl Fn() + 'static) -> Interval {
        let tick: Closure<dyn Fn()> = Closure::new(tick);
        let handle = web_sys::window().and_then(|w| {
            w.set_interval_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                every,
            )
            .ok()
        });
        Interval {
            handle,
            _tick: tick,
        }
    }
}

impl Drop for Interval {
    fn drop(&mut self) {
        if let (Some(window), Some(handle)) = (web_sys::window(), self.handle) {
            window.clear_interval_with_handle(handle);
        }
    }
}

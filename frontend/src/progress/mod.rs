//! Progress that is never lost. Finished lessons and quiz attempts are written to an outbox in
//! `localStorage` first and sent after: at once, when the app starts, when the browser comes
//! back online, and every 20 seconds while something waits. Each item carries an id made
//! here, so sending it twice stores it once.

mod engine;
mod outbox;
pub mod service_worker;

use crate::api::ApiError;
use crate::learner::learner_id;
use crate::session::{use_session, SessionState};
use common::{ProgressEvent, ProgressKind, QuizResult, QuizSubmission};
use engine::Shared;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How often a waiting outbox is tried again, in milliseconds.
const RETRY_EVERY: i32 = 20_000;
/// How long a quiz page waits for its grade before saying the answers are kept for later.
const QUIZ_PATIENCE: u32 = 15_000;
/// How long signing out waits for the outbox to empty.
const SIGN_OUT_PATIENCE: u32 = 5_000;

/// What the outbox is doing, for the status line and for pages.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SyncStatus {
    /// Items of the current learner not yet confirmed by the server.
    pub waiting: usize,
    pub sending: bool,
    /// The browser says it is offline, or the last try could not reach the server.
    pub offline: bool,
    /// Something was recorded or sent in this tab.
    pub active: bool,
    /// How many queued quiz attempts have been answered; pages waiting for one look again.
    pub graded: usize,
}

impl SyncStatus {
    /// `saved`, `waiting` or `sending`: the status line's `data-state`.
    pub fn state(&self) -> &'static str {
        if self.sending {
            "sending"
        } else if self.waiting > 0 {
            "waiting"
        } else {
            "saved"
        }
    }
}

/// What came of handing in a quiz attempt.
pub enum QuizSend {
    Graded(QuizResult),
    /// Kept in the outbox, to be graded later; `offline` when the server could not be reached.
    Queued {
        offline: bool,
    },
    Failed(ApiError),
}

/// The outbox, shared through context. Only bundles whose pages record progress have it
/// (`bundles::with_progress`); the shell finds none elsewhere.
#[derive(Clone)]
pub struct Progress {
    pub status: SyncStatus,
    engine: Shared,
    /// [`settle_engine`] and [`status_line`], called through pointers so that the shell,
    /// which every bundle has, does not pull the outbox into bundles without it.
    settle: fn(Shared) -> Pin<Box<dyn Future<Output = ()>>>,
    show_status: fn() -> Html,
}

impl PartialEq for Progress {
    fn eq(&self, other: &Self) -> bool {
        self.status == other.status && Rc::ptr_eq(&self.engine, &other.engine)
    }
}

impl Progress {
    /// Records that the learner finished `lesson` (counted from 1) of the course `slug`.
    /// A lesson already recorded in this tab or waiting in the outbox is not queued again.
    pub fn record_lesson(&self, slug: &str, lesson: usize) {
        let learner = learner_id();
        let lesson = u32::try_from(lesson).unwrap_or(u32::MAX);
        if lessons_done_here_by(slug, &learner).contains(&lesson) {
            return;
        }
        let event = ProgressEvent {
            id: crate::learner::random_uuid(),
            learner_id: learner,
            kind: ProgressKind::LessonCompleted,
            course_slug: slug.to_owned(),
            lesson,
            occurred_at: (web_sys::js_sys::Date::now() / 1000.0) as i64,
        };
        engine::record_event(&self.engine, event);
    }

    /// Queues a quiz attempt and waits a while for its grade.
    pub async fn submit_quiz(&self, slug: String, submission: QuizSubmission) -> QuizSend {
        let attempt = submission.id.clone();
        let done = engine::record_quiz(&self.engine, slug, submission);
        let engine = self.engine.clone();
        wait_until(QUIZ_PATIENCE, || {
            done.get() || engine::graded(&engine, &attempt).is_some()
        })
        .await;
        match engine::graded(&self.engine, &attempt) {
            Some(Ok(result)) => QuizSend::Graded(result),
            Some(Err(error)) => QuizSend::Failed(error),
            None => QuizSend::Queued {
                offline: engine::is_offline(&self.engine),
            },
        }
    }

    /// The grade of a queued attempt, once the outbox has sent it.
    pub fn graded(&self, attempt: &str) -> Option<Result<QuizResult, ApiError>> {
        engine::graded(&self.engine, attempt)
    }

    /// Sends what waits, for a few seconds at most: before signing out, while the session
    /// cookie still ties the progress to the person.
    pub async fn settle(&self) {
        (self.settle)(self.engine.clone()).await;
    }

    /// The line under the header that says whether progress has reached the server.
    pub fn status_line(&self) -> Html {
        (self.show_status)()
    }
}

fn status_line() -> Html {
    html! { <crate::components::progress_status::ProgressStatus /> }
}

fn settle_engine(engine: Shared) -> Pin<Box<dyn Future<Output = ()>>> {
    Box::pin(async move {
        let done = engine::pass_after_current(&engine);
        wait_until(SIGN_OUT_PATIENCE, || done.get()).await;
    })
}

/// Remembers that signing out did not reach the server (or forgets it after signing in):
/// nothing is sent until the old session is ended.
pub fn sign_out_pending(pending: bool) {
    outbox::set_sign_out_pending(pending);
}

#[hook]
pub fn use_progress() -> Progress {
    use_context::<Progress>().expect("ProgressProvider wraps the app")
}

/// Lessons of the course `slug` this learner finished on this device that the server may not
/// be able to tell about now: those waiting in the outbox and those sent from this tab.
pub fn lessons_done_here(slug: &str) -> Vec<u32> {
    lessons_done_here_by(slug, &learner_id())
}

fn lessons_done_here_by(slug: &str, learner: &str) -> Vec<u32> {
    let events = outbox::known_events().into_iter();
    events
        .filter(|e| e.course_slug == slug && e.learner_id == learner)
        .map(|e| e.lesson)
        .collect()
}

/// This learner's attempt at the quiz of `slug` still waiting to be graded, if any.
pub fn waiting_quiz(slug: &str) -> Option<QuizSubmission> {
    let learner = learner_id();
    let outbox = outbox::load();
    let mut quizzes = outbox.quizzes.into_iter();
    quizzes
        .find(|q| q.slug == slug && q.submission.learner_id == learner)
        .map(|q| q.submission)
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits until `ready` says so, looking every tenth of a second, for `max_ms` at most.
async fn wait_until(max_ms: u32, ready: impl Fn() -> bool) {
    let mut waited = 0;
    while !ready() && waited < max_ms {
        sleep(100).await;
        waited += 100;
    }
}

#[derive(Properties, PartialEq)]
pub struct ProviderProps {
    pub children: Html,
}

/// Holds the outbox's engine and sends it when the app starts, when the browser comes back
/// online, when someone signs in or out, and on a timer while something waits.
#[component]
pub fn ProgressProvider(props: &ProviderProps) -> Html {
    let status = use_state_eq(SyncStatus::default);
    let engine = {
        let status = status.clone();
        use_memo((), move |_| {
            engine::shared(Callback::from(move |new| status.set(new)))
        })
    };
    let session = use_session();
    {
        // Runs at start too. While the session is unknown, items of an earlier learner wait.
        let engine = (*engine).clone();
        let signed_out = session.state == SessionState::SignedOut;
        use_effect_with(signed_out, move |signed_out| {
            engine::set_signed_out(&engine, *signed_out);
            engine::kick(&engine);
        });
    }
    {
        let engine = (*engine).clone();
        use_effect_with((), move |_| listen(engine));
    }
    let context = Progress {
        status: *status,
        engine: (*engine).clone(),
        settle: settle_engine,
        show_status: status_line,
    };
    html! {
        <ContextProvider<Progress> {context}>{ props.children.clone() }</ContextProvider<Progress>>
    }
}

/// Sends on `online`, shows `offline` at once, and retries on a timer; undone on unmount.
fn listen(engine: Shared) -> impl FnOnce() {
    let on_online: Closure<dyn Fn()> = Closure::new({
        let engine = engine.clone();
        move || engine::came_online(&engine)
    });
    let on_offline: Closure<dyn Fn()> = Closure::new({
        let engine = engine.clone();
        move || engine::went_offline(&engine)
    });
    let on_timer: Closure<dyn Fn()> = Closure::new(move || engine::kick(&engine));
    let window = web_sys::window();
    let mut timer = None;
    if let Some(window) = &window {
        let _ =
            window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
        let _ =
            window.add_event_listener_with_callback("offline", on_offline.as_ref().unchecked_ref());
        timer = window
            .set_interval_with_callback_and_timeout_and_arguments_0(
                on_timer.as_ref().unchecked_ref(),
                RETRY_EVERY,
            )
            .ok();
    }
    move || {
        if let Some(window) = window {
            let _ = window
                .remove_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
            let _ = window.remove_event_listener_with_callback(
                "offline",
                on_offline.as_ref().unchecked_ref(),
            );
            if let Some(timer) = timer {
                window.clear_interval_with_handle(timer);
            }
        }
        drop((on_online, on_offline, on_timer));
    }
}

//! Sending the outbox: one pass at a time, each item removed only once the server has it.

use super::outbox::{self, Outbox, QueuedQuiz};
use super::SyncStatus;
use crate::api::progress::BatchOutcome;
use crate::api::{self, ApiError};
use crate::learner::learner_id;
use common::{ProgressBatch, ProgressEvent, QuizResult, QuizSubmission};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::Callback;

/// The server takes at most this many events in one request.
const MAX_BATCH: usize = 500;

pub type Shared = Rc<RefCell<Engine>>;

/// What the queue knows beyond the outbox itself. Never borrowed across an `.await`.
pub struct Engine {
    sending: bool,
    /// Something was queued while a pass was under way: make another pass after it.
    again: bool,
    /// The last pass could not reach the server at all.
    unreachable: bool,
    /// Something was recorded or sent in this tab, so "all saved" is worth saying.
    active: bool,
    /// Nobody is signed in, as far as we know.
    signed_out: bool,
    /// Quiz attempts the outbox sent, by attempt id, and what came of them.
    graded: Vec<(String, Result<QuizResult, ApiError>)>,
    publish: Callback<SyncStatus>,
}

pub fn shared(publish: Callback<SyncStatus>) -> Shared {
    Rc::new(RefCell::new(Engine {
        sending: false,
        again: false,
        unreachable: false,
        active: false,
        signed_out: false,
        graded: Vec::new(),
        publish,
    }))
}

/// Tells the provider what to show. The callback runs outside the borrow, as it may render.
pub fn publish(shared: &Shared) {
    let (status, publish) = {
        let engine = shared.borrow();
        let status = SyncStatus {
            waiting: outbox::load().count_for(&learner_id()),
            sending: engine.sending,
            offline: is_offline(shared),
            active: engine.active,
            graded: engine.graded.len(),
        };
        (status, engine.publish.clone())
    };
    publish.emit(status);
}

pub fn set_signed_out(shared: &Shared, signed_out: bool) {
    shared.borrow_mut().signed_out = signed_out;
}

pub fn came_online(shared: &Shared) {
    shared.borrow_mut().unreachable = false;
    kick(shared);
}

pub fn is_offline(shared: &Shared) -> bool {
    shared.borrow().unreachable || !navigator_online()
}

pub fn went_offline(shared: &Shared) {
    shared.borrow_mut().unreachable = true;
    publish(shared);
}

pub fn graded(shared: &Shared, attempt: &str) -> Option<Result<QuizResult, ApiError>> {
    let engine = shared.borrow();
    let found = engine.graded.iter().find(|(id, _)| id == attempt);
    found.map(|(_, outcome)| outcome.clone())
}

/// Queues an event and starts sending it.
pub fn record_event(shared: &Shared, event: ProgressEvent) {
    outbox::update(|outbox| outbox.events.push(event));
    shared.borrow_mut().active = true;
    kick(shared);
}

/// Queues a quiz attempt (replacing an earlier copy of it) and starts a pass; `done` turns
/// true when the pass has ended.
pub fn record_quiz(shared: &Shared, slug: String, submission: QuizSubmission) -> Rc<Cell<bool>> {
    outbox::update(|outbox| {
        outbox.quizzes.retain(|q| q.submission.id != submission.id);
        outbox.quizzes.push(QueuedQuiz { slug, submission });
    });
    shared.borrow_mut().active = true;
    publish(shared);
    pass_after_current(shared)
}

/// Starts a pass after the one under way, if any (which may have missed what was just
/// queued); the flag turns true when it has ended.
pub fn pass_after_current(shared: &Shared) -> Rc<Cell<bool>> {
    let done = Rc::new(Cell::new(false));
    let (shared, finished) = (shared.clone(), done.clone());
    wasm_bindgen_futures::spawn_local(async move {
        while shared.borrow().sending {
            super::sleep(100).await;
        }
        flush(shared).await;
        finished.set(true);
    });
    done
}

/// Starts a pass in the background, or asks the running one for another round.
pub fn kick(shared: &Shared) {
    wasm_bindgen_futures::spawn_local(flush(shared.clone()));
}

/// Sends everything that may be sent now, round after round while more is queued meanwhile.
async fn flush(shared: Shared) {
    {
        let mut engine = shared.borrow_mut();
        if engine.sending {
            engine.again = true;
            return;
        }
        // No "sending" flicker (and no announcement) every time the timer looks.
        if !has_sendable(&outbox::load(), engine.signed_out) {
            drop(engine);
            publish(&shared);
            return;
        }
        engine.sending = true;
        engine.again = false;
        engine.active = true;
    }
    publish(&shared);
    loop {
        let result = send_pass(&shared).await;
        let mut engine = shared.borrow_mut();
        engine.unreachable = result == Err(0);
        if result.is_err() || !std::mem::take(&mut engine.again) {
            engine.sending = false;
            break;
        }
    }
    publish(&shared);
}

/// Items queued under another learner id were left by someone who signed out on this browser
/// while offline. They are only sent while nobody is signed in, so they can never be credited
/// to the next person who signs in here.
fn sendable(learner: &str, current: &str, signed_out: bool) -> bool {
    learner == current || signed_out
}

fn has_sendable(outbox: &Outbox, signed_out: bool) -> bool {
    let current = learner_id();
    outbox
        .events
        .iter()
        .map(|e| &e.learner_id)
        .chain(outbox.quizzes.iter().map(|q| &q.submission.learner_id))
        .any(|learner| sendable(learner, &current, signed_out))
}

/// Whether a failure may pass by itself: no connection, a timeout, a busy or broken server.
/// Anything else will fail the same way every time, so retrying would only block the queue.
fn retry_later(status: u16) -> bool {
    matches!(status, 0 | 408 | 429) || status >= 500
}

/// One pass over the outbox: `Err(status)` when the server cannot take it now.
async fn send_pass(shared: &Shared) -> Result<(), u16> {
    finish_sign_out().await?;
    let current = learner_id();
    let signed_out = shared.borrow().signed_out;
    loop {
        let events: Vec<ProgressEvent> = outbox::load()
            .events
            .into_iter()
            .filter(|e| sendable(&e.learner_id, &current, signed_out))
            .take(MAX_BATCH)
            .collect();
        if events.is_empty() {
            break;
        }
        let ids: Vec<String> = events.iter().map(|e| e.id.clone()).collect();
        match api::progress::send_events(&ProgressBatch { events }).await {
            Ok(BatchOutcome::Stored) => outbox::confirm(&ids),
            Ok(BatchOutcome::Conflict(conflicting))
                if conflicting.iter().any(|id| ids.contains(id)) =>
            {
                // Nothing was stored: drop the clashing ids, and the loop sends the rest.
                outbox::remove(&conflicting);
            }
            Err(err) if retry_later(err.status) => return Err(err.status),
            Ok(BatchOutcome::Conflict(_)) | Err(_) => {
                warn("progress events refused by the server; dropped");
                outbox::remove(&ids);
            }
        }
    }
    let next_quiz = || {
        let mut quizzes = outbox::load().quizzes.into_iter();
        quizzes.find(|q| sendable(&q.submission.learner_id, &current, signed_out))
    };
    while let Some(queued) = next_quiz() {
        let result = api::courses::submit_quiz(&queued.slug, &queued.submission).await;
        if let Err(err) = &result {
            if retry_later(err.status) {
                return Err(err.status);
            }
        }
        let id = queued.submission.id;
        outbox::remove(std::slice::from_ref(&id));
        shared.borrow_mut().graded.push((id, result));
    }
    Ok(())
}

/// Ends a session whose sign-out did not reach the server before anything is sent: with its
/// cookie still valid, the next learner's progress would be credited to the person who left.
async fn finish_sign_out() -> Result<(), u16> {
    if !outbox::sign_out_pending() {
        return Ok(());
    }
    match api::auth::logout().await {
        Err(err) if retry_later(err.status) => Err(err.status),
        // Done, or refused because the session had ended anyway.
        _ => {
            outbox::set_sign_out_pending(false);
            Ok(())
        }
    }
}

fn navigator_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

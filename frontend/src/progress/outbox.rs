//! The outbox: what the learner did that the server has not confirmed yet, kept in
//! `localStorage` so that a closed tab, a lost connection or a crash loses nothing.

use common::{ProgressEvent, QuizSubmission};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;

const STORAGE_KEY: &str = "digikomp.outbox";
const SIGN_OUT_KEY: &str = "digikomp.sign-out-pending";

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Outbox {
    #[serde(default)]
    pub events: Vec<ProgressEvent>,
    #[serde(default)]
    pub quizzes: Vec<QueuedQuiz>,
}

/// A quiz attempt waiting to be graded.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QueuedQuiz {
    pub slug: String,
    pub submission: QuizSubmission,
}

impl Outbox {
    /// The items that belong to `learner`; the others were left by an earlier learner on this
    /// browser (see `Engine::flush`).
    pub fn count_for(&self, learner: &str) -> usize {
        let events = self.events.iter().filter(|e| e.learner_id == learner);
        let quizzes = self
            .quizzes
            .iter()
            .filter(|q| q.submission.learner_id == learner);
        events.count() + quizzes.count()
    }
}

thread_local! {
    /// The outbox when `localStorage` is missing or refuses to store (some private modes):
    /// then it lasts as long as the tab, which is still better than nothing.
    static MEMORY: RefCell<Option<Outbox>> = const { RefCell::new(None) };
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> Outbox {
    if let Some(outbox) = MEMORY.with(|m| m.borrow().clone()) {
        return outbox;
    }
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn save(outbox: Outbox) {
    let in_memory = MEMORY.with(|m| m.borrow().is_some());
    if !in_memory {
        let text = serde_json::to_string(&outbox).unwrap_or_default();
        if storage().is_some_and(|s| s.set_item(STORAGE_KEY, &text).is_ok()) {
            return;
        }
    }
    MEMORY.with(|m| *m.borrow_mut() = Some(outbox));
}

/// Changes the outbox as saved now. Nothing awaits in between, so a change made meanwhile
/// by this tab (say, a lesson finished while a batch was on its way) is never overwritten.
pub fn update(change: impl FnOnce(&mut Outbox)) {
    let mut outbox = load();
    change(&mut outbox);
    save(outbox);
}

thread_local! {
    /// Events this tab has sent: with the outbox, what is known to be done here even when
    /// the server cannot be asked.
    static SENT: RefCell<Vec<ProgressEvent>> = const { RefCell::new(Vec::new()) };
}

/// Drops the events with these ids, now stored by the server, and remembers them as sent.
pub fn confirm(ids: &[String]) {
    let sent: Vec<ProgressEvent> = load()
        .events
        .into_iter()
        .filter(|e| ids.contains(&e.id))
        .collect();
    SENT.with(|s| s.borrow_mut().extend(sent));
    remove(ids);
}

/// The events waiting here and those sent from this tab.
pub fn known_events() -> Vec<ProgressEvent> {
    let mut events = load().events;
    SENT.with(|s| events.extend(s.borrow().iter().cloned()));
    events
}

/// Drops the events and quiz attempts with these ids.
pub fn remove(ids: &[String]) {
    update(|outbox| {
        outbox.events.retain(|e| !ids.contains(&e.id));
        outbox.quizzes.retain(|q| !ids.contains(&q.submission.id));
    });
}

/// Whether a sign-out could not reach the server, so the session cookie may still be valid.
pub fn sign_out_pending() -> bool {
    storage().is_some_and(|s| s.get_item(SIGN_OUT_KEY).ok().flatten().is_some())
}

pub fn set_sign_out_pending(pending: bool) {
    if let Some(storage) = storage() {
        let _ = if pending {
            storage.set_item(SIGN_OUT_KEY, "1")
        } else {
            storage.remove_item(SIGN_OUT_KEY)
        };
    }
}

//! The anonymous learner id: a random UUID kept in this browser, no personal data.

const STORAGE_KEY: &str = "digikomp.learner";

pub fn learner_id() -> String {
    let Some(window) = web_sys::window() else { return String::new() };
    let storage = window.local_storage().ok().flatten();
    if let Some(existing) = storage.as_ref().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()) {
        return existing;
    }
    let id = window.crypto().map(|c| c.random_uuid()).unwrap_or_default();
    if let Some(storage) = storage {
        let _ = storage.set_item(STORAGE_KEY, &id);
    }
    id
}

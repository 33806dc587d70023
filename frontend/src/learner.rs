//! The anonymous learner id: a random UUID kept in this browser, no personal data.

const STORAGE_KEY: &str = "digikomp.learner";

/// This browser's learner id, made and saved on first use.
pub fn learner_id() -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let storage = window.local_storage().ok().flatten();
    if let Some(existing) = storage
        .as_ref()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
    {
        return existing;
    }
    let id = random_uuid();
    if let Some(storage) = storage {
        let _ = storage.set_item(STORAGE_KEY, &id);
    }
    id
}

/// Starts a new learner on this browser, so the next person at a shared computer does not
/// continue the progress of the one who just signed out.
pub fn new_learner_id() {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(STORAGE_KEY, &random_uuid());
    }
}

/// Continues as the learner a resume code belongs to: their earlier progress shows here now.
pub fn adopt_learner_id(id: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(STORAGE_KEY, id);
    }
}

/// A version 4 UUID from `crypto.getRandomValues`, which (unlike `crypto.randomUUID`) also
/// works on plain-HTTP intranet addresses.
pub fn random_uuid() -> String {
    let mut bytes = [0u8; 16];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

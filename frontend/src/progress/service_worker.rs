//! Registers `/sw.js`, which keeps the app and the lessons already opened readable offline.

use wasm_bindgen::JsValue;

/// Registers the service worker where the browser has one: not on plain-HTTP addresses other
/// than localhost, nor in some private modes. The app works the same without it, only not
/// offline.
pub fn register() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let supported = web_sys::js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false);
    if !supported {
        return;
    }
    let promise = navigator.service_worker().register("/sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        // A failed registration only means no offline reading; nothing to tell the learner.
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

//! Offline play: the service worker `sw.js` keeps every file of the build in the
//! browser, so after one visit the game opens in a meeting room with no network.
//! `scripts/precache` writes the build's file list into the worker at build time.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Register `sw.js`, which lives beside `index.html`, so its scope is the site the game
/// is served from (the build links its files from `/`). The game runs
/// without the worker (only not offline), so a failure is logged and nothing more.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Browsers offer service workers only to secure pages (https, localhost); opened over
    // plain http on the room's network `navigator.serviceWorker` is absent, and using it
    // would throw.
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let registration = navigator.service_worker().register("./sw.js");
    // wasm-bindgen's own spawn: Leptos' executor only exists once the app is mounted.
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = JsFuture::from(registration).await {
            leptos::logging::warn!("no offline copy: {}", crate::js_error::describe(&error));
        }
    });
}

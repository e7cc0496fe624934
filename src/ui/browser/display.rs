//! The screen itself: fullscreen on a button or key, and a wake lock that keeps a
//! projector or laptop from going to sleep while a session runs.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::state::AppState;

/// A class on the page's root element (`<html>`) while the calling component is on the
/// page, for the stylesheet's layout of its screen. A class rather than a `:has()`
/// selector: Chrome rechecks those on every change to the page, which cost up to 7 ms
/// of each action on a long game (issue 15). Call inside a component; `on` is tracked.
pub fn root_class_while(name: &'static str, on: impl Fn() -> bool + Send + Sync + 'static) {
    let set = move |value: bool| {
        if let Some(root) = document().document_element() {
            let _ = root.class_list().toggle_with_force(name, value);
        }
    };
    Effect::new(move |_| set(on()));
    on_cleanup(move || set(false));
}

pub fn is_fullscreen() -> bool {
    document().fullscreen_element().is_some()
}

/// Enter fullscreen, or leave it. Browsers only allow entering from a click or a key.
pub fn toggle_fullscreen() {
    if is_fullscreen() {
        document().exit_fullscreen();
    } else if let Some(root) = document().document_element() {
        let _ = root.request_fullscreen();
    }
}

pub fn leave_fullscreen() {
    if is_fullscreen() {
        document().exit_fullscreen();
    }
}

/// A signal that follows the document's fullscreen state.
pub fn fullscreen_signal() -> ReadSignal<bool> {
    let (fullscreen, set_fullscreen) = signal(is_fullscreen());
    let handle = window_event_listener_untyped("fullscreenchange", move |_| {
        set_fullscreen.set(is_fullscreen())
    });
    on_cleanup(move || handle.remove());
    fullscreen
}

/// Hold a screen wake lock while a session is running; ask again when the tab comes
/// back (browsers release the lock when it is hidden). A refusal is remembered, so the
/// facilitator can be told quietly.
pub fn keep_screen_on(app: AppState) {
    let running = app.room_memo(|_| true);
    let sentinel = StoredValue::new_local(None::<JsValue>);
    let request = move || {
        if !running.get_untracked() || sentinel.with_value(|s| s.as_ref().is_some_and(is_held)) {
            return;
        }
        let Some(promise) = wake_lock_request() else {
            app.wake_lock_refused.set(true);
            return;
        };
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(lock) => {
                    app.wake_lock_refused.set(false);
                    // The game may have ended meanwhile, or another request won.
                    let held = sentinel.with_value(|s| s.as_ref().is_some_and(is_held));
                    if running.get_untracked() && !held {
                        sentinel.set_value(Some(lock));
                    } else {
                        release(&lock);
                    }
                }
                Err(_) => app.wake_lock_refused.set(true),
            }
        });
    };
    Effect::new(move |_| {
        if running.get() {
            request();
        } else if let Some(lock) = sentinel.try_update_value(Option::take).flatten() {
            release(&lock);
        }
    });
    let handle = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            request();
        }
    });
    on_cleanup(move || handle.remove());
}

/// `navigator.wakeLock.request("screen")`, or `None` where the browser has no wake lock.
fn wake_lock_request() -> Option<js_sys::Promise> {
    let wake_lock = js_sys::Reflect::get(&window().navigator(), &"wakeLock".into()).ok()?;
    let request: js_sys::Function = js_sys::Reflect::get(&wake_lock, &"request".into())
        .ok()?
        .dyn_into()
        .ok()?;
    request
        .call1(&wake_lock, &"screen".into())
        .ok()?
        .dyn_into()
        .ok()
}

fn is_held(lock: &JsValue) -> bool {
    js_sys::Reflect::get(lock, &"released".into())
        .ok()
        .and_then(|released| released.as_bool())
        .is_some_and(|released| !released)
}

fn release(lock: &JsValue) {
    if let Ok(release) = js_sys::Reflect::get(lock, &"release".into()) {
        if let Ok(release) = release.dyn_into::<js_sys::Function>() {
            let _ = release.call0(lock);
        }
    }
}

/// When an on-screen keyboard shrinks the window, bring the field being typed in back
/// into view (the page layout itself does not move for it).
pub fn keep_typing_in_view() {
    let handle = window_event_listener_untyped("resize", move |_| {
        let Some(active) = document().active_element() else {
            return;
        };
        if active.matches("input, textarea").unwrap_or(false) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            active.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
    on_cleanup(move || handle.remove());
}

/// The fullscreen button, labelled for what it will do.
#[component]
pub fn FullscreenButton() -> impl IntoView {
    let app = crate::ui::state::use_app();
    let fullscreen = fullscreen_signal();
    view! {
        <button class="secondary fullscreen-button" on:click=move |_| toggle_fullscreen()>
            {move || app.t(if fullscreen.get() { crate::i18n::Msg::FullscreenOff } else { crate::i18n::Msg::FullscreenOn })}
        </button>
    }
}

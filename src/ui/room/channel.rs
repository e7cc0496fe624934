//! The BroadcastChannel the windows of one browser talk over (no network). Every message
//! read from it goes through the protocol's checks; what is refused, or is about a game
//! this window has nothing to do with, is dropped and counted on the page
//! (`<html data-dropped-messages>`), never acted on.

use std::cell::{Cell, OnceCell};

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::protocol::Message;

const CHANNEL: &str = "kernespillet-presenter";

thread_local! {
    static WINDOW_ID: OnceCell<String> = const { OnceCell::new() };
    static DROPPED: Cell<u32> = const { Cell::new(0) };
    static OPEN: OnceCell<web_sys::BroadcastChannel> = const { OnceCell::new() };
}

/// This window's id for the page's life: how the other windows tell it apart.
pub fn this_window() -> String {
    WINDOW_ID.with(|id| {
        id.get_or_init(|| format!("w-{:012x}", rand::random::<u64>() >> 16))
            .clone()
    })
}

/// Count a message dropped unread, where a test (or a curious facilitator) can see it.
pub fn count_dropped() {
    let count = DROPPED.with(|d| {
        d.set(d.get().saturating_add(1));
        d.get()
    });
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-dropped-messages", &count.to_string());
    }
}

/// Listen on the channel (once per window; the browser may give none). Messages are
/// checked before `on_message` sees them.
pub fn listen(on_message: impl Fn(Message) + 'static) {
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let handler =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            match ev.data().as_string().map(|text| Message::from_text(&text)) {
                Some(Ok(message)) => on_message(message),
                _ => count_dropped(),
            }
        });
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The channel lives as long as the page.
    handler.forget();
    OPEN.with(|open| {
        let _ = open.set(channel);
    });
}

/// Send to the other windows of this browser.
pub fn post(message: &Message) {
    OPEN.with(|open| {
        if let Some(channel) = open.get() {
            let _ = channel.post_message(&JsValue::from_str(&message.to_text()));
        }
    });
}

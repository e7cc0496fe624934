//! The channel a game's windows talk over, whatever the transports beneath it (today the
//! windows of one browser). Every message read goes through the protocol's checks; what
//! is refused, or is about a game this window has nothing to do with, is dropped and
//! counted on the page (`<html data-dropped-messages>`), never acted on.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;

use crate::protocol::{Message, Refused};

use super::transport::{Arrived, Broadcast, Transport};

thread_local! {
    static WINDOW_ID: OnceCell<String> = const { OnceCell::new() };
    static DROPPED: Cell<u32> = const { Cell::new(0) };
    static TRANSPORTS: RefCell<Vec<Box<dyn Transport>>> = const { RefCell::new(Vec::new()) };
    static OTHER_VERSION: OnceCell<ArcRwSignal<Option<u32>>> = const { OnceCell::new() };
}

/// The protocol version of the last message that came from another version of the app:
/// such a window cannot take part, and this one says so in words (`OtherVersionNotice`).
/// Reference-counted, not owned by whichever view first asked: it lives as long as the
/// page, however often the views that show it come and go.
pub fn other_version() -> ArcRwSignal<Option<u32>> {
    OTHER_VERSION.with(|v| v.get_or_init(|| ArcRwSignal::new(None)).clone())
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

/// Listen on the channel (once per window). Messages are checked before `on_message`
/// sees them.
pub fn listen(on_message: impl Fn(Message) + 'static) {
    let arrived: Arrived =
        Rc::new(
            move |text: Option<String>| match text.map(|text| Message::from_text(&text)) {
                Some(Ok(message)) => on_message(message),
                Some(Err(Refused::Version(version))) => {
                    count_dropped();
                    other_version().set(Some(version));
                }
                _ => count_dropped(),
            },
        );
    if let Some(broadcast) = Broadcast::open(arrived) {
        TRANSPORTS.with(|all| all.borrow_mut().push(Box::new(broadcast)));
    }
}

/// Send to the other windows of the game, by every transport there is.
pub fn post(message: &Message) {
    let text = message.to_text();
    TRANSPORTS.with(|all| {
        for transport in all.borrow().iter() {
            transport.send(&text);
        }
    });
}

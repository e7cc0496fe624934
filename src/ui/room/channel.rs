//! The channel a game's windows talk over, whatever the transports beneath it: the
//! windows of one browser, and a live link to each tablet on another device. Every
//! message read goes through the protocol's checks; what is refused, or is about a game
//! this window has nothing to do with, is dropped and counted on the page
//! (`<html data-dropped-messages>`), never acted on.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;

use crate::protocol::{Message, Refused};

use super::builds;
use super::transport::{Broadcast, Transport};

type Handler = Rc<dyn Fn(Message)>;

thread_local! {
    static WINDOW_ID: OnceCell<String> = const { OnceCell::new() };
    static DROPPED: Cell<u32> = const { Cell::new(0) };
    static HANDLER: RefCell<Option<Handler>> = const { RefCell::new(None) };
    static TRANSPORTS: RefCell<Vec<(u32, Rc<dyn Transport>)>> = const { RefCell::new(Vec::new()) };
    static NEXT_TRANSPORT: Cell<u32> = const { Cell::new(0) };
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

/// Read a message that arrived by any transport (`None`: it was not text), with the
/// protocol's checks; what is refused is counted, and another version noted.
pub fn read(text: Option<String>) -> Option<Message> {
    match text.map(|text| Message::from_text(&text)) {
        Some(Ok(message)) => {
            builds::note(&message);
            Some(message)
        }
        Some(Err(Refused::Version(version))) => {
            count_dropped();
            other_version().set(Some(version));
            None
        }
        _ => {
            count_dropped();
            None
        }
    }
}

/// Hand a checked message to whatever this window listens with.
pub fn deliver(message: Message) {
    let handler = HANDLER.with(|h| h.borrow().clone());
    if let Some(handler) = handler {
        handler(message);
    }
}

/// Listen on the channel: `on_message` sees every checked message from now on (a later
/// call takes over: a tablet that joined by a code goes on to play in the game). The
/// windows of this browser are listened to from the first call.
pub fn listen(on_message: impl Fn(Message) + 'static) {
    let first = HANDLER.with(|h| h.replace(Some(Rc::new(on_message))).is_none());
    if !first {
        return;
    }
    let arrived = Rc::new(|text: Option<String>| {
        if let Some(message) = read(text) {
            deliver(message);
        }
    });
    if let Some(broadcast) = Broadcast::open(arrived) {
        add_transport(Rc::new(broadcast));
    }
}

/// One more way for messages to travel (a tablet's live link); its number removes it.
pub fn add_transport(transport: Rc<dyn Transport>) -> u32 {
    let id = NEXT_TRANSPORT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    TRANSPORTS.with(|all| all.borrow_mut().push((id, transport)));
    id
}

pub fn remove_transport(id: u32) {
    TRANSPORTS.with(|all| all.borrow_mut().retain(|(i, _)| *i != id));
}

/// Send to the other windows of the game, by every transport there is, naming this
/// window's build.
pub fn post(message: Message) {
    let message = match builds::this_build() {
        Some(build) => message.from_build(&build),
        None => message,
    };
    let text = message.to_text();
    let transports: Vec<Rc<dyn Transport>> =
        TRANSPORTS.with(|all| all.borrow().iter().map(|(_, t)| t.clone()).collect());
    for transport in transports {
        transport.send(&message, &text);
    }
}

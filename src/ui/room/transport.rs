//! How messages travel between a game's windows, behind one small trait: a transport
//! carries text and nothing more. What the text says is checked by the channel
//! (`channel.rs`) the same whichever way it came, so a rule never knows how a message
//! travelled: the windows of one browser (`Broadcast`), or a live link to a device
//! (`ui/live/peer_link.rs`).

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::protocol::Message;

/// What a transport hands over as it arrives: the text, or `None` for anything that
/// is not text (which the channel drops and counts).
pub type Arrived = Rc<dyn Fn(Option<String>)>;

pub trait Transport {
    /// Send `message` (written out as `text`) to the windows at the other end, if any
    /// of them is one it is for.
    fn send(&self, message: &Message, text: &str);
}

/// The windows of this browser, over a BroadcastChannel: no network at all.
pub struct Broadcast(web_sys::BroadcastChannel);

const CHANNEL: &str = "kernespillet-presenter";

impl Broadcast {
    /// Open the channel (the browser may give none); what arrives goes to `arrived`.
    pub fn open(arrived: Arrived) -> Option<Broadcast> {
        let channel = web_sys::BroadcastChannel::new(CHANNEL).ok()?;
        let handler =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                arrived(ev.data().as_string())
            });
        channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        // The channel lives as long as the page.
        handler.forget();
        Some(Broadcast(channel))
    }
}

impl Transport for Broadcast {
    fn send(&self, _: &Message, text: &str) {
        let _ = self.0.post_message(&JsValue::from_str(text));
    }
}

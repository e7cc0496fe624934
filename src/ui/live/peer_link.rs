//! A live link as one more transport of the channel: what the facilitator's window
//! posts goes to the tablet at the other end if it is for that tablet, and what arrives
//! is read with the same checks as any message. The first message names the window at
//! the other end; a message that cannot be read, or claims to come from another window,
//! ends the link: a peer that sends garbage is dropped, never trusted.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use crate::protocol::{Body, Message};
use crate::ui::room::channel::{add_transport, deliver, read, remove_transport, this_window};
use crate::ui::room::transport::Transport;

use super::peer::Peer;

thread_local! {
    /// The windows the open links lead to: one link per window.
    static BOUND: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

pub struct PeerLink {
    peer: Rc<Peer>,
    /// Which of its side's connections this is (a team's offers are numbered).
    round: u8,
    /// The window at the other end, once it has said a word.
    window: RefCell<Option<String>>,
    transport: RefCell<Option<u32>>,
}

impl PeerLink {
    /// Put an open connection on the channel.
    pub fn open(peer: Rc<Peer>, round: u8) -> Rc<PeerLink> {
        let link = Rc::new(PeerLink {
            peer,
            round,
            window: RefCell::new(None),
            transport: RefCell::new(None),
        });
        let id = add_transport(link.clone());
        link.transport.replace(Some(id));
        link
    }

    /// Send straight to the other end, by this link only.
    pub fn send_here(&self, message: &Message) {
        self.peer.send(&message.to_text());
    }

    pub fn round(&self) -> u8 {
        self.round
    }

    /// The window at the other end, once known.
    pub fn window(&self) -> Option<String> {
        self.window.borrow().clone()
    }

    /// Something arrived: deliver it if it reads as a message from the window at the
    /// other end. `false`: it did not, and the link must end.
    pub fn arrived(&self, text: Option<String>) -> bool {
        let Some(message) = read(text) else {
            return false;
        };
        let known = self.window.borrow().clone();
        match known {
            Some(window) if window != message.from => return false,
            Some(_) => {}
            None => {
                // Not this window, and not a window another link already leads to.
                let taken = message.from == this_window()
                    || BOUND.with(|b| !b.borrow_mut().insert(message.from.clone()));
                if taken {
                    return false;
                }
                self.window.replace(Some(message.from.clone()));
            }
        }
        deliver(message);
        true
    }

    /// Take the link off the channel and close its connection.
    pub fn end(&self) {
        if let Some(id) = self.transport.take() {
            remove_transport(id);
        }
        if let Some(window) = self.window.borrow().as_ref() {
            BOUND.with(|b| b.borrow_mut().remove(window));
        }
        self.peer.close();
    }
}

impl Transport for PeerLink {
    fn send(&self, message: &Message, text: &str) {
        // The projector's view is for the room's screen, not for a tablet.
        if matches!(message.body, Body::View { .. }) {
            return;
        }
        // A message for one window goes down a link only once it is known to lead there.
        let for_other = match (&message.to, &*self.window.borrow()) {
            (Some(to), Some(window)) => to != window,
            (Some(_), None) => true,
            (None, _) => false,
        };
        if !for_other {
            self.peer.send(text);
        }
    }
}

//! The tablet's side of the live link: the team's join code read by the camera, the
//! answer made and shown as a code for the facilitator's camera, and the link on the
//! channel once it opens. If the facilitator's device cannot be reached on the network
//! within 15 seconds, the tablet says so (a guest Wi-Fi that keeps devices apart) and
//! shows the ways on.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::protocol::live::{AnswerCode, CodeProblem, JoinCode};

use super::peer::{LiveProblem, OnEvent, Peer, PeerEvent};
use super::peer_link::PeerLink;

/// How long the tablet looks for the facilitator's device before it says it cannot.
const SEE_EACH_OTHER_WITHIN: Duration = Duration::from_secs(15);
/// How long a live link may stop answering (a Wi-Fi hiccup) before the tablet gives it
/// up and offers the scan: with the browser's own few seconds, about as soon as the
/// facilitator's window notices.
const INTERRUPTED_AT_MOST: Duration = Duration::from_secs(3);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuestStatus {
    /// No link: the tablet asks for the team's code.
    Idle,
    /// The last code read could not be used.
    Unusable(CodeProblem),
    /// Making the answer.
    Answering,
    /// The answer is shown; `reachable`: the facilitator's device answers on the network.
    Showing {
        code: String,
        reachable: bool,
    },
    /// The facilitator's device has not been reached in 15 seconds.
    CannotSee {
        code: String,
    },
    Live,
    /// The link is gone: join again with one scan.
    Lost,
    Failed(LiveProblem),
}

/// The tablet's link, whichever screen shows it.
#[derive(Clone, Copy)]
pub struct LiveGuest {
    pub status: RwSignal<GuestStatus>,
    /// The team named by the last join code read.
    pub team: RwSignal<Option<usize>>,
    attempt: StoredValue<u32>,
    /// The live link stopped answering and has not come back yet.
    interrupted: StoredValue<bool>,
}

/// A connection, and its link on the channel once it is open.
type Connection = (Rc<Peer>, Option<Rc<PeerLink>>);

thread_local! {
    /// The connection being made, then its link once open.
    static CONNECTION: RefCell<Option<Connection>> = const { RefCell::new(None) };
}

impl LiveGuest {
    pub fn new() -> Self {
        LiveGuest {
            status: RwSignal::new(GuestStatus::Idle),
            team: RwSignal::new(None),
            attempt: StoredValue::new(0),
            interrupted: StoredValue::new(false),
        }
    }

    /// The codes in a camera frame: a join code starts the handshake (and the camera
    /// stops); any other code is said to be the wrong one. Answers whether to go on.
    pub fn codes_read(self, codes: Vec<String>) -> bool {
        for text in codes {
            match JoinCode::from_text(&text) {
                Ok(code) => {
                    self.answer(code);
                    return false;
                }
                Err(problem) => self.status.set(GuestStatus::Unusable(problem)),
            }
        }
        true
    }

    fn answer(self, code: JoinCode) {
        let attempt = self.attempt.get_value() + 1;
        self.attempt.set_value(attempt);
        end_connection();
        self.status.set(GuestStatus::Answering);
        self.team.set(Some(usize::from(code.team)));
        spawn_local(async move {
            let on_event: OnEvent = Rc::new(move |event| self.heard(attempt, event));
            match Peer::answer(&code.offer, on_event).await {
                Ok((peer, answer)) if self.attempt.try_get_value() == Some(attempt) => {
                    CONNECTION.with(|c| c.replace(Some((peer, None))));
                    let text = AnswerCode {
                        team: code.team,
                        round: code.round,
                        answer,
                    }
                    .to_text();
                    // A link that opened while the answer was made stays open.
                    if self.status.get_untracked() == GuestStatus::Answering {
                        self.status.set(GuestStatus::Showing {
                            code: text,
                            reachable: false,
                        });
                    }
                    set_timeout(move || self.look_again(attempt), SEE_EACH_OTHER_WITHIN);
                }
                Ok(_) => {}
                Err(problem) => self.status.set(GuestStatus::Failed(problem)),
            }
        });
    }

    /// Fifteen seconds on: not reached yet means the network keeps the devices apart.
    fn look_again(self, attempt: u32) {
        if self.attempt.try_get_value() != Some(attempt) {
            return;
        }
        if let GuestStatus::Showing {
            code,
            reachable: false,
        } = self.status.get_untracked()
        {
            self.status.set(GuestStatus::CannotSee { code });
        }
    }

    fn heard(self, attempt: u32, event: PeerEvent) {
        if self.attempt.try_get_value() != Some(attempt) {
            return;
        }
        match event {
            PeerEvent::Reachable => {
                self.interrupted.set_value(false);
                self.status.update(|status| match status {
                    GuestStatus::Showing { reachable, .. } => *reachable = true,
                    GuestStatus::CannotSee { code } => {
                        *status = GuestStatus::Showing {
                            code: std::mem::take(code),
                            reachable: true,
                        }
                    }
                    _ => {}
                })
            }
            PeerEvent::Open => {
                CONNECTION.with(|c| {
                    if let Some((peer, link)) = c.borrow_mut().as_mut() {
                        *link = Some(PeerLink::open(peer.clone(), 0));
                    }
                });
                self.status.set(GuestStatus::Live);
            }
            PeerEvent::Arrived(text) => {
                let link = CONNECTION.with(|c| c.borrow().as_ref().and_then(|(_, l)| l.clone()));
                if link.is_some_and(|link| !link.arrived(text)) {
                    self.lost();
                }
            }
            PeerEvent::Closed => self.lost(),
            PeerEvent::Interrupted => {
                self.interrupted.set_value(true);
                set_timeout(
                    move || {
                        let still = self.attempt.try_get_value() == Some(attempt)
                            && self.interrupted.try_get_value() == Some(true);
                        if still {
                            self.give_up();
                        }
                    },
                    INTERRUPTED_AT_MOST,
                );
            }
        }
    }

    /// The game has not answered on an open link for a while (the tablet's heartbeat
    /// says so): end it, so that the tablet offers to scan again.
    pub fn give_up(self) {
        if self.status.get_untracked() == GuestStatus::Live {
            end_connection();
            self.status.set(GuestStatus::Lost);
        }
    }

    /// The connection closed: a live link is lost, and an answer still shown is dead.
    fn lost(self) {
        end_connection();
        if matches!(
            self.status.get_untracked(),
            GuestStatus::Live | GuestStatus::Showing { .. }
        ) {
            self.status.set(GuestStatus::Lost);
        }
    }

    /// The window at the other end of the open link, once it has said a word.
    pub fn linked_window(self) -> Option<String> {
        CONNECTION.with(|c| {
            c.borrow()
                .as_ref()
                .and_then(|(_, link)| link.as_ref().and_then(|l| l.window()))
        })
    }
}

impl Default for LiveGuest {
    fn default() -> Self {
        Self::new()
    }
}

fn end_connection() {
    if let Some((peer, link)) = CONNECTION.with(|c| c.take()) {
        match link {
            Some(link) => link.end(),
            None => peer.close(),
        }
    }
}

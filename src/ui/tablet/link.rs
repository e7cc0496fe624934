//! A team's tablet and the facilitator's window: join the game (for a team, or first to
//! see its teams), show what the game sends, ask for each step with a number of its own
//! (kept across a reload), send again what was not yet applied when the facilitator's
//! window comes back, and keep saying "still here".

use std::time::Duration;

use leptos::prelude::*;

use crate::model::{Refusal, RoomView, TeamMay, TeamRequest};
use crate::protocol::{Body, Message};
use crate::storage::tablet as kept;
use crate::ui::room::channel::{count_dropped, listen, post, this_window};

/// How often a tablet says it is still there.
const HEARTBEAT: Duration = Duration::from_secs(5);

/// What the tablet knows of its link to the game.
#[derive(Clone, Copy)]
pub struct TabletLink {
    pub game: StoredValue<String>,
    /// The team it plays for, once chosen.
    pub team: RwSignal<Option<usize>>,
    /// The last request the game refused, and why (shown until the next step).
    pub refusal: RwSignal<Option<Refusal>>,
    /// Requests sent and not yet applied, by number.
    pending: StoredValue<Vec<(u64, TeamRequest)>>,
    /// The window that owns the game, once it has answered.
    owner: StoredValue<Option<String>>,
    device: StoredValue<String>,
}

impl TabletLink {
    /// Link this tablet to `game`: what the game sends lands in `received` and `may`.
    pub fn start(
        game: String,
        received: RwSignal<Option<RoomView>>,
        may: RwSignal<TeamMay>,
    ) -> Self {
        let device = kept::tablet_device(|| format!("d-{:012x}", rand::random::<u64>() >> 16));
        let link = TabletLink {
            team: RwSignal::new(kept::tablet_team(&game)),
            game: StoredValue::new(game),
            refusal: RwSignal::new(None),
            pending: StoredValue::new(Vec::new()),
            owner: StoredValue::new(None),
            device: StoredValue::new(device),
        };
        listen(move |message| link.heard(message, received, may));
        link.join();
        if let Ok(handle) = set_interval_with_handle(move || link.join(), HEARTBEAT) {
            on_cleanup(move || handle.clear());
        }
        let goodbye = window_event_listener_untyped("pagehide", move |_| link.send(Body::Bye));
        on_cleanup(move || goodbye.remove());
        link
    }

    fn send(&self, body: Body) {
        let message = Message::new(&self.game.get_value(), &this_window(), body);
        post(&match self.owner.get_value() {
            Some(owner) => message.to(&owner),
            None => message,
        });
    }

    /// Tell the game who this tablet plays for (or that it is choosing).
    fn join(&self) {
        let team = self.team.get_untracked();
        self.send(Body::Join {
            team,
            device: self.device.get_value(),
        });
    }

    /// Play for `team` from now on (or choose again, with none).
    pub fn choose(&self, team: Option<usize>) {
        self.team.set(team);
        kept::set_tablet_team(&self.game.get_value(), team);
        self.refusal.set(None);
        self.join();
    }

    /// Ask the game for a step. An idea is numbered with the request, so sending it
    /// again never adds it twice.
    pub fn ask(&self, request: TeamRequest) {
        let seq = kept::next_tablet_seq();
        let request = match request {
            TeamRequest::SaveIdea { text, .. } => TeamRequest::SaveIdea {
                n: seq as u32,
                text,
            },
            other => other,
        };
        self.refusal.set(None);
        self.pending
            .update_value(|p| p.push((seq, request.clone())));
        self.send(Body::Request { seq, request });
    }

    fn heard(
        &self,
        message: Message,
        received: RwSignal<Option<RoomView>>,
        may: RwSignal<TeamMay>,
    ) {
        let game = self.game.get_value();
        if message.game != game {
            count_dropped();
            return;
        }
        if !message.is_for(&game, &this_window()) {
            return;
        }
        match message.body {
            Body::TeamView {
                view,
                team,
                may: allowed,
                applied,
            } => {
                self.owner.set_value(Some(message.from));
                self.pending
                    .update_value(|p| p.retain(|(seq, _)| *seq > applied));
                if team == self.team.get_untracked() {
                    may.set(allowed);
                }
                received.set(Some(*view));
            }
            Body::Refused { seq, reason } => {
                self.pending.update_value(|p| p.retain(|(s, _)| *s != seq));
                self.refusal.set(Some(reason));
            }
            // The facilitator's window is back (reloaded, or taken over): join again and
            // send what it had not applied yet.
            Body::Ready => {
                self.owner.set_value(Some(message.from));
                self.join();
                for (seq, request) in self.pending.get_value() {
                    self.send(Body::Request { seq, request });
                }
            }
            Body::Bye if self.owner.with_value(|o| o.as_ref() == Some(&message.from)) => {
                self.owner.set_value(None);
                received.set(None);
            }
            Body::Bye
            | Body::Hello
            | Body::View { .. }
            | Body::Key { .. }
            | Body::Join { .. }
            | Body::Request { .. } => {}
        }
    }
}

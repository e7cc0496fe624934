//! A team's tablet and the facilitator's window: join the game (for a team, or first to
//! see its teams), show what the game sends, ask for each step with a number of its own
//! (kept across a reload), send again what was not yet applied when the facilitator's
//! window comes back, and keep saying "still here".

use std::time::Duration;

use leptos::prelude::*;

use crate::model::{Refusal, RoomView, TeamMay, TeamRequest};
use crate::protocol::{Body, Message};
use crate::storage::tablet as kept;
use crate::ui::browser::clock::now_ms;
use crate::ui::room::channel::{count_dropped, listen, post, this_window};

/// How often a tablet says it is still there.
const HEARTBEAT: Duration = Duration::from_secs(5);
/// Without a word from the game for this long, the game is gone for the tablet: the
/// facilitator's window answers every heartbeat, so this is two missed answers.
const SILENT_AFTER_MS: u64 = 12_000;

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
    /// When the game last answered (or the tablet started looking for it).
    heard_at: StoredValue<u64>,
    /// When the last heartbeat went out: a long gap means the tablet slept.
    beat_at: StoredValue<u64>,
    /// The game has not answered for a while: the tablet says so and offers the notebook.
    pub silent: RwSignal<bool>,
    /// The last view the game sent, kept after the game is gone (for the notebook).
    pub last_view: StoredValue<Option<RoomView>>,
    /// The view shown: none while the game is gone.
    received: RwSignal<Option<RoomView>>,
}

impl TabletLink {
    /// Link this tablet to `game`: what the game sends lands in `received` and `may`.
    pub fn start(
        game: String,
        received: RwSignal<Option<RoomView>>,
        may: RwSignal<TeamMay>,
    ) -> Self {
        let device = kept::tablet_device(|| format!("d-{:012x}", rand::random::<u64>() >> 16));
        // Asked for before a reload and not applied yet: still to be sent.
        let pending = kept::tablet_pending(&game);
        let link = TabletLink {
            team: RwSignal::new(kept::tablet_team(&game)),
            game: StoredValue::new(game),
            refusal: RwSignal::new(None),
            pending: StoredValue::new(pending),
            owner: StoredValue::new(None),
            device: StoredValue::new(device),
            heard_at: StoredValue::new(now_ms()),
            beat_at: StoredValue::new(now_ms()),
            silent: RwSignal::new(false),
            last_view: StoredValue::new(None),
            received,
        };
        listen(move |message| link.heard_message(message, received, may));
        link.join();
        link.send_pending();
        let beat = move || {
            let now = now_ms();
            // Asleep (or a background tab's slowed timers): the game had no chance to
            // answer, so the silence is counted from now.
            if now.saturating_sub(link.beat_at.get_value()) > 2 * HEARTBEAT.as_millis() as u64 {
                link.heard_at.set_value(now);
            }
            link.beat_at.set_value(now);
            link.join();
            if now.saturating_sub(link.heard_at.get_value()) > SILENT_AFTER_MS {
                // Gone without a goodbye (closed, crashed, asleep, out of reach).
                link.lost();
            }
        };
        if let Ok(handle) = set_interval_with_handle(beat, HEARTBEAT) {
            on_cleanup(move || handle.clear());
        }
        let goodbye = window_event_listener_untyped("pagehide", move |_| link.send(Body::Bye));
        on_cleanup(move || goodbye.remove());
        link
    }

    /// The game is gone for now: say so, and forget the window that owned it.
    pub fn lost(&self) {
        if self.silent.get_untracked() {
            return;
        }
        self.silent.set(true);
        self.owner.set_value(None);
        self.received.set(None);
    }

    fn send(&self, body: Body) {
        let message = Message::new(&self.game.get_value(), &this_window(), body);
        post(match self.owner.get_value() {
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
        self.keep_pending(|p| p.push((seq, request.clone())));
        self.send(Body::Request { seq, request });
    }

    /// Change the requests not yet applied, and keep them in the tab: a reload sends
    /// them again.
    fn keep_pending(&self, change: impl FnOnce(&mut Vec<(u64, TeamRequest)>)) {
        let before = self.pending.with_value(Vec::len);
        self.pending.update_value(change);
        let pending = self.pending.get_value();
        if pending.len() != before || !pending.is_empty() {
            kept::set_tablet_pending(&self.game.get_value(), &pending);
        }
    }

    /// Send again every request the game has not applied: it applies each at most once.
    fn send_pending(&self) {
        for (seq, request) in self.pending.get_value() {
            self.send(Body::Request { seq, request });
        }
    }

    /// The game answered: it is there.
    fn heard(&self) {
        self.heard_at.set_value(now_ms());
        if self.silent.get_untracked() {
            self.silent.set(false);
        }
    }

    fn heard_message(
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
                self.heard();
                self.owner.set_value(Some(message.from));
                self.last_view.set_value(Some((*view).clone()));
                self.keep_pending(|p| p.retain(|(seq, _)| *seq > applied));
                if team == self.team.get_untracked() {
                    may.set(allowed);
                }
                received.set(Some(*view));
            }
            Body::Refused { seq, reason } => {
                self.heard();
                self.keep_pending(|p| p.retain(|(s, _)| *s != seq));
                self.refusal.set(Some(reason));
            }
            // The facilitator's window is back (reloaded, or taken over): join again and
            // send what it had not applied yet.
            Body::Ready => {
                self.heard();
                self.owner.set_value(Some(message.from));
                self.join();
                self.send_pending();
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
            | Body::Request { .. }
            // A replay is for the room's screen; a tablet keeps showing the game.
            | Body::Replay { .. } => {}
        }
    }
}

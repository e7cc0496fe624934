//! The one way to read the game and the one way to change it.
//!
//! Views read what the room may see with `room` (every window has it) and the whole
//! game with `game` (only the facilitator's windows have it; the projector's gets the
//! default). Both track, so a view closure re-renders when its part changes; the
//! `_memo` variants re-render only when the value read changes. Changes go through
//! `play` (a model move that may be refused) or `edit` (a change that cannot be), and
//! only in the window whose role writes.

use leptos::prelude::*;

use crate::model::{GameError, Refusal, RoomView, Session, TeamRequest};
use crate::ui::browser::clock::now_ms;

/// Where ideas the facilitator's window writes come from, for `Session::act`.
const FACILITATOR: &str = "facilitator";

use super::AppState;

impl AppState {
    /// Read what the room may see of the game; `R::default()` while there is none.
    pub fn room<R: Default>(&self, read: impl FnOnce(&RoomView) -> R) -> R {
        self.room
            .with(|room| room.as_ref().map(read).unwrap_or_default())
    }

    /// A part of the room's view that tells its readers only when it changes.
    pub fn room_memo<R>(&self, read: impl Fn(&RoomView) -> R + Send + Sync + 'static) -> Memo<R>
    where
        R: Default + PartialEq + Clone + Send + Sync + 'static,
    {
        let app = *self;
        Memo::new(move |_| app.room(&read))
    }

    /// Read the whole game, the facilitator's own parts included; `R::default()` where
    /// this window does not hold it.
    pub fn game<R: Default>(&self, read: impl FnOnce(&Session) -> R) -> R {
        self.session
            .with(|session| session.as_ref().map(read).unwrap_or_default())
    }

    /// A part of the whole game that tells its readers only when it changes.
    pub fn game_memo<R>(&self, read: impl Fn(&Session) -> R + Send + Sync + 'static) -> Memo<R>
    where
        R: Default + PartialEq + Clone + Send + Sync + 'static,
    {
        let app = *self;
        Memo::new(move |_| app.game(&read))
    }

    /// Apply a move. A refused move leaves the game as it was and is reported; a legal
    /// one re-renders the views and is saved. Nothing happens in a window that does not
    /// write (it would be lost, or overwrite the owner's game).
    pub fn play<T, E>(&self, make_move: impl FnOnce(&mut Session) -> Result<T, E>) -> Option<T>
    where
        E: Into<GameError>,
    {
        match self.attempt(make_move)? {
            Ok(value) => {
                self.refused.set(None);
                Some(value)
            }
            Err(error) => {
                self.refused.set(Some(error.into()));
                None
            }
        }
    }

    /// Apply a change that may be refused and give its outcome to the caller, who says
    /// what a refusal means (a team's tablet is told why; the facilitator sees a notice
    /// through `play`). `None` where this window does not write or holds no game.
    pub fn attempt<T, E>(
        &self,
        change: impl FnOnce(&mut Session) -> Result<T, E>,
    ) -> Option<Result<T, E>> {
        if !self.role.get_untracked().writes() {
            return None;
        }
        let mut outcome = None;
        self.session.maybe_update(|session| {
            let Some(session) = session else {
                return false;
            };
            let result = change(session);
            let changed = result.is_ok();
            outcome = Some(result);
            changed
        });
        outcome
    }

    /// A step of the turn — roll, a field, a category, the next speaker, a pass: the
    /// facilitator's window takes it at once for the team whose turn it is; a team's
    /// tablet asks the facilitator's window, which checks it by the same rules.
    ///
    /// The facilitator's window gives the outcome at once (a refusal is also shown in
    /// the notices); a tablet hears it later, from the game.
    pub fn ask(&self, request: TeamRequest) -> Option<Result<(), Refusal>> {
        if let Some(ask) = self.asker.get_value() {
            ask.run(request);
            return None;
        }
        let outcome = self.attempt(|s| {
            let team = s.active_team;
            s.act(FACILITATOR, team, &request, now_ms())
        })?;
        self.refused.set(outcome.clone().err().map(Into::into));
        Some(outcome)
    }

    /// The clock's tick: timed stages that end by themselves (the silent minute) move
    /// on. Nothing is written when nothing is due, nor in a window that does not write.
    pub fn tick(&self, now_ms: u64) {
        if self.role.get_untracked().writes() {
            self.session
                .maybe_update(|s| s.as_mut().is_some_and(|s| s.tick(now_ms)));
        }
    }

    /// A change that cannot be refused, such as text typed into a field.
    pub fn edit(&self, change: impl FnOnce(&mut Session)) {
        self.play(|session| {
            change(session);
            Ok::<(), GameError>(())
        });
    }
}

//! The app's state: one signal for the session, plus what the shell needs around it.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::{Deck, GameError, Lang, Session};
use crate::storage::StorageNotice;

/// The default deck, fetched from `assets/` when the app starts.
#[derive(Clone, Debug, PartialEq)]
pub enum DeckState {
    Loading,
    Ready(Deck),
    Failed(String),
}

/// Shared through context; every field is a signal, so the struct is `Copy`.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The game being played; `None` shows the setup screen.
    pub session: RwSignal<Option<Session>>,
    pub lang: RwSignal<Lang>,
    pub deck: RwSignal<DeckState>,
    /// Something the facilitator should know about storage.
    pub notice: RwSignal<Option<StorageNotice>>,
    /// The last move the model refused, shown until the next move.
    pub refused: RwSignal<Option<GameError>>,
}

impl AppState {
    pub fn new(session: Option<Session>, lang: Lang, notice: Option<StorageNotice>) -> AppState {
        AppState {
            session: RwSignal::new(session),
            lang: RwSignal::new(lang),
            deck: RwSignal::new(DeckState::Loading),
            notice: RwSignal::new(notice),
            refused: RwSignal::new(None),
        }
    }

    /// A string in the current language; reactive when read inside a view closure.
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.get(self.lang.get())
    }

    /// Apply a move to the session. A refused move leaves the session as it was and is
    /// reported; a legal one re-renders the view and is saved by the app's effect.
    pub fn play(&self, make_move: impl FnOnce(&mut Session) -> Result<(), GameError>) {
        let mut outcome = Ok(());
        self.session.update(|session| {
            if let Some(session) = session {
                outcome = make_move(session);
            }
        });
        self.refused.set(outcome.err());
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

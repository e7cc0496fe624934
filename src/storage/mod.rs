//! The only code that touches the browser's localStorage (through gloo-storage).
//!
//! Values are read raw, so that something unreadable can be set aside intact rather
//! than overwritten by the next save.

use gloo_storage::{LocalStorage, Storage};

mod decks;

pub use decks::{load_decks, save_decks};

use crate::model::persist::LoadError;
use crate::model::{GameSetup, Lang, Session};

/// Every key this app stores, in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageKey {
    /// The game being played.
    Session,
    /// A stored session this version could not open, kept so nothing is lost.
    SetAsideSession,
    /// The setup form, so a half-typed setup survives a reload.
    SetupDraft,
    Language,
    /// The facilitator's own decks, as a list of deck files.
    Decks,
    /// Stored decks this version could not open, kept so nothing is lost.
    SetAsideDecks,
}

impl StorageKey {
    pub fn as_str(self) -> &'static str {
        match self {
            StorageKey::Session => "kernespillet.session",
            StorageKey::SetAsideSession => "kernespillet.session.set-aside",
            StorageKey::SetupDraft => "kernespillet.setup-draft",
            StorageKey::Language => "kernespillet.language",
            StorageKey::Decks => "kernespillet.decks",
            StorageKey::SetAsideDecks => "kernespillet.decks.set-aside",
        }
    }
}

/// What was found in storage that the facilitator should know about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// A stored session could not be opened: why, and it has been set aside.
    SessionNotOpened(LoadError),
    /// Saving failed (storage full, private mode, ...); the browser's words.
    SaveFailed(String),
    /// This many stored decks could not be opened; they have been set aside.
    DecksNotOpened(usize),
}

pub(crate) fn read_raw(key: StorageKey) -> Option<String> {
    LocalStorage::raw().get_item(key.as_str()).ok().flatten()
}

/// The stored session, if there is one that this version can open. Anything else is
/// copied aside unchanged and reported.
pub fn load_session() -> (Option<Session>, Option<StorageNotice>) {
    let Some(raw) = read_raw(StorageKey::Session) else {
        return (None, None);
    };
    match Session::from_json(&raw) {
        Ok(session) => (Some(session), None),
        Err(error) => {
            // The original stays where it is until a new game is saved over it; the
            // copy aside outlives that.
            let _ = LocalStorage::raw().set_item(StorageKey::SetAsideSession.as_str(), &raw);
            (None, Some(StorageNotice::SessionNotOpened(error)))
        }
    }
}

/// Store the session, or forget it when there is none.
pub fn save_session(session: Option<&Session>) -> Result<(), StorageNotice> {
    match session {
        Some(session) => LocalStorage::set(StorageKey::Session.as_str(), session)
            .map_err(|e| StorageNotice::SaveFailed(e.to_string())),
        None => {
            LocalStorage::delete(StorageKey::Session.as_str());
            Ok(())
        }
    }
}

pub fn load_setup_draft() -> Option<GameSetup> {
    LocalStorage::get(StorageKey::SetupDraft.as_str()).ok()
}

pub fn save_setup_draft(setup: &GameSetup) {
    // A lost draft costs a few keystrokes; a failure here is not worth a message.
    let _ = LocalStorage::set(StorageKey::SetupDraft.as_str(), setup);
}

pub fn load_lang() -> Lang {
    LocalStorage::get(StorageKey::Language.as_str()).unwrap_or_default()
}

pub fn save_lang(lang: Lang) {
    let _ = LocalStorage::set(StorageKey::Language.as_str(), lang);
}

//! The only code that touches the browser's localStorage (through gloo-storage).
//!
//! Values are read raw, so that something unreadable can be set aside intact rather
//! than overwritten by the next save.

use gloo_storage::{LocalStorage, Storage};

mod decks;
pub mod sessions;

pub use decks::{load_decks, save_decks};

use crate::model::persist::LoadError;
use crate::model::{GameSetup, Lang};

/// Every fixed key this app stores, in one place. Sessions are kept under keys built
/// from their ids (see `sessions.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageKey {
    /// The one game that versions before schema 3 kept; moved into the list on start.
    Session,
    /// Which session this browser tab has open (in sessionStorage, per tab).
    OpenSession,
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
            StorageKey::OpenSession => "kernespillet.open-session",
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
    /// A kept session was damaged; its backup took its place (the damaged text is
    /// set aside).
    Restored { name: String, core_task: String },
    /// A kept session could not be opened and had no usable backup; it is kept as it is.
    NotRestored(LoadError),
    /// The browser's storage is full: nothing more can be saved until space is freed.
    StorageFull,
    /// Saving failed for another reason (private mode, ...); the browser's words.
    SaveFailed(String),
    /// This many stored decks could not be opened; they have been set aside.
    DecksNotOpened(usize),
}

pub(crate) fn read_raw(key: StorageKey) -> Option<String> {
    LocalStorage::raw().get_item(key.as_str()).ok().flatten()
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

//! The only code that touches the browser's localStorage (through gloo-storage).
//!
//! Values are read raw, so that something unreadable can be set aside intact rather
//! than overwritten by the next save.

use gloo_storage::{LocalStorage, Storage};

mod decks;
pub mod sessions;

pub use decks::{load_decks, save_decks};

use std::sync::atomic::{AtomicBool, Ordering};

use crate::model::persist::{setup_draft_from_json, setup_draft_to_json, LoadError};
use crate::model::{GameSetup, Lang, SessionSummary};

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
    Restored(SessionSummary),
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

/// Set when the stored setup draft is from a newer version: it is left as it is.
static SETUP_FROM_NEWER_VERSION: AtomicBool = AtomicBool::new(false);

pub fn load_setup_draft() -> Option<GameSetup> {
    let text = read_raw(StorageKey::SetupDraft)?;
    match setup_draft_from_json(&text) {
        Ok(setup) => Some(setup),
        Err(LoadError::TooNew { .. }) => {
            SETUP_FROM_NEWER_VERSION.store(true, Ordering::Relaxed);
            None
        }
        // A damaged draft costs a few keystrokes; a fresh form replaces it.
        Err(_) => None,
    }
}

pub fn save_setup_draft(setup: &GameSetup) {
    if SETUP_FROM_NEWER_VERSION.load(Ordering::Relaxed) {
        return;
    }
    // A lost draft costs a few keystrokes; a failure here is not worth a message.
    let _ =
        LocalStorage::raw().set_item(StorageKey::SetupDraft.as_str(), &setup_draft_to_json(setup));
}

pub fn load_lang() -> Lang {
    LocalStorage::get(StorageKey::Language.as_str()).unwrap_or_default()
}

pub fn save_lang(lang: Lang) {
    let _ = LocalStorage::set(StorageKey::Language.as_str(), lang);
}

//! The only code that touches the browser's localStorage (through gloo-storage).
//!
//! Values are read raw, so that something unreadable can be set aside intact rather
//! than overwritten by the next save.

use gloo_storage::{LocalStorage, Storage};

mod decks;
pub mod sessions;

pub use decks::{load_decks, save_decks};

use std::sync::atomic::{AtomicBool, Ordering};

use crate::model::persist::{versioned_from_json, versioned_to_json, LoadError};
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
    /// The open game was saved meanwhile by a newer version of the app (another tab);
    /// it is not written over from here.
    NewerVersionKept,
}

pub(crate) fn read_raw(key: StorageKey) -> Option<String> {
    LocalStorage::raw().get_item(key.as_str()).ok().flatten()
}

/// Set when a stored value is from a newer version: it is left as it is for the rest
/// of this visit, so that version finds it unchanged.
static SETUP_FROM_NEWER_VERSION: AtomicBool = AtomicBool::new(false);
static LANGUAGE_FROM_NEWER_VERSION: AtomicBool = AtomicBool::new(false);

/// A small versioned value, or `None` (and `newer` set) when a newer version wrote it.
fn load_small<T: serde::de::DeserializeOwned>(key: StorageKey, newer: &AtomicBool) -> Option<T> {
    match versioned_from_json(&read_raw(key)?) {
        Ok(value) => Some(value),
        Err(LoadError::TooNew { .. }) => {
            newer.store(true, Ordering::Relaxed);
            None
        }
        // Damaged: the default takes its place (a few keystrokes or one click lost).
        Err(_) => None,
    }
}

fn save_small<T: serde::Serialize + Clone>(key: StorageKey, value: &T, newer: &AtomicBool) {
    if !newer.load(Ordering::Relaxed) {
        // Losing a draft or the language costs little; a failure is not worth a message.
        let _ = LocalStorage::raw().set_item(key.as_str(), &versioned_to_json(value));
    }
}

pub fn load_setup_draft() -> Option<GameSetup> {
    load_small(StorageKey::SetupDraft, &SETUP_FROM_NEWER_VERSION)
}

pub fn save_setup_draft(setup: &GameSetup) {
    save_small(StorageKey::SetupDraft, setup, &SETUP_FROM_NEWER_VERSION);
}

pub fn load_lang() -> Lang {
    load_small(StorageKey::Language, &LANGUAGE_FROM_NEWER_VERSION).unwrap_or_default()
}

pub fn save_lang(lang: Lang) {
    save_small(StorageKey::Language, &lang, &LANGUAGE_FROM_NEWER_VERSION);
}

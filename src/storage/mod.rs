//! The only code that reads or writes the browser's storage.
//!
//! Values are read raw, so that something unreadable can be set aside intact rather
//! than overwritten by the next save. All logic runs on a [`Store`] of any
//! [`KeyValue`]: the browser's in the app, a [`MemoryStore`] in native tests. The free
//! functions here and in `sessions` are the app's way in: each runs on the browser's
//! store.

mod browser;
mod decks;
mod drafts;
mod memory;
mod notebook;
pub mod sessions;
mod setup_draft;
mod small;
mod store;
pub mod tablet;

pub use browser::BrowserStore;
pub use decks::{load_decks, save_decks};
pub use drafts::{load_idea_draft, save_idea_draft};
pub use memory::MemoryStore;
pub use notebook::{device_id, load_notebook, save_notebook};
pub use setup_draft::{load_setup_draft, save_setup_draft};
pub use small::{load_lang, save_lang};
pub use store::{KeyValue, Store, WriteError};

use crate::model::persist::LoadError;
use crate::model::SessionSummary;

/// Every fixed key this app stores, in one place. Sessions are kept under keys built
/// from their ids (see `sessions`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StorageKey {
    /// The one game that versions before schema 3 kept; moved into the list on start.
    Session,
    /// Which session this browser tab has open (in sessionStorage, per tab).
    OpenSession,
    /// The setup form, so a half-typed setup survives a reload.
    SetupDraft,
    /// The setup form before its latest change.
    SetupDraftBackup,
    /// A stored setup form this version could not read, kept as it was.
    SetAsideSetupDraft,
    Language,
    /// The facilitator's own decks, as a list of deck files.
    Decks,
    /// Stored decks this version could not open, kept so nothing is lost.
    SetAsideDecks,
    /// The deck list before its latest change.
    DecksBackup,
    /// The team's notebook written on this device (the handover).
    Notebook,
    /// A stored notebook this version could not read, kept as it was.
    SetAsideNotebook,
    /// This device's id, the origin of the ideas written in its notebook.
    Device,
}

impl StorageKey {
    pub fn as_str(self) -> &'static str {
        match self {
            StorageKey::Session => "kernespillet.session",
            StorageKey::OpenSession => "kernespillet.open-session",
            StorageKey::SetupDraft => "kernespillet.setup-draft",
            StorageKey::SetupDraftBackup => "kernespillet.setup-draft.backup",
            StorageKey::SetAsideSetupDraft => "kernespillet.setup-draft.set-aside",
            StorageKey::Language => "kernespillet.language",
            StorageKey::Decks => "kernespillet.decks",
            StorageKey::SetAsideDecks => "kernespillet.decks.set-aside",
            StorageKey::DecksBackup => "kernespillet.decks.backup",
            StorageKey::Notebook => "kernespillet.notebook",
            StorageKey::SetAsideNotebook => "kernespillet.notebook.set-aside",
            StorageKey::Device => "kernespillet.device",
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
    /// Another window changed the decks while this one had them open: its change is
    /// kept, this window's last one is not saved, and the decks are read again.
    DecksChangedElsewhere,
    /// The same for the setup form: another window's form is shown, this window's last
    /// change is not saved.
    SetupChangedElsewhere,
    /// The open game was saved meanwhile by a newer version of the app (another tab);
    /// it is not written over from here.
    NewerVersionKept,
}

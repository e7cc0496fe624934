//! The setup form as typed so far, shared by every window of the browser. It follows the
//! decks' rules: one writer at a time (a draft another window changed since this one
//! read it is not written over), the draft before each change kept as a backup, and a
//! damaged draft set aside and replaced by that backup rather than by an empty form.

use crate::model::persist::{versioned_from_json, versioned_to_json, LoadError};
use crate::model::GameSetup;

use super::store::{in_browser, KeyValue, SharedWriteRefused, Store};
use super::{StorageKey, StorageNotice};

impl<K: KeyValue> Store<K> {
    /// The stored draft, its backup when the draft is damaged, or `None` (a new form).
    pub fn load_setup_draft(&self) -> Option<GameSetup> {
        let key = StorageKey::SetupDraft;
        let stored = self.kept.get(key.as_str());
        // What this window read is what it may write over (see `save_setup_draft`).
        *self.visit.setup_draft_known.borrow_mut() = stored.clone();
        match versioned_from_json(&stored?) {
            Ok(setup) => Some(setup),
            Err(LoadError::TooNew { .. }) => {
                // A newer version's draft is left exactly as it is.
                self.visit.from_newer_version.borrow_mut().insert(key);
                None
            }
            Err(_) => {
                let raw = self.kept.get(key.as_str())?;
                if !self.set_aside_value(StorageKey::SetAsideSetupDraft, &raw) {
                    // No copy could be made: never write over the original.
                    self.visit.from_newer_version.borrow_mut().insert(key);
                }
                let backup = self.kept.get(StorageKey::SetupDraftBackup.as_str())?;
                versioned_from_json(&backup).ok()
            }
        }
    }

    /// Store the draft, unless another window changed the stored one since this window
    /// read it: then nothing is written, and the caller reads the draft again. A failed
    /// write costs a few keystrokes at most and is not reported.
    pub fn save_setup_draft(&self, setup: &GameSetup) -> Result<(), StorageNotice> {
        let key = StorageKey::SetupDraft;
        if self.visit.from_newer_version.borrow().contains(&key) {
            return Ok(());
        }
        let text = versioned_to_json(setup);
        // Only a draft that reads is worth keeping: a damaged one is set aside on load,
        // and must not take the place of the good backup.
        match self.write_shared(
            key,
            StorageKey::SetupDraftBackup,
            &self.visit.setup_draft_known,
            text,
            |previous| versioned_from_json::<GameSetup>(previous).is_ok(),
        ) {
            Err(SharedWriteRefused::ChangedElsewhere) => Err(StorageNotice::SetupChangedElsewhere),
            Ok(()) | Err(SharedWriteRefused::Failed(_)) => Ok(()),
        }
    }
}

pub fn load_setup_draft() -> Option<GameSetup> {
    in_browser(|store| store.load_setup_draft())
}

pub fn save_setup_draft(setup: &GameSetup) -> Result<(), StorageNotice> {
    in_browser(|store| store.save_setup_draft(setup))
}

//! The team's notebook on its own device, and the device's id. The notebook is written
//! as it is typed (a few kilobytes at most), so a reload or a closed tab loses nothing;
//! a failed write is reported, because ideas are at stake. One that cannot be read is
//! set aside as it was, and one from a newer version is left alone.

use crate::model::persist::{versioned_from_json, versioned_to_json, LoadError};
use crate::model::saved::is_valid_id;
use crate::model::NotebookDraft;

use super::store::{in_browser, KeyValue, Store, WriteError};
use super::StorageKey;

/// The longest device id kept (ours are `d-` and twelve characters).
const MAX_DEVICE_CHARS: usize = 32;

impl<K: KeyValue> Store<K> {
    /// The notebook kept on this device, or a new one.
    pub fn load_notebook(&self) -> NotebookDraft {
        let key = StorageKey::Notebook;
        let Some(text) = self.kept.get(key.as_str()) else {
            return NotebookDraft::default();
        };
        match versioned_from_json::<NotebookDraft>(&text) {
            Ok(draft) => draft.mended(),
            Err(LoadError::TooNew { .. }) => {
                self.visit.from_newer_version.borrow_mut().insert(key);
                NotebookDraft::default()
            }
            Err(_) => {
                // Kept as it was, where a later version (or a person) can find it.
                let _ = self.kept.set(StorageKey::SetAsideNotebook.as_str(), &text);
                self.kept.remove(key.as_str());
                NotebookDraft::default()
            }
        }
    }

    /// Keep the notebook; a notebook a newer version wrote is not written over.
    pub fn save_notebook(&self, draft: &NotebookDraft) -> Result<(), WriteError> {
        let key = StorageKey::Notebook;
        if self.visit.from_newer_version.borrow().contains(&key) {
            return Err(WriteError::Failed("kept by a newer version".into()));
        }
        self.kept.set(key.as_str(), &versioned_to_json(draft))
    }

    /// This device's id: made by `fresh` the first time, then the same on every visit.
    pub fn device_id(&self, fresh: impl FnOnce() -> String) -> String {
        let key = StorageKey::Device.as_str();
        match self.kept.get(key) {
            Some(id) if is_valid_id(&id) && id.len() <= MAX_DEVICE_CHARS => id,
            _ => {
                let id = fresh();
                let _ = self.kept.set(key, &id);
                id
            }
        }
    }
}

pub fn load_notebook() -> NotebookDraft {
    in_browser(|store| store.load_notebook())
}

pub fn save_notebook(draft: &NotebookDraft) -> Result<(), WriteError> {
    in_browser(|store| store.save_notebook(draft))
}

pub fn device_id() -> String {
    in_browser(|store| store.device_id(|| format!("d-{:012x}", rand::random::<u64>() >> 16)))
}

//! Small versioned values: the language. Losing it costs one click, so damage falls
//! back to the default and a failed write is not reported; but one written by a newer
//! version is left exactly as it is.

use crate::model::persist::{versioned_from_json, versioned_to_json, LoadError};
use crate::model::Lang;

use super::store::{in_browser, KeyValue, Store};
use super::StorageKey;

impl<K: KeyValue> Store<K> {
    /// A small versioned value, or `None` (and the key left alone for the rest of the
    /// visit) when a newer version wrote it.
    fn load_small<T: serde::de::DeserializeOwned>(&self, key: StorageKey) -> Option<T> {
        match versioned_from_json(&self.kept.get(key.as_str())?) {
            Ok(value) => Some(value),
            Err(LoadError::TooNew { .. }) => {
                self.visit.from_newer_version.borrow_mut().insert(key);
                None
            }
            // Damaged: the default takes its place (a few keystrokes or one click lost).
            Err(_) => None,
        }
    }

    fn save_small<T: serde::Serialize + Clone>(&self, key: StorageKey, value: &T) {
        if !self.visit.from_newer_version.borrow().contains(&key) {
            // Losing a draft or the language costs little; a failure is not worth a message.
            let _ = self.kept.set(key.as_str(), &versioned_to_json(value));
        }
    }

    pub fn load_lang(&self) -> Lang {
        self.load_small(StorageKey::Language).unwrap_or_default()
    }

    pub fn save_lang(&self, lang: Lang) {
        self.save_small(StorageKey::Language, &lang);
    }
}

pub fn load_lang() -> Lang {
    in_browser(|store| store.load_lang())
}

pub fn save_lang(lang: Lang) {
    in_browser(|store| store.save_lang(lang));
}

//! The browser's own stores, through gloo-storage: the only place `storage` touches
//! localStorage and sessionStorage.

use gloo_storage::{LocalStorage, SessionStorage, Storage};

use crate::js_error::describe;

use super::store::{KeyValue, WriteError};

/// One of the browser's two storage areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrowserStore {
    /// localStorage: kept across visits, shared by every tab of this site.
    Local,
    /// sessionStorage: this tab's own, gone when the tab is closed.
    Tab,
}

impl BrowserStore {
    /// Looked up on every use, as before the trait: nothing browser-side is held.
    fn raw(self) -> web_sys::Storage {
        match self {
            BrowserStore::Local => LocalStorage::raw(),
            BrowserStore::Tab => SessionStorage::raw(),
        }
    }
}

impl KeyValue for BrowserStore {
    fn get(&self, key: &str) -> Option<String> {
        self.raw().get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        self.raw().set_item(key, value).map_err(|e| {
            let words = describe(&e);
            if words.contains("QuotaExceeded") {
                WriteError::Full(words)
            } else {
                WriteError::Failed(words)
            }
        })
    }

    fn remove(&self, key: &str) {
        // removeItem does not throw; there is nothing to report.
        let _ = self.raw().remove_item(key);
    }

    fn keys(&self) -> Vec<String> {
        let storage = self.raw();
        (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect()
    }
}

//! The one seam between storage logic and where text is actually kept.
//!
//! Everything in `storage` reads and writes through [`KeyValue`], so the same logic runs
//! against the browser (in the app) and against [`super::MemoryStore`] (in native tests,
//! where a full or failing store can be simulated).

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

use super::browser::BrowserStore;
use super::{StorageKey, StorageNotice};

/// Text kept under string keys, as localStorage and sessionStorage keep it.
pub trait KeyValue {
    /// The text under `key`, or `None` if there is none (or it cannot be read).
    fn get(&self, key: &str) -> Option<String>;
    /// Store `value` under `key`, replacing what was there; on failure nothing changes.
    fn set(&self, key: &str, value: &str) -> Result<(), WriteError>;
    fn remove(&self, key: &str);
    /// Every key with a value, in no particular order.
    fn keys(&self) -> Vec<String>;
}

/// Why a write was refused. The two are told apart because only a full storage can be
/// mended by the facilitator (by deleting games).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// No room left (the browser's `QuotaExceededError`), in the browser's words.
    Full(String),
    /// Any other refusal (private mode, storage turned off), in the browser's words.
    Failed(String),
}

impl WriteError {
    pub fn into_words(self) -> String {
        match self {
            WriteError::Full(words) | WriteError::Failed(words) => words,
        }
    }
}

impl From<WriteError> for StorageNotice {
    fn from(error: WriteError) -> Self {
        match error {
            WriteError::Full(_) => StorageNotice::StorageFull,
            WriteError::Failed(words) => StorageNotice::SaveFailed(words),
        }
    }
}

/// Where this app keeps things: `kept` for what outlives the tab (localStorage), `tab`
/// for what belongs to one tab (sessionStorage), and what this window has learnt about
/// them during the visit. The operations are methods beside the data they keep
/// (`sessions`, `decks`, `small`); the free functions of those modules run them on the
/// browser's store.
pub struct Store<K: KeyValue> {
    pub(super) kept: K,
    pub(super) tab: K,
    pub(super) visit: Visit,
}

impl<K: KeyValue> Store<K> {
    /// A store with a fresh memory of the visit: a new window, as far as storage knows.
    pub fn new(kept: K, tab: K) -> Self {
        Store {
            kept,
            tab,
            visit: Visit::default(),
        }
    }

    pub fn kept(&self) -> &K {
        &self.kept
    }

    pub fn tab(&self) -> &K {
        &self.tab
    }

    /// Copy `raw`, a stored text this version cannot read, to the first free key of
    /// `base`, `base.2`, `base.3`, …, so an earlier copy is never overwritten. True when
    /// the copy is stored (or already was).
    pub(super) fn set_aside_value(&self, base: StorageKey, raw: &str) -> bool {
        let base = base.as_str();
        for n in 1..100 {
            let key = if n == 1 {
                base.to_string()
            } else {
                format!("{base}.{n}")
            };
            match self.kept.get(&key) {
                Some(existing) if existing == raw => return true,
                Some(_) => continue,
                None => return self.kept.set(&key, raw).is_ok(),
            }
        }
        false
    }
}

/// Why a value shared by every window of the browser was not written.
pub(super) enum SharedWriteRefused {
    /// Another window changed it since this window read it: not written over.
    ChangedElsewhere,
    /// The browser refused the write.
    Failed(WriteError),
}

impl<K: KeyValue> Store<K> {
    /// Write `text` under `key`, a value every window of the browser shares (the decks,
    /// the setup draft), by one rule: never over a version this window has not seen
    /// (`known` is the text it last read or wrote), and with the version before kept
    /// under `backup` when `worth_keeping` says it is.
    pub(super) fn write_shared(
        &self,
        key: StorageKey,
        backup: StorageKey,
        known: &RefCell<Option<String>>,
        text: String,
        worth_keeping: impl Fn(&str) -> bool,
    ) -> Result<(), SharedWriteRefused> {
        let stored = self.kept.get(key.as_str());
        if stored.as_deref() == Some(text.as_str()) {
            *known.borrow_mut() = stored;
            return Ok(());
        }
        if let Some(previous) = stored {
            if known.borrow().as_deref() != Some(previous.as_str()) {
                return Err(SharedWriteRefused::ChangedElsewhere);
            }
            // A backup that does not fit is not worth stopping the save for.
            if worth_keeping(&previous) {
                let _ = self.kept.set(backup.as_str(), &previous);
            }
        }
        self.kept
            .set(key.as_str(), &text)
            .map_err(SharedWriteRefused::Failed)?;
        *known.borrow_mut() = Some(text);
        Ok(())
    }
}

/// What one window remembers about its store until it is closed. Kept with the store,
/// not in statics, so each store (each test) starts afresh.
#[derive(Default)]
pub(super) struct Visit {
    /// The text this window last wrote (or read) per session: known good, so it can
    /// become the backup without being parsed again on every move.
    pub(super) known_good: RefCell<HashMap<String, String>>,
    /// Small values found written by a newer version: left as they are for the rest of
    /// this visit, so that version finds them unchanged.
    pub(super) from_newer_version: RefCell<HashSet<StorageKey>>,
    /// Stored decks could neither be opened nor copied aside; saving would lose them,
    /// so decks are not saved for the rest of this visit.
    pub(super) decks_frozen: Cell<bool>,
    /// The deck list as this window last read or wrote it: a stored list that differs
    /// was written by another window, and is not saved over.
    pub(super) decks_known: RefCell<Option<String>>,
    /// The setup draft as this window last read or wrote it, for the same rule.
    pub(super) setup_draft_known: RefCell<Option<String>>,
}

thread_local! {
    /// The browser's storage as this window sees it (one thread per window in wasm).
    static BROWSER: Store<BrowserStore> = Store::new(BrowserStore::Local, BrowserStore::Tab);
}

/// Run `f` on the browser's store; what the free functions of `storage` delegate to.
pub(super) fn in_browser<R>(f: impl FnOnce(&Store<BrowserStore>) -> R) -> R {
    BROWSER.with(f)
}

//! A store in memory, for native tests: it behaves as the browser's storage does,
//! including refusing writes when full.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::store::{KeyValue, WriteError};

/// Text kept in memory. Clones share their contents, as two windows share one
/// localStorage: give a clone to a second `Store` to play a second window.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore(Rc<RefCell<Memory>>);

#[derive(Debug, Default)]
struct Memory {
    values: BTreeMap<String, String>,
    /// At most this many bytes of keys and values together (a browser allows ~5 MB).
    quota: Option<usize>,
    /// Every write fails with these words (private mode, storage turned off).
    failing: Option<String>,
    writes: usize,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Refuse, as full, any write that would take keys and values together past
    /// `bytes`; `None` lifts the limit.
    pub fn set_quota(&self, bytes: Option<usize>) {
        self.0.borrow_mut().quota = bytes;
    }

    /// Make every write fail (not as full) with these words; `None` mends it.
    pub fn set_failing(&self, words: Option<&str>) {
        self.0.borrow_mut().failing = words.map(str::to_string);
    }

    /// Bytes of keys and values stored, as the quota counts them.
    pub fn used_bytes(&self) -> usize {
        let memory = self.0.borrow();
        memory.values.iter().map(|(k, v)| k.len() + v.len()).sum()
    }

    /// Everything stored, to compare before and after.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.0.borrow().values.clone()
    }

    /// How many writes have succeeded so far.
    pub fn writes(&self) -> usize {
        self.0.borrow().writes
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.0.borrow().values.get(key).cloned()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        let used = self.used_bytes();
        let mut memory = self.0.borrow_mut();
        if let Some(words) = &memory.failing {
            return Err(WriteError::Failed(words.clone()));
        }
        let replaced = memory
            .values
            .get(key)
            .map_or(0, |old| key.len() + old.len());
        let after = used - replaced + key.len() + value.len();
        if memory.quota.is_some_and(|quota| after > quota) {
            return Err(WriteError::Full(
                "QuotaExceededError: the memory store is full".into(),
            ));
        }
        memory.values.insert(key.to_string(), value.to_string());
        memory.writes += 1;
        Ok(())
    }

    fn remove(&self, key: &str) {
        self.0.borrow_mut().values.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.0.borrow().values.keys().cloned().collect()
    }
}

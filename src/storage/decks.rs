//! The facilitator's own decks: stored as one list of deck files, in the same format
//! as an exported file, and checked on the way in like an import.

use std::sync::atomic::{AtomicBool, Ordering};

use gloo_storage::{LocalStorage, Storage};

use crate::model::{Deck, DeckLibrary};

use super::{read_raw, StorageKey, StorageNotice};

/// The stored decks that open. Anything that does not is copied aside unchanged and
/// reported, so the next save cannot lose it.
pub fn load_decks() -> (DeckLibrary, Option<StorageNotice>) {
    let Some(raw) = read_raw(StorageKey::Decks) else {
        return (DeckLibrary::default(), None);
    };
    let (decks, unreadable) = match serde_json::from_str::<Vec<serde_json::Value>>(&raw) {
        Err(_) => (Vec::new(), 1),
        Ok(files) => {
            let total = files.len();
            let decks: Vec<Deck> = files
                .iter()
                .filter_map(|file| Deck::from_json(&file.to_string()).ok())
                .collect();
            let unreadable = total - decks.len();
            (decks, unreadable)
        }
    };
    let notice = (unreadable > 0).then(|| {
        if set_aside(&raw) {
            StorageNotice::DecksNotOpened(unreadable)
        } else {
            // No copy could be made: never save over the original.
            FROZEN.store(true, Ordering::Relaxed);
            StorageNotice::SaveFailed("the unreadable decks could not be copied aside".into())
        }
    });
    (DeckLibrary::new(decks), notice)
}

/// Set when stored decks could neither be opened nor copied aside; saving would lose
/// them, so decks are not saved for the rest of this visit.
static FROZEN: AtomicBool = AtomicBool::new(false);

/// Copy `raw` to the first free set-aside key (`…set-aside`, `…set-aside.2`, …), so an
/// earlier copy is never overwritten. True when the copy is stored.
fn set_aside(raw: &str) -> bool {
    let base = StorageKey::SetAsideDecks.as_str();
    let storage = LocalStorage::raw();
    for n in 1..100 {
        let key = if n == 1 {
            base.to_string()
        } else {
            format!("{base}.{n}")
        };
        match storage.get_item(&key) {
            Ok(Some(existing)) if existing == raw => return true,
            Ok(Some(_)) => continue,
            _ => return storage.set_item(&key, raw).is_ok(),
        }
    }
    false
}

pub fn save_decks(library: &DeckLibrary) -> Result<(), StorageNotice> {
    if FROZEN.load(Ordering::Relaxed) {
        return Ok(());
    }
    let files: Vec<String> = library.own().iter().map(Deck::to_json).collect();
    let text = format!("[{}]", files.join(","));
    LocalStorage::raw()
        .set_item(StorageKey::Decks.as_str(), &text)
        .map_err(|e| StorageNotice::SaveFailed(crate::js_error::describe(&e)))
}

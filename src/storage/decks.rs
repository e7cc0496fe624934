//! The facilitator's own decks: stored as one list of deck files, in the same format
//! as an exported file, and checked on the way in like an import.

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
        let _ = LocalStorage::raw().set_item(StorageKey::SetAsideDecks.as_str(), &raw);
        StorageNotice::DecksNotOpened(unreadable)
    });
    (DeckLibrary::new(decks), notice)
}

pub fn save_decks(library: &DeckLibrary) -> Result<(), StorageNotice> {
    let files: Vec<String> = library.own().iter().map(Deck::to_json).collect();
    let text = format!("[{}]", files.join(","));
    LocalStorage::raw()
        .set_item(StorageKey::Decks.as_str(), &text)
        .map_err(|e| StorageNotice::SaveFailed(crate::js_error::describe(&e)))
}

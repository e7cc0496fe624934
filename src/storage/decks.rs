//! The facilitator's own decks: stored as one list of deck files, in the same format
//! as an exported file, and checked on the way in like an import.

use crate::model::{Deck, DeckLibrary};

use super::store::{in_browser, KeyValue, SharedWriteRefused, Store};
use super::{StorageKey, StorageNotice};

impl<K: KeyValue> Store<K> {
    /// The stored decks that open. Anything that does not is copied aside unchanged and
    /// reported, so the next save cannot lose it.
    pub fn load_decks(&self) -> (DeckLibrary, Option<StorageNotice>) {
        let stored = self.kept.get(StorageKey::Decks.as_str());
        // What this window read is what it may write over (see `save_decks`).
        *self.visit.decks_known.borrow_mut() = stored.clone();
        let Some(raw) = stored else {
            return (DeckLibrary::default(), None);
        };
        let (decks, unreadable) =
            match crate::model::persist::read_json::<Vec<serde_json::Value>>(&raw) {
                Err(_) => (Vec::new(), 1),
                Ok(files) => {
                    let total = files.len();
                    let decks: Vec<Deck> = files
                        .iter()
                        .filter_map(|file| Deck::from_stored_json(&file.to_string()).ok())
                        .collect();
                    let unreadable = total - decks.len();
                    (decks, unreadable)
                }
            };
        let notice = (unreadable > 0).then(|| {
            if self.set_aside_value(StorageKey::SetAsideDecks, &raw) {
                StorageNotice::DecksNotOpened(unreadable)
            } else {
                // No copy could be made: never save over the original.
                self.visit.decks_frozen.set(true);
                StorageNotice::SaveFailed("the unreadable decks could not be copied aside".into())
            }
        });
        (DeckLibrary::new(decks), notice)
    }

    pub fn save_decks(&self, library: &DeckLibrary) -> Result<(), StorageNotice> {
        if self.visit.decks_frozen.get() {
            return Ok(());
        }
        let files: Vec<String> = library.own().iter().map(Deck::to_json).collect();
        let text = format!("[{}]", files.join(","));
        // The list before each change is kept, as games keep theirs.
        self.write_shared(
            StorageKey::Decks,
            StorageKey::DecksBackup,
            &self.visit.decks_known,
            text,
            |_| true,
        )
        .map_err(|refused| match refused {
            SharedWriteRefused::ChangedElsewhere => StorageNotice::DecksChangedElsewhere,
            // Decks have always reported any failure, a full storage too, in the
            // browser's words.
            SharedWriteRefused::Failed(e) => StorageNotice::SaveFailed(e.into_words()),
        })
    }
}

pub fn load_decks() -> (DeckLibrary, Option<StorageNotice>) {
    in_browser(|store| store.load_decks())
}

pub fn save_decks(library: &DeckLibrary) -> Result<(), StorageNotice> {
    in_browser(|store| store.save_decks(library))
}

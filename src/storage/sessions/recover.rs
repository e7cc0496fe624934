//! What runs once at start: the one-game layout of earlier versions moved into the
//! list, and damaged sessions mended from their backups.

use crate::model::persist::LoadError;
use crate::model::Session;

use super::super::store::{KeyValue, Store};
use super::super::{StorageKey, StorageNotice};
use super::Slot;

impl<K: KeyValue> Store<K> {
    /// Bring a session from the one-game layout of earlier versions into the list, and
    /// mend every kept session that no longer opens from its backup. What was found is
    /// reported; nothing is deleted.
    pub fn recover_sessions(&self) -> Vec<StorageNotice> {
        self.move_single_game_into_list();
        let mut notices = Vec::new();
        for (id, slots) in self.stored_slots() {
            if !slots.contains(&Slot::Main) {
                continue;
            }
            let Some(text) = self.session_text(&id, Slot::Main) else {
                continue;
            };
            match Session::from_json(&text) {
                Ok(_) | Err(LoadError::TooNew { .. }) => {}
                Err(error) => notices.push(self.restore_backup(&id, &text, error)),
            }
        }
        notices
    }

    /// Set the damaged text aside and put the backup (the newest good text) in its
    /// place, if the backup opens.
    fn restore_backup(&self, id: &str, damaged: &str, error: LoadError) -> StorageNotice {
        // Each damage gets its own copy, so a game damaged again is mended again.
        let set_aside = self.set_aside(id, damaged);
        let backup = self
            .session_text(id, Slot::Backup)
            .and_then(|text| Session::from_json(&text).ok())
            // A backup of another game (hand-edited storage) does not stand in for this one.
            .filter(|session| session.id == id);
        match backup {
            // Only with the damaged text safe elsewhere may the backup take its place.
            Some(session) if set_aside && self.save_over_damaged(&session) => {
                StorageNotice::Restored(session.summary())
            }
            _ => StorageNotice::NotRestored(error),
        }
    }

    fn save_over_damaged(&self, session: &Session) -> bool {
        self.write_session(&session.id, Slot::Main, &session.to_json())
            .is_ok()
    }

    fn move_single_game_into_list(&self) {
        let legacy = StorageKey::Session.as_str();
        let Some(text) = self.kept.get(legacy) else {
            return;
        };
        let moved = match Session::from_json(&text) {
            Ok(session) if !self.session_exists(&session.id) => {
                let ok = self
                    .write_session(&session.id, Slot::Main, &session.to_json())
                    .is_ok();
                if ok && self.open_in_this_tab().is_none() {
                    // The game that was open before the update opens again.
                    self.set_open_in_this_tab(Some(&session.id));
                }
                ok
            }
            // The list has this game already: leave the old copy alone.
            Ok(_) => false,
            // Left untouched for the version that wrote it.
            Err(LoadError::TooNew { .. }) => false,
            Err(_) => self.set_aside("older-version", &text),
        };
        if moved {
            self.kept.remove(legacy);
        }
    }
}

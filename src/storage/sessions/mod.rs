//! Several sessions side by side, each under its own key with one backup.
//!
//! Keys: `kernespillet.sessions.<id>` holds a session, `….backup` the last good text
//! it held before its latest overwrite, and `….damaged-<ms>` each text that could not be
//! opened, set aside at that time so that nothing stored is ever lost — a game damaged
//! three times keeps three copies. (`….damaged`, without a time, is the one copy
//! earlier versions kept; it is still read, listed and deleted with the game.)

use std::collections::BTreeMap;

use crate::model::persist::{LoadError, Unreadable};
use crate::model::{Session, SessionSummary};

use super::store::{in_browser, KeyValue, Store};
use super::{StorageKey, StorageNotice};

mod recover;

const PREFIX: &str = "kernespillet.sessions.";

/// Where a session's text is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Slot {
    Main,
    Backup,
    /// A damaged text, set aside at this time (ms since the epoch); 0 for the single
    /// copy of earlier versions.
    Damaged(u64),
}

impl Slot {
    /// The damaged copy earlier versions kept, under `….damaged`.
    pub const EARLIER_DAMAGED: Slot = Slot::Damaged(0);

    fn suffix(self) -> String {
        match self {
            Slot::Main => String::new(),
            Slot::Backup => ".backup".into(),
            Slot::Damaged(0) => ".damaged".into(),
            Slot::Damaged(at) => format!(".damaged-{at}"),
        }
    }

    fn from_suffix(suffix: &str) -> Option<Slot> {
        match suffix {
            "" => Some(Slot::Main),
            ".backup" => Some(Slot::Backup),
            ".damaged" => Some(Slot::EARLIER_DAMAGED),
            _ => {
                let at: u64 = suffix.strip_prefix(".damaged-")?.parse().ok()?;
                (at > 0).then_some(Slot::Damaged(at))
            }
        }
    }

    pub fn is_damaged(self) -> bool {
        matches!(self, Slot::Damaged(_))
    }
}

fn key(id: &str, slot: Slot) -> String {
    format!("{PREFIX}{id}{}", slot.suffix())
}

/// The key of the session itself, to recognise its changes in a `storage` event.
pub fn main_key(id: &str) -> String {
    key(id, Slot::Main)
}

/// The id and slot a storage key belongs to, if it is one of ours. Ids have no '.'.
fn parse_key(key: &str) -> Option<(&str, Slot)> {
    let rest = key.strip_prefix(PREFIX)?;
    let (id, suffix) = rest.find('.').map_or((rest, ""), |dot| rest.split_at(dot));
    let slot = Slot::from_suffix(suffix)?;
    (!id.is_empty()).then_some((id, slot))
}

/// Now, for the time a damaged copy is set aside.
fn now_ms() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as u64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_millis() as u64)
    }
}

/// One kept session as the start screen lists it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StoredSession {
    pub id: String,
    /// Its summary, or why it does not open (its text is kept either way).
    pub state: Result<SessionSummary, LoadError>,
    /// The damaged texts of this session set aside, newest first; each can be downloaded.
    pub damaged_copies: Vec<Slot>,
}

impl<K: KeyValue> Store<K> {
    /// The text kept for a session in one slot, as it is stored.
    pub fn session_text(&self, id: &str, slot: Slot) -> Option<String> {
        self.kept.get(&key(id, slot))
    }

    fn write_session(&self, id: &str, slot: Slot, text: &str) -> Result<(), StorageNotice> {
        self.kept
            .set(&key(id, slot), text)
            .map_err(StorageNotice::from)
    }

    /// Keep a damaged text of this session beside it, unless the very same text is kept
    /// already. `false` if it could not be written (then nothing may replace it).
    fn set_aside(&self, id: &str, damaged: &str) -> bool {
        let slots = self.stored_slots().remove(id).unwrap_or_default();
        let kept_already = slots
            .iter()
            .filter(|slot| slot.is_damaged())
            .any(|slot| self.session_text(id, *slot).as_deref() == Some(damaged));
        if kept_already {
            return true;
        }
        // Two copies in the same millisecond (tests, a fast loop) still get a key each.
        let mut at = now_ms().max(1);
        while slots.contains(&Slot::Damaged(at)) {
            at += 1;
        }
        self.write_session(id, Slot::Damaged(at), damaged).is_ok()
    }

    /// Every id with something stored, and which slots it has.
    fn stored_slots(&self) -> BTreeMap<String, Vec<Slot>> {
        let mut found: BTreeMap<String, Vec<Slot>> = BTreeMap::new();
        for k in self.kept.keys() {
            if let Some((id, slot)) = parse_key(&k) {
                found.entry(id.to_string()).or_default().push(slot);
            }
        }
        found
    }

    /// The kept sessions, newest first; those that do not open come last.
    pub fn list_sessions(&self) -> Vec<StoredSession> {
        let mut list: Vec<StoredSession> = self
            .stored_slots()
            .into_iter()
            .filter(|(_, slots)| slots.iter().any(|s| *s != Slot::Backup))
            .map(|(id, mut slots)| {
                let state = match self.session_text(&id, Slot::Main) {
                    Some(text) => Session::from_json(&text).map(|s| s.summary()),
                    // Only a set-aside text is left (from a version that kept one game).
                    None => Err(LoadError::Unreadable(Unreadable::NotStored)),
                };
                slots.retain(|slot| slot.is_damaged());
                slots.sort_by(|a, b| b.cmp(a));
                StoredSession {
                    damaged_copies: slots,
                    id,
                    state,
                }
            })
            .collect();
        list.sort_by_key(|s| {
            (
                s.state.is_err(),
                std::cmp::Reverse(s.state.as_ref().map_or(0, |summary| summary.created_at_ms)),
            )
        });
        list
    }

    pub fn load_session(&self, id: &str) -> Result<Session, LoadError> {
        let text = self
            .session_text(id, Slot::Main)
            .ok_or(LoadError::Unreadable(Unreadable::NotStored))?;
        let session = Session::from_json(&text)?;
        self.remember_written(id, text);
        Ok(session)
    }

    pub fn session_exists(&self, id: &str) -> bool {
        self.session_text(id, Slot::Main).is_some()
    }

    fn remember_written(&self, id: &str, text: String) {
        self.visit
            .known_good
            .borrow_mut()
            .insert(id.to_string(), text);
    }

    /// Store the session. The text it replaces becomes the backup first if it is good,
    /// or is set aside if it is damaged; a text from a newer version is never written
    /// over. A full storage is reported as such; the session in memory is untouched
    /// either way.
    pub fn save_session(&self, session: &Session) -> Result<(), StorageNotice> {
        let id = &session.id;
        let text = session.to_json();
        if let Some(previous) = self.session_text(id, Slot::Main) {
            if previous == text {
                return Ok(());
            }
            let known = self.visit.known_good.borrow().get(id) == Some(&previous);
            match if known {
                Ok(())
            } else {
                Session::from_json(&previous).map(|_| ())
            } {
                // A backup that does not fit is not worth stopping the save for.
                Ok(()) => {
                    let _ = self.write_session(id, Slot::Backup, &previous);
                }
                Err(LoadError::TooNew { .. }) => return Err(StorageNotice::NewerVersionKept),
                Err(_) => {
                    if !self.set_aside(id, &previous) {
                        return Err(StorageNotice::SaveFailed(
                            "damaged text could not be set aside".into(),
                        ));
                    }
                }
            }
        }
        self.write_session(id, Slot::Main, &text)?;
        self.remember_written(id, text);
        Ok(())
    }

    /// Remove everything kept for the session: the game, its backup, every damaged copy.
    pub fn delete_session(&self, id: &str) {
        for slot in self.stored_slots().remove(id).unwrap_or_default() {
            self.kept.remove(&key(id, slot));
        }
        self.save_idea_draft(id, "");
        self.visit.known_good.borrow_mut().remove(id);
    }

    /// The session this browser tab has open; kept per tab, so a reload returns to it
    /// and a second tab starts at the list.
    pub fn open_in_this_tab(&self) -> Option<String> {
        self.tab.get(StorageKey::OpenSession.as_str())
    }

    pub fn set_open_in_this_tab(&self, id: Option<&str>) {
        let key = StorageKey::OpenSession.as_str();
        match id {
            Some(id) => {
                let _ = self.tab.set(key, id);
            }
            None => self.tab.remove(key),
        }
    }
}

// The app's way in: each runs on the browser's store.

pub fn raw(id: &str, slot: Slot) -> Option<String> {
    in_browser(|store| store.session_text(id, slot))
}

pub fn list() -> Vec<StoredSession> {
    in_browser(|store| store.list_sessions())
}

pub fn load(id: &str) -> Result<Session, LoadError> {
    in_browser(|store| store.load_session(id))
}

pub fn exists(id: &str) -> bool {
    in_browser(|store| store.session_exists(id))
}

pub fn save(session: &Session) -> Result<(), StorageNotice> {
    in_browser(|store| store.save_session(session))
}

pub fn delete(id: &str) {
    in_browser(|store| store.delete_session(id));
}

pub fn open_in_this_tab() -> Option<String> {
    in_browser(|store| store.open_in_this_tab())
}

pub fn set_open_in_this_tab(id: Option<&str>) {
    in_browser(|store| store.set_open_in_this_tab(id));
}

/// Run once at start: see [`Store::recover_sessions`].
pub fn recover() -> Vec<StorageNotice> {
    in_browser(|store| store.recover_sessions())
}

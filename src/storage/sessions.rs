//! Several sessions side by side, each under its own key with one backup.
//!
//! Keys: `kernespillet.sessions.<id>` holds a session, `….backup` the last good text
//! it held before its latest overwrite, and `….damaged` a text that could not be
//! opened, set aside so that nothing stored is ever lost.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use gloo_storage::{LocalStorage, SessionStorage, Storage};

use crate::js_error::describe;
use crate::model::persist::LoadError;
use crate::model::{Session, SessionSummary};

use super::{StorageKey, StorageNotice};

const PREFIX: &str = "kernespillet.sessions.";

/// Where a session's text is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Slot {
    Main,
    Backup,
    Damaged,
}

impl Slot {
    const SUFFIXES: [(Slot, &'static str); 3] = [
        (Slot::Main, ""),
        (Slot::Backup, ".backup"),
        (Slot::Damaged, ".damaged"),
    ];
}

fn key(id: &str, slot: Slot) -> String {
    let suffix = Slot::SUFFIXES
        .iter()
        .find(|(s, _)| *s == slot)
        .map_or("", |(_, suffix)| suffix);
    format!("{PREFIX}{id}{suffix}")
}

/// The key of the session itself, to recognise its changes in a `storage` event.
pub fn main_key(id: &str) -> String {
    key(id, Slot::Main)
}

/// The id and slot a storage key belongs to, if it is one of ours. Ids have no '.'.
fn parse_key(key: &str) -> Option<(&str, Slot)> {
    let rest = key.strip_prefix(PREFIX)?;
    let (id, suffix) = rest.find('.').map_or((rest, ""), |dot| rest.split_at(dot));
    let slot = Slot::SUFFIXES.iter().find(|(_, s)| *s == suffix)?.0;
    (!id.is_empty()).then_some((id, slot))
}

/// One kept session as the start screen lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredSession {
    pub id: String,
    /// Its summary, or why it does not open (its text is kept either way).
    pub state: Result<SessionSummary, LoadError>,
    /// Damaged text from this session has been set aside and can be downloaded.
    pub has_damaged_copy: bool,
}

pub fn raw(id: &str, slot: Slot) -> Option<String> {
    LocalStorage::raw().get_item(&key(id, slot)).ok().flatten()
}

fn write(id: &str, slot: Slot, text: &str) -> Result<(), StorageNotice> {
    LocalStorage::raw()
        .set_item(&key(id, slot), text)
        .map_err(|e| {
            if describe(&e).contains("QuotaExceeded") {
                StorageNotice::StorageFull
            } else {
                StorageNotice::SaveFailed(describe(&e))
            }
        })
}

/// Every id with something stored, and which slots it has.
fn stored_slots() -> BTreeMap<String, Vec<Slot>> {
    let storage = LocalStorage::raw();
    let mut found: BTreeMap<String, Vec<Slot>> = BTreeMap::new();
    for i in 0..storage.length().unwrap_or(0) {
        if let Ok(Some(k)) = storage.key(i) {
            if let Some((id, slot)) = parse_key(&k) {
                found.entry(id.to_string()).or_default().push(slot);
            }
        }
    }
    found
}

/// The kept sessions, newest first; those that do not open come last.
pub fn list() -> Vec<StoredSession> {
    let mut list: Vec<StoredSession> = stored_slots()
        .into_iter()
        .filter(|(_, slots)| slots.iter().any(|s| *s != Slot::Backup))
        .map(|(id, slots)| {
            let state = match raw(&id, Slot::Main) {
                Some(text) => Session::from_json(&text).map(|s| s.summary()),
                // Only a set-aside text is left (from a version that kept one game).
                None => Err(LoadError::Unreadable("set aside".into())),
            };
            StoredSession {
                has_damaged_copy: slots.contains(&Slot::Damaged),
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

pub fn load(id: &str) -> Result<Session, LoadError> {
    let text = raw(id, Slot::Main).ok_or_else(|| LoadError::Unreadable("not found".into()))?;
    let session = Session::from_json(&text)?;
    remember_written(id, text);
    Ok(session)
}

pub fn exists(id: &str) -> bool {
    raw(id, Slot::Main).is_some()
}

thread_local! {
    /// The text this window last wrote (or read) per session: known good, so it can
    /// become the backup without being parsed again on every move.
    static KNOWN_GOOD: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

fn remember_written(id: &str, text: String) {
    KNOWN_GOOD.with(|known| known.borrow_mut().insert(id.to_string(), text));
}

/// Store the session. The text it replaces becomes the backup first if it is good, or is
/// set aside if it is damaged; a text from a newer version is never written over. A full
/// storage is reported as such; the session in memory is untouched either way.
pub fn save(session: &Session) -> Result<(), StorageNotice> {
    let text = session.to_json();
    if let Some(previous) = raw(&session.id, Slot::Main) {
        if previous == text {
            return Ok(());
        }
        let known = KNOWN_GOOD.with(|known| known.borrow().get(&session.id) == Some(&previous));
        match if known {
            Ok(())
        } else {
            Session::from_json(&previous).map(|_| ())
        } {
            // A backup that does not fit is not worth stopping the save for.
            Ok(()) => {
                let _ = write(&session.id, Slot::Backup, &previous);
            }
            Err(LoadError::TooNew { .. }) => return Err(StorageNotice::NewerVersionKept),
            Err(_) => {
                let free = raw(&session.id, Slot::Damaged).is_none_or(|d| d == previous);
                if !(free && write(&session.id, Slot::Damaged, &previous).is_ok()) {
                    return Err(StorageNotice::SaveFailed(
                        "damaged text could not be set aside".into(),
                    ));
                }
            }
        }
    }
    write(&session.id, Slot::Main, &text)?;
    remember_written(&session.id, text);
    Ok(())
}

/// Remove everything kept for the session: the game, its backup, any damaged copy.
pub fn delete(id: &str) {
    for (slot, _) in Slot::SUFFIXES {
        LocalStorage::delete(key(id, slot));
    }
    KNOWN_GOOD.with(|known| known.borrow_mut().remove(id));
}

/// The session this browser tab has open; kept per tab, so a reload returns to it and
/// a second tab starts at the list.
pub fn open_in_this_tab() -> Option<String> {
    SessionStorage::raw()
        .get_item(StorageKey::OpenSession.as_str())
        .ok()
        .flatten()
}

pub fn set_open_in_this_tab(id: Option<&str>) {
    let storage = SessionStorage::raw();
    let _ = match id {
        Some(id) => storage.set_item(StorageKey::OpenSession.as_str(), id),
        None => storage.remove_item(StorageKey::OpenSession.as_str()),
    };
}

/// Run once at start: bring a session from the one-game layout of earlier versions
/// into the list, and mend every kept session that no longer opens from its backup.
/// What was found is reported; nothing is deleted.
pub fn recover() -> Vec<StorageNotice> {
    move_single_game_into_list();
    let mut notices = Vec::new();
    for (id, slots) in stored_slots() {
        if !slots.contains(&Slot::Main) {
            continue;
        }
        let Some(text) = raw(&id, Slot::Main) else {
            continue;
        };
        match Session::from_json(&text) {
            Ok(_) | Err(LoadError::TooNew { .. }) => {}
            Err(error) => notices.push(restore_backup(&id, &text, error)),
        }
    }
    notices
}

/// Set the damaged text aside and put the backup in its place, if the backup opens.
fn restore_backup(id: &str, damaged: &str, error: LoadError) -> StorageNotice {
    let set_aside = match raw(id, Slot::Damaged) {
        Some(earlier) if earlier != damaged => false,
        _ => write(id, Slot::Damaged, damaged).is_ok(),
    };
    let backup = raw(id, Slot::Backup)
        .and_then(|text| Session::from_json(&text).ok())
        // A backup of another game (hand-edited storage) does not stand in for this one.
        .filter(|session| session.id == id);
    match backup {
        // Only with the damaged text safe elsewhere may the backup take its place.
        Some(session) if set_aside && save_over_damaged(&session) => {
            StorageNotice::Restored(session.summary())
        }
        _ => StorageNotice::NotRestored(error),
    }
}

fn save_over_damaged(session: &Session) -> bool {
    write(&session.id, Slot::Main, &session.to_json()).is_ok()
}

fn move_single_game_into_list() {
    let legacy = StorageKey::Session.as_str();
    let Some(text) = LocalStorage::raw().get_item(legacy).ok().flatten() else {
        return;
    };
    let moved = match Session::from_json(&text) {
        Ok(session) if !exists(&session.id) => {
            let ok = write(&session.id, Slot::Main, &session.to_json()).is_ok();
            if ok && open_in_this_tab().is_none() {
                // The game that was open before the update opens again.
                set_open_in_this_tab(Some(&session.id));
            }
            ok
        }
        // The list has this game already: leave the old copy alone.
        Ok(_) => false,
        // Left untouched for the version that wrote it.
        Err(LoadError::TooNew { .. }) => false,
        Err(_) => {
            raw("older-version", Slot::Damaged).is_none()
                && write("older-version", Slot::Damaged, &text).is_ok()
        }
    };
    if moved {
        LocalStorage::delete(legacy);
    }
}

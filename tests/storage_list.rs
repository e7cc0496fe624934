//! The kept sessions as the start screen sees them: listed newest first, deleted whole,
//! and the one open in this tab remembered per tab.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod storage_common;

use kernespillet::model::persist::{LoadError, Unreadable};
use kernespillet::storage::{KeyValue, StorageKey};
use storage_common::*;

#[test]
fn delete_removes_the_game_its_backup_and_its_damaged_copy_only() {
    let store = store();
    let other = game_at(common::NOW + 1, 9, 1);
    store.save_session(&game(1)).unwrap();
    store.save_session(&game(2)).unwrap();
    store.save_session(&other).unwrap();
    let id = &game(0).id;
    store.kept().set(&damaged_key(id), "{").unwrap();
    assert_eq!(store.kept().keys().len(), 4);

    store.delete_session(id);
    assert_eq!(store.kept().keys(), vec![main_key(&other.id)]);
    assert!(!store.session_exists(id));
    // A game saved again after deletion starts without a backup.
    store.save_session(&game(3)).unwrap();
    assert_eq!(stored(&store, &backup_key(id)), None);
}

#[test]
fn the_list_is_newest_first_with_what_does_not_open_last() {
    let store = store();
    let (old, new) = (
        game_at(common::NOW, 1, 0),
        game_at(common::NOW + 60_000, 2, 0),
    );
    store.save_session(&old).unwrap();
    store.save_session(&new).unwrap();
    let broken = "18bcfe56800-0bad";
    store.kept().set(&main_key(broken), "{\"oops\"").unwrap();
    // Only a set-aside text is left of this one.
    store
        .kept()
        .set(&damaged_key("older-version"), "[")
        .unwrap();
    // A backup alone is not a game to list.
    store
        .kept()
        .set(&backup_key("18bcfe56800-0b0b"), &old.to_json())
        .unwrap();
    // A damaged copy is shown on the game it belongs to.
    store.kept().set(&damaged_key(&old.id), "{").unwrap();
    // Keys of other things are not games.
    store.kept().set(StorageKey::Decks.as_str(), "[]").unwrap();

    let list = store.list_sessions();
    let ids: Vec<&str> = list.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [new.id.as_str(), old.id.as_str(), broken, "older-version"]
    );
    assert_eq!(list[0].state, Ok(new.summary()));
    assert_eq!(list[1].state, Ok(old.summary()));
    assert!(matches!(list[2].state, Err(LoadError::Unreadable(_))));
    assert_eq!(
        list[3].state,
        Err(LoadError::Unreadable(Unreadable::NotStored))
    );
    let damaged: Vec<usize> = list.iter().map(|s| s.damaged_copies.len()).collect();
    assert_eq!(damaged, [0, 1, 0, 1]);
}

#[test]
fn the_open_session_is_kept_per_tab_not_with_the_games() {
    let store = store();
    assert_eq!(store.open_in_this_tab(), None);
    store.set_open_in_this_tab(Some("18bcfe56800-07ea"));
    assert_eq!(
        store.open_in_this_tab().as_deref(),
        Some("18bcfe56800-07ea")
    );
    assert_eq!(
        store.tab().get(StorageKey::OpenSession.as_str()).as_deref(),
        Some("18bcfe56800-07ea")
    );
    assert!(store.kept().snapshot().is_empty());
    store.set_open_in_this_tab(None);
    assert_eq!(store.open_in_this_tab(), None);
    assert!(store.tab().snapshot().is_empty());
}

//! The one game that versions before schema 3 kept (under `kernespillet.session`),
//! moved into the list at start: only when nothing can be lost by it.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod storage_common;

use kernespillet::model::Session;
use kernespillet::storage::{KeyValue, StorageKey};
use storage_common::*;

const LEGACY: &str = "kernespillet.session";

#[test]
fn the_one_game_of_earlier_versions_moves_into_the_list_and_opens_again() {
    assert_eq!(StorageKey::Session.as_str(), LEGACY);
    for text in [V1, V2] {
        let store = store();
        store.kept().set(LEGACY, text).unwrap();
        let session = Session::from_json(text).unwrap();
        assert_eq!(store.recover_sessions(), []);
        assert_eq!(stored(&store, LEGACY), None);
        assert_eq!(
            stored(&store, &main_key(&session.id)),
            Some(session.to_json())
        );
        assert_eq!(store.kept().keys(), vec![main_key(&session.id)]);
        assert_eq!(store.open_in_this_tab(), Some(session.id.clone()));
        assert_eq!(store.load_session(&session.id), Ok(session));
    }
}

#[test]
fn a_moved_game_does_not_take_a_tab_that_has_another_game_open() {
    let store = store();
    store.set_open_in_this_tab(Some("18bcfe56800-07ea"));
    store.kept().set(LEGACY, V2).unwrap();
    store.recover_sessions();
    assert_eq!(
        store.open_in_this_tab().as_deref(),
        Some("18bcfe56800-07ea")
    );
    assert_eq!(stored(&store, LEGACY), None);
}

#[test]
fn the_old_copy_is_left_alone_when_the_list_has_the_game() {
    let store = store();
    let session = Session::from_json(V2).unwrap();
    let mut newer = session.clone();
    newer.notes = "Skrevet efter opdateringen.".into();
    store.save_session(&newer).unwrap();
    store.kept().set(LEGACY, V2).unwrap();
    let before = store.kept().snapshot();
    assert_eq!(store.recover_sessions(), []);
    assert_eq!(store.kept().snapshot(), before);
    assert_eq!(store.open_in_this_tab(), None);
}

#[test]
fn an_old_copy_from_a_newer_version_is_left_alone() {
    let store = store();
    let newer = from_newer_version(&Session::from_json(V3).unwrap());
    store.kept().set(LEGACY, &newer).unwrap();
    assert_eq!(store.recover_sessions(), []);
    assert_eq!(store.kept().snapshot().len(), 1);
    assert_eq!(stored(&store, LEGACY), Some(newer));
    assert_eq!(store.open_in_this_tab(), None);
}

#[test]
fn a_damaged_old_copy_is_set_aside_as_older_version() {
    let store = store();
    let damaged = &V2[..V2.len() / 2];
    store.kept().set(LEGACY, damaged).unwrap();
    assert_eq!(store.recover_sessions(), []);
    assert_eq!(stored(&store, LEGACY), None);
    assert_eq!(damaged_copies(&store, "older-version"), [damaged]);
    let list = store.list_sessions();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, "older-version");
    assert_eq!(list[0].damaged_copies.len(), 1);
    assert!(list[0].state.is_err());

    // A second damaged old copy never replaces the first: it is kept beside it.
    store.kept().set(LEGACY, "{").unwrap();
    store.recover_sessions();
    assert_eq!(stored(&store, LEGACY), None);
    assert_eq!(damaged_copies(&store, "older-version"), [damaged, "{"]);
}

#[test]
fn an_old_copy_that_does_not_fit_stays_where_it_is() {
    let store = store();
    store.kept().set(LEGACY, V2).unwrap();
    store.kept().set_quota(Some(store.kept().used_bytes()));
    let before = store.kept().snapshot();
    assert_eq!(store.recover_sessions(), []);
    assert_eq!(store.kept().snapshot(), before);
    assert_eq!(store.open_in_this_tab(), None);
}

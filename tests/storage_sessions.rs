//! Saving and loading a kept session, checked against what is stored under which key
//! (on a store in memory, so the browser is not needed).
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod storage_common;

use kernespillet::model::persist::LoadError;
use kernespillet::storage::sessions::{self, Slot};
use kernespillet::storage::{KeyValue, MemoryStore, StorageNotice, Store};
use storage_common::*;

#[test]
fn a_saved_session_loads_as_it_was_and_is_kept_under_its_id() {
    let store = store();
    let session = game(3);
    store.save_session(&session).unwrap();

    let id = &session.id;
    assert_eq!(sessions::main_key(id), main_key(id));
    assert_eq!(stored(&store, &main_key(id)), Some(session.to_json()));
    assert_eq!(store.kept().keys(), vec![main_key(id)], "no backup yet");
    assert_eq!(store.session_text(id, Slot::Main), Some(session.to_json()));
    assert!(store.session_exists(id));
    assert_eq!(store.load_session(id), Ok(session));
}

#[test]
fn loading_a_session_that_is_not_there_says_so() {
    let store = store();
    assert!(!store.session_exists("18bcfe56800-0007"));
    assert!(matches!(
        store.load_session("18bcfe56800-0007"),
        Err(LoadError::Unreadable(_))
    ));
}

#[test]
fn the_second_save_keeps_the_text_it_replaces_as_the_backup() {
    let store = store();
    let (first, second, third) = (game(1), game(2), game(3));
    let id = &first.id;
    store.save_session(&first).unwrap();
    store.save_session(&second).unwrap();
    assert_eq!(stored(&store, &main_key(id)), Some(second.to_json()));
    assert_eq!(stored(&store, &backup_key(id)), Some(first.to_json()));

    store.save_session(&third).unwrap();
    assert_eq!(stored(&store, &main_key(id)), Some(third.to_json()));
    assert_eq!(stored(&store, &backup_key(id)), Some(second.to_json()));
    assert_eq!(store.kept().keys().len(), 2);
}

#[test]
fn a_text_saved_by_another_window_becomes_the_backup_too() {
    // Two windows over one localStorage, each with its own memory of what it wrote.
    let first_window = store();
    let second_window = Store::new(first_window.kept().clone(), MemoryStore::new());
    first_window.save_session(&game(1)).unwrap();
    second_window.save_session(&game(2)).unwrap();
    first_window.save_session(&game(3)).unwrap();
    let id = &game(0).id;
    assert_eq!(
        stored(&first_window, &main_key(id)),
        Some(game(3).to_json())
    );
    assert_eq!(
        stored(&first_window, &backup_key(id)),
        Some(game(2).to_json())
    );
}

#[test]
fn saving_the_same_text_again_writes_nothing_and_keeps_the_backup() {
    let store = store();
    store.save_session(&game(1)).unwrap();
    store.save_session(&game(2)).unwrap();
    let before = store.kept().snapshot();
    let writes = store.kept().writes();

    store.save_session(&game(2)).unwrap();
    assert_eq!(store.kept().writes(), writes, "no write at all");
    assert_eq!(store.kept().snapshot(), before);
    assert_eq!(
        stored(&store, &backup_key(&game(0).id)),
        Some(game(1).to_json()),
        "the backup is not replaced by a copy of the game itself"
    );
}

#[test]
fn a_damaged_text_is_set_aside_byte_for_byte_before_a_save() {
    let store = store();
    let session = game(2);
    let id = &session.id;
    store.save_session(&game(1)).unwrap();
    let damaged = half_written(&game(1));
    store.kept().set(&main_key(id), &damaged).unwrap();

    store.save_session(&session).unwrap();
    assert_eq!(damaged_copies(&store, id), [damaged]);
    assert_eq!(stored(&store, &main_key(id)), Some(session.to_json()));
    assert_eq!(
        stored(&store, &backup_key(id)),
        None,
        "a damaged text never becomes the backup"
    );
}

#[test]
fn the_same_damaged_text_already_set_aside_does_not_stop_a_save() {
    let store = store();
    let session = game(2);
    let id = &session.id;
    let damaged = half_written(&game(1));
    store.kept().set(&main_key(id), &damaged).unwrap();
    store.kept().set(&damaged_key(id), &damaged).unwrap();

    store.save_session(&session).unwrap();
    assert_eq!(stored(&store, &main_key(id)), Some(session.to_json()));
    assert_eq!(stored(&store, &damaged_key(id)), Some(damaged));
}

#[test]
fn a_second_damaged_text_is_kept_beside_the_first() {
    let store = store();
    let session = game(2);
    let id = &session.id;
    let (earlier, damaged) = ("{\"schema_version\":3,", half_written(&game(1)));
    store.kept().set(&damaged_key(id), earlier).unwrap();
    store.kept().set(&main_key(id), &damaged).unwrap();

    store.save_session(&session).unwrap();
    assert_eq!(damaged_copies(&store, id), [earlier.to_string(), damaged]);
    assert_eq!(stored(&store, &main_key(id)), Some(session.to_json()));
}

#[test]
fn a_save_that_cannot_set_the_damaged_text_aside_writes_nothing() {
    let store = store();
    let session = game(2);
    let id = &session.id;
    store
        .kept()
        .set(&main_key(id), &half_written(&game(1)))
        .unwrap();

    // The storage is full.
    let before = store.kept().snapshot();
    store.kept().set_quota(Some(store.kept().used_bytes()));
    assert_eq!(
        store.save_session(&session),
        Err(StorageNotice::SaveFailed(
            "damaged text could not be set aside".into()
        ))
    );
    assert_eq!(store.kept().snapshot(), before);
}

#[test]
fn a_text_from_a_newer_version_is_never_written_over() {
    let store = store();
    let session = game(2);
    let id = &session.id;
    store.save_session(&game(1)).unwrap();
    let newer = from_newer_version(&game(1));
    store.kept().set(&main_key(id), &newer).unwrap();
    let before = store.kept().snapshot();

    assert_eq!(
        store.save_session(&session),
        Err(StorageNotice::NewerVersionKept)
    );
    assert_eq!(stored(&store, &main_key(id)), Some(newer));
    assert_eq!(
        store.kept().snapshot(),
        before,
        "not even a backup is written"
    );
    assert!(matches!(
        store.load_session(id),
        Err(LoadError::TooNew { .. })
    ));
}

#[test]
fn a_full_storage_is_reported_and_nothing_is_half_written() {
    let store = store();
    let (old, new) = (game(1), game(4));
    assert!(new.to_json().len() > old.to_json().len());
    let id = &old.id.clone();

    // Nothing fits: not even the first save leaves anything behind.
    store.kept().set_quota(Some(0));
    assert_eq!(store.save_session(&old), Err(StorageNotice::StorageFull));
    assert!(store.kept().snapshot().is_empty());

    // Exactly full after the first save: the longer text does not fit, nor its backup.
    store.kept().set_quota(None);
    store.save_session(&old).unwrap();
    store.kept().set_quota(Some(store.kept().used_bytes()));
    let before = store.kept().snapshot();
    assert_eq!(store.save_session(&new), Err(StorageNotice::StorageFull));
    assert_eq!(store.kept().snapshot(), before);
    assert_eq!(store.load_session(id), Ok(old));

    // Room again: the save goes through as usual.
    store.kept().set_quota(None);
    store.save_session(&new).unwrap();
    assert_eq!(stored(&store, &main_key(id)), Some(new.to_json()));
}

#[test]
fn a_write_refused_for_another_reason_is_reported_in_the_browsers_words() {
    let store = store();
    store
        .kept()
        .set_failing(Some("SecurityError: The operation is insecure."));
    assert_eq!(
        store.save_session(&game(1)),
        Err(StorageNotice::SaveFailed(
            "SecurityError: The operation is insecure.".into()
        ))
    );
    assert!(store.kept().snapshot().is_empty());
}

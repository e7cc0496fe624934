//! What runs at start: damaged games mended from their backups, only when nothing can
//! be lost by it (the one-game store of earlier versions: `storage_legacy.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod storage_common;

use kernespillet::model::Session;
use kernespillet::storage::{KeyValue, MemoryStore, StorageNotice, Store};
use storage_common::*;

/// A game saved twice (so it has a backup) whose main text was then cut off.
fn damaged_with_backup() -> (Store<MemoryStore>, String) {
    let store = store();
    store.save_session(&game(1)).unwrap();
    store.save_session(&game(2)).unwrap();
    let damaged = half_written(&game(2));
    store.kept().set(&main_key(&game(0).id), &damaged).unwrap();
    (store, damaged)
}

#[test]
fn a_damaged_game_is_restored_from_its_backup_and_the_damage_kept() {
    let (store, damaged) = damaged_with_backup();
    let id = &game(0).id;
    assert_eq!(
        store.recover_sessions(),
        [StorageNotice::Restored(game(1).summary())]
    );
    assert_eq!(stored(&store, &main_key(id)), Some(game(1).to_json()));
    assert_eq!(stored(&store, &backup_key(id)), Some(game(1).to_json()));
    assert_eq!(damaged_copies(&store, id), [damaged]);
    assert_eq!(store.load_session(id), Ok(game(1)));
    // Mended: a second start finds nothing to do.
    let before = store.kept().snapshot();
    assert_eq!(store.recover_sessions(), []);
    assert_eq!(store.kept().snapshot(), before);
}

#[test]
fn good_games_and_newer_versions_are_left_as_they_are() {
    let store = store();
    store.save_session(&game(1)).unwrap();
    let other = game_at(common::NOW + 1, 3, 0);
    store
        .kept()
        .set(&main_key(&other.id), &from_newer_version(&other))
        .unwrap();
    store
        .kept()
        .set(&backup_key(&other.id), &other.to_json())
        .unwrap();
    let before = store.kept().snapshot();
    assert_eq!(store.recover_sessions(), []);
    assert_eq!(store.kept().snapshot(), before);
}

#[test]
fn without_a_backup_the_damaged_game_is_not_restored_but_set_aside_too() {
    let store = store();
    let id = &game(0).id;
    let damaged = half_written(&game(1));
    store.kept().set(&main_key(id), &damaged).unwrap();
    let error = Session::from_json(&damaged).unwrap_err();
    assert_eq!(
        store.recover_sessions(),
        [StorageNotice::NotRestored(error)]
    );
    assert_eq!(stored(&store, &main_key(id)), Some(damaged.clone()));
    assert_eq!(damaged_copies(&store, id), [damaged]);
    assert_eq!(stored(&store, &backup_key(id)), None);
    // Found again at the next start, it is not kept a second time.
    store.recover_sessions();
    assert_eq!(damaged_copies(&store, id).len(), 1);
}

#[test]
fn a_damaged_backup_is_not_restored() {
    let (store, damaged) = damaged_with_backup();
    let id = &game(0).id;
    store
        .kept()
        .set(&backup_key(id), "{\"schema_version\":3}")
        .unwrap();
    let notices = store.recover_sessions();
    assert!(matches!(notices[..], [StorageNotice::NotRestored(_)]));
    assert_eq!(stored(&store, &main_key(id)), Some(damaged));
    assert_eq!(
        stored(&store, &backup_key(id)).as_deref(),
        Some("{\"schema_version\":3}")
    );
}

#[test]
fn a_backup_of_another_game_does_not_stand_in() {
    let (store, damaged) = damaged_with_backup();
    let id = &game(0).id;
    let stranger = game_at(common::NOW + 1, 4, 1);
    assert_ne!(&stranger.id, id);
    store
        .kept()
        .set(&backup_key(id), &stranger.to_json())
        .unwrap();
    let notices = store.recover_sessions();
    assert!(matches!(notices[..], [StorageNotice::NotRestored(_)]));
    assert_eq!(stored(&store, &main_key(id)), Some(damaged));
}

#[test]
fn a_restore_that_cannot_be_written_leaves_the_damaged_game() {
    let (store, damaged) = damaged_with_backup();
    let id = &game(0).id;
    store.kept().set_failing(Some("SecurityError: no"));
    let before = store.kept().snapshot();
    let notices = store.recover_sessions();
    assert!(matches!(notices[..], [StorageNotice::NotRestored(_)]));
    assert_eq!(store.kept().snapshot(), before);
    assert_eq!(stored(&store, &main_key(id)), Some(damaged));
}

#[test]
fn a_game_damaged_three_times_is_mended_and_continued_each_time() {
    // Issue 17, point 3: the second damage used to leave the game unopenable, because
    // the one `.damaged` slot was taken by the first.
    let mut store = store();
    let id = &game(0).id;
    store.save_session(&game(1)).unwrap();
    let mut kept_damage = Vec::new();
    for round in 1..=3usize {
        // Played on: the game before this move becomes the backup.
        let (before, now) = (game(round), game(round + 1));
        store.save_session(&before).unwrap();
        store.save_session(&now).unwrap();
        let damaged = format!("{}{round}", half_written(&now));
        store.kept().set(&main_key(id), &damaged).unwrap();
        kept_damage.push(damaged);

        // A new window starts: the newest good text (the backup) takes the damage's place.
        store = Store::new(store.kept().clone(), MemoryStore::new());
        assert_eq!(
            store.recover_sessions(),
            [StorageNotice::Restored(before.summary())],
            "damage no. {round}"
        );
        assert_eq!(store.load_session(id), Ok(before.clone()));
        assert_eq!(damaged_copies(&store, id), kept_damage, "every damage kept");
        assert_eq!(store.list_sessions()[0].damaged_copies.len(), round);
    }
    // And the game goes on from there.
    store.save_session(&game(9)).unwrap();
    assert_eq!(store.load_session(id), Ok(game(9)));
}

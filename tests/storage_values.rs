//! The facilitator's decks and the small versioned values (setup draft, language), as
//! stored: what loads, what is set aside, and what is never written over.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod storage_common;

use kernespillet::model::{DeckLibrary, Lang, LocalText, STANDARD_DECK_ID};
use kernespillet::storage::{KeyValue, MemoryStore, StorageKey, StorageNotice, Store};
use storage_common::*;

const DECKS: &str = "kernespillet.decks";
const SET_ASIDE: &str = "kernespillet.decks.set-aside";
const LANGUAGE: &str = "kernespillet.language";
const SETUP: &str = "kernespillet.setup-draft";

fn library_with(names: &[&str]) -> DeckLibrary {
    let mut library = DeckLibrary::default();
    for name in names {
        let name = LocalText {
            da: (*name).into(),
            en: (*name).into(),
        };
        library.copy(STANDARD_DECK_ID, name).unwrap();
    }
    library
}

#[test]
fn the_keys_are_the_ones_earlier_versions_used() {
    assert_eq!(StorageKey::Decks.as_str(), DECKS);
    assert_eq!(StorageKey::SetAsideDecks.as_str(), SET_ASIDE);
    assert_eq!(StorageKey::Language.as_str(), LANGUAGE);
    assert_eq!(StorageKey::SetupDraft.as_str(), SETUP);
}

#[test]
fn with_no_decks_stored_only_the_standard_deck_is_there() {
    let store = store();
    assert_eq!(store.load_decks(), (DeckLibrary::default(), None));
    assert!(store.kept().snapshot().is_empty());
}

#[test]
fn saved_decks_load_as_they_were() {
    let store = store();
    let library = library_with(&["Hjemmeplejen", "Skolen"]);
    store.save_decks(&library).unwrap();
    let own: Vec<String> = library.own().iter().map(|d| d.to_json()).collect();
    assert_eq!(stored(&store, DECKS), Some(format!("[{}]", own.join(","))));
    assert_eq!(store.load_decks(), (library, None));
}

#[test]
fn decks_that_do_not_open_are_set_aside_byte_for_byte_and_the_rest_load() {
    let store = store();
    let good = library_with(&["Hjemmeplejen"]);
    let raw = format!(
        "[{},{{\"format\":\"nonsense\"}},42]",
        good.own()[0].to_json()
    );
    store.kept().set(DECKS, &raw).unwrap();

    let (library, notice) = store.load_decks();
    assert_eq!(notice, Some(StorageNotice::DecksNotOpened(2)));
    assert_eq!(library, good);
    assert_eq!(stored(&store, SET_ASIDE), Some(raw.clone()));

    // The next save keeps only what opened; the copy aside stays.
    store.save_decks(&library).unwrap();
    assert_eq!(
        stored(&store, DECKS),
        Some(format!("[{}]", good.own()[0].to_json()))
    );
    assert_eq!(stored(&store, SET_ASIDE), Some(raw));
}

#[test]
fn a_deck_list_that_is_not_json_is_set_aside_whole() {
    let store = store();
    store.kept().set(DECKS, "[{\"id\":").unwrap();
    let (library, notice) = store.load_decks();
    assert_eq!(library, DeckLibrary::default());
    assert_eq!(notice, Some(StorageNotice::DecksNotOpened(1)));
    assert_eq!(stored(&store, SET_ASIDE).as_deref(), Some("[{\"id\":"));
}

#[test]
fn an_earlier_copy_aside_is_never_overwritten_and_the_same_one_not_copied_twice() {
    let store = store();
    store.kept().set(DECKS, "first").unwrap();
    store.load_decks();
    store.load_decks();
    store.kept().set(DECKS, "second").unwrap();
    store.load_decks();
    let copies: Vec<(String, String)> = store
        .kept()
        .snapshot()
        .into_iter()
        .filter(|(k, _)| k.starts_with(SET_ASIDE))
        .collect();
    assert_eq!(
        copies,
        [
            (SET_ASIDE.to_string(), "first".to_string()),
            (format!("{SET_ASIDE}.2"), "second".to_string()),
        ]
    );
}

#[test]
fn decks_that_cannot_be_set_aside_are_never_saved_over_in_this_visit() {
    let store = store();
    store.kept().set(DECKS, "damaged").unwrap();
    store.kept().set_quota(Some(store.kept().used_bytes()));
    let (_, notice) = store.load_decks();
    assert!(matches!(notice, Some(StorageNotice::SaveFailed(_))));

    store.kept().set_quota(None);
    assert_eq!(store.save_decks(&library_with(&["Ny"])), Ok(()));
    assert_eq!(stored(&store, DECKS).as_deref(), Some("damaged"));

    // A new window (a fresh visit) tries again, and can set them aside now.
    let next_visit = Store::new(store.kept().clone(), store.tab().clone());
    let (_, notice) = next_visit.load_decks();
    assert_eq!(notice, Some(StorageNotice::DecksNotOpened(1)));
    assert_eq!(stored(&next_visit, SET_ASIDE).as_deref(), Some("damaged"));
}

#[test]
fn a_deck_save_that_does_not_fit_is_reported_in_the_browsers_words() {
    let store = store();
    store.kept().set_quota(Some(0));
    // Unlike a session, decks report a full storage as a failed save.
    assert_eq!(
        store.save_decks(&library_with(&["Ny"])),
        Err(StorageNotice::SaveFailed(
            "QuotaExceededError: the memory store is full".into()
        ))
    );
    assert!(store.kept().snapshot().is_empty());
}

#[test]
fn the_setup_draft_and_language_are_stored_with_their_version() {
    let store = store();
    let setup = common::setup(4);
    store.save_setup_draft(&setup).unwrap();
    store.save_lang(Lang::En);
    let draft: serde_json::Value = serde_json::from_str(&stored(&store, SETUP).unwrap()).unwrap();
    assert_eq!(draft["schema_version"], 1);
    assert_eq!(draft["value"], serde_json::to_value(&setup).unwrap());
    assert_eq!(
        stored(&store, LANGUAGE).as_deref(),
        Some("{\"schema_version\":1,\"value\":\"en\"}")
    );
    assert_eq!(store.load_setup_draft(), Some(setup));
    assert_eq!(store.load_lang(), Lang::En);
}

#[test]
fn bare_values_of_earlier_versions_still_load() {
    let store = store();
    let setup = common::setup(3);
    store
        .kept()
        .set(SETUP, &serde_json::to_string(&setup).unwrap())
        .unwrap();
    store.kept().set(LANGUAGE, "\"en\"").unwrap();
    assert_eq!(store.load_setup_draft(), Some(setup));
    assert_eq!(store.load_lang(), Lang::En);
}

#[test]
fn nothing_stored_or_damaged_gives_the_default_and_is_then_saved_over() {
    let store = store();
    assert_eq!(store.load_setup_draft(), None);
    assert_eq!(store.load_lang(), Lang::Da);
    store
        .kept()
        .set(LANGUAGE, "{\"schema_version\":1,")
        .unwrap();
    assert_eq!(store.load_lang(), Lang::Da);
    store.save_lang(Lang::En);
    assert_eq!(store.load_lang(), Lang::En);
}

#[test]
fn values_from_a_newer_version_are_left_untouched_for_the_rest_of_the_visit() {
    let store = store();
    let newer_lang = "{\"schema_version\":2,\"value\":{\"code\":\"en-GB\"}}";
    let newer_setup = "{\"schema_version\":9,\"value\":{\"teams\":[]}}";
    store.kept().set(LANGUAGE, newer_lang).unwrap();
    store.kept().set(SETUP, newer_setup).unwrap();

    assert_eq!(store.load_lang(), Lang::Da);
    assert_eq!(store.load_setup_draft(), None);
    store.save_lang(Lang::En);
    store.save_setup_draft(&common::setup(2)).unwrap();
    store.save_lang(Lang::Da);
    assert_eq!(stored(&store, LANGUAGE).as_deref(), Some(newer_lang));
    assert_eq!(stored(&store, SETUP).as_deref(), Some(newer_setup));

    // Only this store remembers: another window that never read them is not held back
    // (which is why the app reads them before it writes them).
    let other = storage_common::store();
    other.save_lang(Lang::En);
    assert_eq!(
        stored(&other, LANGUAGE).as_deref(),
        Some("{\"schema_version\":1,\"value\":\"en\"}")
    );
}

#[test]
fn only_the_value_from_a_newer_version_is_held_back() {
    let store = store();
    let newer_lang = "{\"schema_version\":2,\"value\":\"en\"}";
    store.kept().set(LANGUAGE, newer_lang).unwrap();
    assert_eq!(store.load_lang(), Lang::Da);
    assert_eq!(store.load_setup_draft(), None);
    store.save_setup_draft(&common::setup(2)).unwrap();
    assert_eq!(store.load_setup_draft(), Some(common::setup(2)));
    assert_eq!(stored(&store, LANGUAGE).as_deref(), Some(newer_lang));
}

#[test]
fn a_deck_list_changed_in_another_window_is_not_saved_over_and_the_one_before_is_backed_up() {
    // Issue 17, point 8: two windows editing decks each saved their whole list, so the
    // second to save removed what the first had added.
    let first = store();
    let second = Store::new(first.kept().clone(), MemoryStore::new());
    let one = library_with(&["Hjemmeplejen"]);
    first.load_decks();
    second.load_decks();
    first.save_decks(&one).unwrap();
    assert_eq!(
        stored(&first, "kernespillet.decks.backup"),
        None,
        "nothing before"
    );

    // The second window still has the empty list it read: its save is refused.
    let mine = library_with(&["Skolen"]);
    assert_eq!(
        second.save_decks(&mine),
        Err(StorageNotice::DecksChangedElsewhere)
    );
    assert_eq!(first.load_decks().0, one, "the first window's deck is kept");

    // Read again, it saves on top of the other window's list; the list before is kept.
    let (mut read, _) = second.load_decks();
    read.copy(
        STANDARD_DECK_ID,
        LocalText {
            da: "Skolen".into(),
            en: "Skolen".into(),
        },
    )
    .unwrap();
    second.save_decks(&read).unwrap();
    assert_eq!(first.load_decks().0.own().len(), 2);
    let backup = stored(&first, "kernespillet.decks.backup").unwrap();
    assert_eq!(backup, format!("[{}]", one.own()[0].to_json()));
}

#[test]
fn a_setup_draft_changed_in_another_window_is_not_saved_over_and_the_one_before_is_backed_up() {
    // Issue 17, point 8: the setup draft had no owner and no backup.
    let first = store();
    let second = Store::new(first.kept().clone(), MemoryStore::new());
    assert_eq!(first.load_setup_draft(), None);
    assert_eq!(second.load_setup_draft(), None);
    first.save_setup_draft(&common::setup(3)).unwrap();
    assert_eq!(stored(&first, "kernespillet.setup-draft.backup"), None);

    assert_eq!(
        second.save_setup_draft(&common::setup(5)),
        Err(StorageNotice::SetupChangedElsewhere),
        "the second window read no draft, and one has been saved since"
    );
    assert_eq!(first.load_setup_draft(), Some(common::setup(3)));

    // Read again, the second window's change is saved and the draft before is kept.
    assert_eq!(second.load_setup_draft(), Some(common::setup(3)));
    second.save_setup_draft(&common::setup(4)).unwrap();
    assert_eq!(first.load_setup_draft(), Some(common::setup(4)));
    let backup = stored(&first, "kernespillet.setup-draft.backup").unwrap();
    let backup: serde_json::Value = serde_json::from_str(&backup).unwrap();
    assert_eq!(
        backup["value"],
        serde_json::to_value(common::setup(3)).unwrap()
    );
}

#[test]
fn a_damaged_setup_draft_is_set_aside_each_time_and_its_backup_takes_its_place() {
    let store = store();
    store.save_setup_draft(&common::setup(2)).unwrap();
    store.save_setup_draft(&common::setup(3)).unwrap();
    for (n, damage) in ["{\"schema_version\":1,", "[1,2", "ikke json"]
        .iter()
        .enumerate()
    {
        store.kept().set(SETUP, damage).unwrap();
        assert_eq!(
            store.load_setup_draft(),
            Some(common::setup(2)),
            "damage {n} is mended from the backup"
        );
        // The next change saves over the damaged text, and keeps the good backup.
        store.save_setup_draft(&common::setup(2)).unwrap();
        assert_eq!(store.load_setup_draft(), Some(common::setup(2)));
    }
    let kept = store.kept().snapshot();
    let set_aside: Vec<&String> = kept
        .iter()
        .filter(|(key, _)| key.starts_with("kernespillet.setup-draft.set-aside"))
        .map(|(_, text)| text)
        .collect();
    assert_eq!(
        set_aside.len(),
        3,
        "each damaged text is kept: {set_aside:?}"
    );
    assert!(set_aside.contains(&&"ikke json".to_string()));
}

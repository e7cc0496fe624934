//! The team's notebook on its device: kept as written, numbers never given out twice,
//! a damaged one set aside as it was, one from a newer version left alone, and the
//! device's id the same on every visit.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod storage_common;

use kernespillet::model::limits::{MAX_IDEA_CHARS, MAX_NOTEBOOK_IDEAS};
use kernespillet::model::{Category, NotebookDraft, NotebookError};
use kernespillet::protocol::handover::NotebookIdea;
use kernespillet::storage::{KeyValue, StorageKey};
use storage_common::*;

const NOTEBOOK: &str = "kernespillet.notebook";

fn written() -> NotebookDraft {
    let mut draft = NotebookDraft::default();
    draft.choose_team(1, " Uglerne ");
    draft
        .add("Faste makkerpar.", Some(Category::Tillid))
        .unwrap();
    draft.add("  Et \"stop-gøre\"-møde – æøå.  ", None).unwrap();
    draft.typing = "Halvt skr".into();
    draft
}

#[test]
fn the_notebook_is_kept_as_written() {
    assert_eq!(StorageKey::Notebook.as_str(), NOTEBOOK);
    let store = store();
    assert_eq!(store.load_notebook(), NotebookDraft::default());
    let draft = written();
    store.save_notebook(&draft).unwrap();
    assert_eq!(store.load_notebook(), draft);
    assert_eq!(draft.team_name, "Uglerne");
    assert_eq!(draft.ideas[1].text, "Et \"stop-gøre\"-møde – æøå.");
}

#[test]
fn numbers_are_never_given_out_twice() {
    let mut draft = written();
    draft.remove(2).unwrap();
    assert_eq!(draft.add("Ny.", None), Ok(3));
    draft.clear();
    assert_eq!(draft.add("Efter en tom notesbog.", None), Ok(4));
    assert_eq!(draft.remove(9), Err(NotebookError::NoSuchIdea(9)));
    assert_eq!(draft.edit(4, "  "), Err(NotebookError::Empty));
    assert_eq!(
        draft.edit(4, &"x".repeat(MAX_IDEA_CHARS + 1)),
        Err(NotebookError::TooLong)
    );
    assert_eq!(draft.add("", None), Err(NotebookError::Empty));
    for i in 1..MAX_NOTEBOOK_IDEAS {
        draft.add(&format!("{i}"), None).unwrap();
    }
    assert!(draft.is_full());
    let full = draft.clone();
    assert_eq!(draft.add("En for meget.", None), Err(NotebookError::Full));
    assert_eq!(draft, full);
    // Without a team there is nothing to hand over.
    assert_eq!(NotebookDraft::default().notebook("d-abc"), None);
    let notebook = written().notebook("d-abc").unwrap();
    assert_eq!((notebook.team, notebook.ideas.len()), (1, 2));
    assert_eq!(notebook.origin(&notebook.ideas[0]), "d-abc:1");
}

#[test]
fn a_stored_notebook_is_mended_without_losing_an_idea_that_can_be_kept() {
    let store = store();
    let mut odd = written();
    odd.next_n = 1;
    odd.team = Some(9);
    odd.ideas.push(NotebookIdea {
        n: 2,
        text: "Samme nummer.".into(),
        category: None,
    });
    odd.ideas.push(NotebookIdea {
        n: 7,
        text: "  ".into(),
        category: None,
    });
    odd.ideas.push(NotebookIdea {
        n: 8,
        text: "y".repeat(400),
        category: None,
    });
    store.save_notebook(&odd).unwrap();
    let mended = store.load_notebook();
    assert_eq!(mended.team, None);
    assert_eq!(
        mended.ideas.iter().map(|i| i.n).collect::<Vec<_>>(),
        vec![1, 2, 8]
    );
    assert_eq!(mended.ideas[2].text.chars().count(), MAX_IDEA_CHARS);
    assert_eq!(mended.next_n, 9);
}

#[test]
fn a_damaged_notebook_is_set_aside_and_a_newer_one_left_alone() {
    let store = store();
    store
        .kept()
        .set(
            NOTEBOOK,
            "{\"schema_version\":1,\"value\":{\"ideas\":[{\"n\":",
        )
        .unwrap();
    assert_eq!(store.load_notebook(), NotebookDraft::default());
    assert_eq!(
        stored(&store, "kernespillet.notebook.set-aside").as_deref(),
        Some("{\"schema_version\":1,\"value\":{\"ideas\":[{\"n\":")
    );
    store.save_notebook(&written()).unwrap();

    let newer = "{\"schema_version\":99,\"value\":{\"whatever\":true}}";
    let store = storage_common::store();
    store.kept().set(NOTEBOOK, newer).unwrap();
    assert_eq!(store.load_notebook(), NotebookDraft::default());
    assert!(store.save_notebook(&written()).is_err());
    assert_eq!(stored(&store, NOTEBOOK).as_deref(), Some(newer));
}

#[test]
fn the_device_keeps_its_id() {
    let store = store();
    let first = store.device_id(|| "d-000000000001".into());
    assert_eq!(first, "d-000000000001");
    assert_eq!(store.device_id(|| "d-000000000002".into()), first);
    store
        .kept()
        .set("kernespillet.device", "NOT AN ID")
        .unwrap();
    assert_eq!(
        store.device_id(|| "d-000000000003".into()),
        "d-000000000003"
    );
}

//! What a team's tablet keeps in its tab: the requests the game has not applied yet
//! survive a reload, per game, a damaged value reads as none, and the oldest go first
//! past the limit.

#![cfg(not(target_arch = "wasm32"))]

mod common;
mod storage_common;

use kernespillet::model::TeamRequest;
use kernespillet::storage::KeyValue;
use storage_common::*;

fn idea(n: u32) -> (u64, TeamRequest) {
    (
        u64::from(n),
        TeamRequest::SaveIdea {
            n,
            text: format!("Idé {n} – æøå"),
        },
    )
}

#[test]
fn requests_not_applied_are_kept_per_game_until_applied() {
    let store = store();
    assert!(store.tablet_pending("g-1").is_empty());
    store.set_tablet_pending("g-1", &[idea(1), (2, TeamRequest::Roll)]);
    assert_eq!(
        store.tablet_pending("g-1"),
        vec![idea(1), (2, TeamRequest::Roll)]
    );
    assert!(
        store.tablet_pending("g-2").is_empty(),
        "another game's are its own"
    );
    store.set_tablet_pending("g-1", &[]);
    assert!(store.tablet_pending("g-1").is_empty());
    assert_eq!(
        store.tab().get("kernespillet.tablet.pending.g-1"),
        None,
        "nothing left behind"
    );
}

#[test]
fn a_damaged_value_reads_as_none_and_the_oldest_go_past_the_limit() {
    let store = store();
    store
        .tab()
        .set("kernespillet.tablet.pending.g-1", "[[1, {\"roll\"")
        .unwrap();
    assert!(store.tablet_pending("g-1").is_empty());
    let many: Vec<_> = (1..=130).map(idea).collect();
    store.set_tablet_pending("g-1", &many);
    let kept = store.tablet_pending("g-1");
    assert_eq!(kept.len(), 100);
    assert_eq!(kept.first(), Some(&idea(31)));
    assert_eq!(kept.last(), Some(&idea(130)));
}

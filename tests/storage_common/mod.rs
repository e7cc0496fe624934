//! Shared helpers for the native storage tests: a fresh store per test, games with
//! several distinct texts, and the texts storage must never lose.
#![allow(dead_code)]

use kernespillet::model::session::SCHEMA_VERSION;
use kernespillet::model::Session;
use kernespillet::storage::{KeyValue, MemoryStore, Store};

use crate::common;

pub const V1: &str = include_str!("../fixtures/session-v1.json");
pub const V2: &str = include_str!("../fixtures/session-v2.json");
pub const V3: &str = include_str!("../fixtures/session-v3.json");

/// A new window on an empty browser storage.
pub fn store() -> Store<MemoryStore> {
    Store::new(MemoryStore::new(), MemoryStore::new())
}

/// The keys a session is kept under, spelt out: the tests pin the stored layout.
pub fn main_key(id: &str) -> String {
    format!("kernespillet.sessions.{id}")
}
pub fn backup_key(id: &str) -> String {
    format!("kernespillet.sessions.{id}.backup")
}
pub fn damaged_key(id: &str) -> String {
    format!("kernespillet.sessions.{id}.damaged")
}

/// Every damaged text set aside for the game, oldest first (by the time in its key).
pub fn damaged_copies(store: &Store<MemoryStore>, id: &str) -> Vec<String> {
    let prefix = format!("kernespillet.sessions.{id}.damaged");
    let mut keys: Vec<(u64, String)> = store
        .kept()
        .keys()
        .into_iter()
        .filter_map(|key| {
            let rest = key.strip_prefix(&prefix)?;
            let at = match rest {
                "" => 0,
                _ => rest.strip_prefix('-')?.parse().ok()?,
            };
            Some((at, key))
        })
        .collect();
    keys.sort();
    keys.into_iter()
        .filter_map(|(_, key)| store.kept().get(&key))
        .collect()
}

pub fn stored(store: &Store<MemoryStore>, key: &str) -> Option<String> {
    store.kept().get(key)
}

/// A game created at `created_at_ms`, `moves` moves into play: the same game (same id)
/// has a different text after every move.
pub fn game_at(created_at_ms: u64, seed: u64, moves: usize) -> Session {
    let mut session = Session::new(
        &common::setup(3),
        &common::standard_deck(),
        seed,
        created_at_ms,
    )
    .unwrap();
    session.advance_phase(created_at_ms).unwrap();
    session.advance_phase(created_at_ms).unwrap();
    for pick in 0..moves {
        common::step(&mut session, pick);
    }
    session
}

/// The same game after `moves` moves.
pub fn game(moves: usize) -> Session {
    game_at(common::NOW, 7, moves)
}

/// A text that cut off halfway, as a write interrupted by a crash leaves it.
pub fn half_written(session: &Session) -> String {
    let text = session.to_json();
    text[..text.len() / 2].to_string()
}

/// The session's text as a newer version of the app would write it.
pub fn from_newer_version(session: &Session) -> String {
    let mut value: serde_json::Value = serde_json::from_str(&session.to_json()).unwrap();
    value["schema_version"] = (SCHEMA_VERSION + 1).into();
    value["something_new"] = "from the future".into();
    serde_json::to_string(&value).unwrap()
}

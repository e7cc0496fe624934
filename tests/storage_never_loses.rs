//! Any sequence of saves, damage from outside, restarts and full storage never loses
//! the last good text of a game, nor any damaged text or a newer version's text.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod storage_common;

use std::sync::OnceLock;

use kernespillet::model::Session;
use kernespillet::storage::{KeyValue, MemoryStore, Store};
use proptest::prelude::*;
use storage_common::*;

const MOVES: usize = 6;

/// The game after each number of moves, and its text, made once (slow to build).
fn games() -> &'static [(Session, String)] {
    static GAMES: OnceLock<Vec<(Session, String)>> = OnceLock::new();
    GAMES.get_or_init(|| (0..MOVES).map(|n| (game(n), game(n).to_json())).collect())
}

#[derive(Clone, Debug)]
enum Op {
    /// The open game is saved after this many moves.
    Save(usize),
    /// Something outside the app replaces the game's text: cut off, nonsense, or
    /// written by a newer version.
    CutOff(usize),
    Nonsense(u8),
    NewerVersion(usize),
    /// Something outside the app cuts off the backup.
    BackupCutOff,
    /// The app starts again (a new window: what it remembered is gone) and recovers.
    Restart,
    /// The window opens the game (and remembers its text as good).
    Load,
    /// The storage fills up (no write may grow it) or is emptied of other things.
    Full(bool),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..MOVES).prop_map(Op::Save),
        1 => (0..MOVES).prop_map(Op::CutOff),
        1 => any::<u8>().prop_map(Op::Nonsense),
        1 => (0..MOVES).prop_map(Op::NewerVersion),
        1 => Just(Op::BackupCutOff),
        2 => Just(Op::Restart),
        1 => Just(Op::Load),
        1 => any::<bool>().prop_map(Op::Full),
    ]
}

/// What the test knows must still be stored, independently of how storage keeps it.
#[derive(Default)]
struct Owed {
    /// The newest good text of the game that anything left in storage.
    last_good: Option<String>,
    /// Texts the app did not write (damaged, or a newer version's): never dropped.
    foreign: Vec<String>,
}

struct World {
    store: Store<MemoryStore>,
    id: String,
    owed: Owed,
}

impl World {
    fn slot(&self, key: String) -> Option<String> {
        self.store.kept().get(&key)
    }

    /// The game's main and backup slots, and every damaged copy set aside.
    fn slots(&self) -> (Option<String>, Option<String>, Vec<String>) {
        (
            self.slot(main_key(&self.id)),
            self.slot(backup_key(&self.id)),
            damaged_copies(&self.store, &self.id),
        )
    }

    /// Something outside the app wrote `text` under `key`: whatever it replaced is no
    /// longer owed, since the app never had a chance to keep it.
    fn outside_write(&mut self, key: String, text: String, foreign: bool) {
        if self.store.kept().set(&key, &text).is_err() {
            return; // it did not fit either
        }
        // Where each kind of text is owed: as `check` looks for it.
        let (main, backup, damaged) = self.slots();
        let in_either = |t: &String, a: &Option<String>, b: &Option<String>| {
            a.as_ref() == Some(t) || b.as_ref() == Some(t)
        };
        self.owed
            .foreign
            .retain(|t| main.as_ref() == Some(t) || damaged.contains(t));
        let good_lost =
            (self.owed.last_good.as_ref()).is_some_and(|good| !in_either(good, &main, &backup));
        if good_lost {
            // The newest good text left is the backup, if it is one of this game.
            let id = &self.id;
            self.owed.last_good =
                backup.filter(|t| Session::from_json(t).is_ok_and(|s| &s.id == id));
        }
        if foreign {
            self.owed.foreign.push(text);
        }
    }

    fn apply(&mut self, op: &Op) {
        let main = main_key(&self.id);
        match op {
            Op::Save(n) => {
                let (session, text) = &games()[*n];
                let before = self.slot(main.clone());
                match self.store.save_session(session) {
                    Ok(()) => {
                        assert_eq!(self.slot(main).as_ref(), Some(text));
                        self.owed.last_good = Some(text.clone());
                    }
                    Err(_) => assert_eq!(self.slot(main), before, "a failed save changes no game"),
                }
            }
            Op::CutOff(n) => {
                let text = &games()[*n].1;
                self.outside_write(main, text[..text.len() / 2].to_string(), true);
            }
            Op::Nonsense(b) => self.outside_write(main, format!("{{\"{b}\""), true),
            Op::NewerVersion(n) => {
                self.outside_write(main, from_newer_version(&games()[*n].0), true);
            }
            Op::BackupCutOff => {
                if let Some(backup) = self.slot(backup_key(&self.id)) {
                    let cut = backup[..backup.len() / 2].to_string();
                    self.outside_write(backup_key(&self.id), cut, false);
                }
            }
            Op::Restart => {
                self.store = Store::new(self.store.kept().clone(), MemoryStore::new());
                self.store.recover_sessions();
            }
            Op::Load => {
                let _ = self.store.load_session(&self.id);
            }
            Op::Full(full) => {
                let kept = self.store.kept();
                kept.set_quota(full.then(|| kept.used_bytes()));
            }
        }
    }

    fn check(&self, step: usize, op: &Op) {
        let (main, backup, damaged) = self.slots();
        if let Some(good) = &self.owed.last_good {
            assert!(
                main.as_ref() == Some(good) || backup.as_ref() == Some(good),
                "step {step} ({op:?}): the last good text is in neither main nor backup"
            );
        }
        for text in &self.owed.foreign {
            assert!(
                main.as_ref() == Some(text) || damaged.contains(text),
                "step {step} ({op:?}): a text the app did not write was lost: {:.60}",
                text
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_sequence_of_saves_damage_and_restarts_loses_a_text(
        ops in proptest::collection::vec(op(), 1..30),
    ) {
        let mut world = World {
            store: store(),
            id: game(0).id,
            owed: Owed::default(),
        };
        for (step, op) in ops.iter().enumerate() {
            world.apply(op);
            world.check(step, op);
        }
    }
}

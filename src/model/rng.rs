//! Seeded randomness, so a game replays exactly from its seed and its moves.
//!
//! The session stores only a seed and how many random draws it has made; each draw
//! gets a generator derived from both. That keeps the session a plain serialisable
//! value while every roll and shuffle stays reproducible.

use rand::rngs::Xoshiro256PlusPlus;
use rand::seq::SliceRandom;
use rand::{RngExt, SeedableRng};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameRng {
    seed: u64,
    draws: u64,
}

impl GameRng {
    pub fn new(seed: u64) -> GameRng {
        GameRng { seed, draws: 0 }
    }

    /// The generator as it was when the game began: what a replay starts from.
    pub fn at_start(&self) -> GameRng {
        GameRng::new(self.seed)
    }

    fn next_generator(&mut self) -> Xoshiro256PlusPlus {
        // Multiplying by the golden-ratio constant spreads consecutive counters far
        // apart before the seed expander mixes them further.
        let key = self.seed ^ self.draws.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.draws += 1;
        Xoshiro256PlusPlus::seed_from_u64(key)
    }

    /// One throw of a six-sided die.
    pub fn roll_die(&mut self) -> u8 {
        self.next_generator().random_range(1..=6)
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        items.shuffle(&mut self.next_generator());
    }
}

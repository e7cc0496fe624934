//! The cards of a game in play: one face-down draw pile and one discard pile per kind.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::category::DeckKind;
use super::deck::Deck;
use super::rng::GameRng;

/// One kind's cards in play. The top of the draw pile is its first element.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pile {
    pub draw: Vec<String>,
    pub discard: Vec<String>,
}

/// All draw piles of a game, one per card kind.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piles(pub BTreeMap<DeckKind, Pile>);

impl Piles {
    /// Shuffle each kind's cards into its own draw pile.
    pub fn shuffled(deck: &Deck, rng: &mut GameRng) -> Piles {
        let mut piles = BTreeMap::new();
        for kind in DeckKind::ALL {
            let mut draw: Vec<String> = deck.ids_of(kind).map(str::to_string).collect();
            rng.shuffle(&mut draw);
            piles.insert(
                kind,
                Pile {
                    draw,
                    discard: Vec::new(),
                },
            );
        }
        Piles(piles)
    }

    /// Take the top card of a kind. When the draw pile is empty the discard pile is
    /// shuffled into a new draw pile first, so no card repeats before all were seen.
    pub fn draw(&mut self, kind: DeckKind, rng: &mut GameRng) -> Option<String> {
        let pile = self.0.get_mut(&kind)?;
        if pile.draw.is_empty() {
            pile.draw = std::mem::take(&mut pile.discard);
            rng.shuffle(&mut pile.draw);
        }
        if pile.draw.is_empty() {
            None
        } else {
            Some(pile.draw.remove(0))
        }
    }

    /// Put a played card on its kind's discard pile.
    pub fn discard(&mut self, kind: DeckKind, card: String) {
        self.0.entry(kind).or_default().discard.push(card);
    }

    pub fn pile(&self, kind: DeckKind) -> Option<&Pile> {
        self.0.get(&kind)
    }
}

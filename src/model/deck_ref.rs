//! How a game keeps its deck in its saved text. The built-in deck is named, not copied:
//! its id, its version and the cards the facilitator left out (42 of a long session's
//! 84 KB were the copy). Any other deck — the facilitator's own, or an older game's
//! copy — is kept whole, as before, so every game opens with exactly its own cards.
//!
//! A version of the built-in deck that games have been saved with must stay readable:
//! when the standard deck gets a new edition, the old edition's file is kept in the app
//! and listed in `built_in_edition`.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::deck::Deck;
use super::deck_library::{standard_deck, STANDARD_DECK_ID};
use super::persist::read_value;

#[derive(Serialize, Deserialize)]
struct BuiltIn {
    builtin: String,
    version: String,
    /// The cards the facilitator took out of this game, in the deck's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    without: Vec<String>,
}

/// The standard deck's first edition (1.0.0), which games were saved with before the
/// second: kept so that those games open with exactly their cards.
fn first_edition() -> &'static Deck {
    static DECK: OnceLock<Deck> = OnceLock::new();
    DECK.get_or_init(|| {
        Deck::from_json(include_str!("../../assets/decks/standard-1.0.0.json"))
            .expect("the first edition is valid (tests/model_deck_editions.rs)")
    })
}

/// The built-in deck of this id and version, if the app has it.
pub fn built_in_edition(id: &str, version: &str) -> Option<&'static Deck> {
    if id != STANDARD_DECK_ID {
        return None;
    }
    [standard_deck(), first_edition()]
        .into_iter()
        .find(|edition| edition.version == version)
}

/// The deck as a reference, when it is a built-in deck with some cards left out.
fn as_reference(deck: &Deck) -> Option<BuiltIn> {
    let base = built_in_edition(&deck.id, &deck.version)?;
    let kept: BTreeSet<&str> = deck.cards.iter().map(|c| c.id.as_str()).collect();
    let without: Vec<String> = base
        .cards
        .iter()
        .filter(|c| !kept.contains(c.id.as_str()))
        .map(|c| c.id.clone())
        .collect();
    let off: BTreeSet<String> = without.iter().cloned().collect();
    (base.without(&off) == *deck).then(|| BuiltIn {
        builtin: deck.id.clone(),
        version: deck.version.clone(),
        without,
    })
}

pub fn serialize<S: Serializer>(deck: &Deck, serializer: S) -> Result<S::Ok, S::Error> {
    match as_reference(deck) {
        Some(reference) => reference.serialize(serializer),
        None => deck.serialize(serializer),
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Deck, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    if value.get("builtin").is_none() {
        return read_value(value).map_err(|(_, e)| D::Error::custom(e));
    }
    let reference: BuiltIn = read_value(value).map_err(|(_, e)| D::Error::custom(e))?;
    let base = built_in_edition(&reference.builtin, &reference.version).ok_or_else(|| {
        D::Error::custom("the game's deck is a built-in edition this version of the app lacks")
    })?;
    let off: BTreeSet<String> = reference.without.into_iter().collect();
    if off.iter().any(|id| base.card(id).is_none()) {
        return Err(D::Error::custom(
            "the game leaves out a card its deck does not have",
        ));
    }
    Ok(base.without(&off))
}

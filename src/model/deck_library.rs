//! The decks a facilitator can choose from: the shipped standard deck, which never
//! changes, and their own decks, which they copy, edit, import and delete.
//!
//! Every change goes through here and is checked, so a stored deck is always one a
//! game can be played with.

use std::sync::OnceLock;

use super::deck::{Deck, DeckProblem};
use super::lang::LocalText;
use super::limits::{MAX_DECK_NAME_CHARS, MAX_OWN_DECKS};

pub const STANDARD_DECK_ID: &str = "standard";

/// The deck shipped with the app. It is built into the program, so a game can start
/// with no network and no file access; `cargo test` proves it valid.
pub fn standard_deck() -> &'static Deck {
    static DECK: OnceLock<Deck> = OnceLock::new();
    DECK.get_or_init(|| {
        Deck::from_json(include_str!("../../assets/decks/standard.json"))
            .expect("the shipped deck is valid (tests/model_deck.rs)")
    })
}

/// Why a change to a deck was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditRefused {
    /// The standard deck and unknown ids cannot be edited.
    NotEditable,
    /// The change would leave the deck unplayable; the deck is unchanged.
    Invalid(Vec<DeckProblem>),
}

/// What an imported deck's id collides with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clash {
    /// The standard deck's id: the import becomes a new deck.
    Standard,
    /// One of the facilitator's decks, which the import may replace.
    Own(LocalText),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeckLibrary {
    own: Vec<Deck>,
}

impl DeckLibrary {
    /// A library of the facilitator's decks; ids that repeat, or take the standard
    /// deck's id, are given fresh ones so no deck hides another.
    pub fn new(decks: Vec<Deck>) -> DeckLibrary {
        let mut library = DeckLibrary::default();
        for deck in decks {
            library.import(deck, false);
        }
        library
    }

    /// The facilitator's own decks, in the order they were made.
    pub fn own(&self) -> &[Deck] {
        &self.own
    }

    /// Every deck, the standard one first.
    pub fn all(&self) -> impl Iterator<Item = &Deck> + '_ {
        std::iter::once(standard_deck()).chain(&self.own)
    }

    pub fn get(&self, id: &str) -> Option<&Deck> {
        self.all().find(|d| d.id == id)
    }

    /// The deck with `id`, or the standard deck when it no longer exists.
    pub fn get_or_standard(&self, id: &str) -> &Deck {
        self.get(id).unwrap_or_else(|| standard_deck())
    }

    pub fn is_editable(&self, id: &str) -> bool {
        self.own.iter().any(|d| d.id == id)
    }

    /// Whether the facilitator has as many decks as may be kept ([`MAX_OWN_DECKS`]): a
    /// copy or an import that adds one is refused until one is deleted.
    pub fn is_full(&self) -> bool {
        self.own.len() >= MAX_OWN_DECKS
    }

    /// Copy a deck into a new, editable one called `name`; returns the new id. `None`
    /// when there is no such deck or the library [is full](Self::is_full).
    pub fn copy(&mut self, id: &str, name: LocalText) -> Option<String> {
        if self.is_full() {
            return None;
        }
        let mut copy = self.get(id)?.clone();
        // "Copy of copy of …" must still fit the name's limit.
        let fit = |text: &str| text.chars().take(MAX_DECK_NAME_CHARS).collect::<String>();
        let name = LocalText {
            da: fit(&name.da),
            en: fit(&name.en),
        };
        copy.id = self.fresh_id(&slug(&name.da));
        copy.name = name;
        let new_id = copy.id.clone();
        self.own.push(copy);
        Some(new_id)
    }

    /// Apply `change` to one of the facilitator's decks, keeping it only if the
    /// result is still a playable deck.
    pub fn edit(&mut self, id: &str, change: impl FnOnce(&mut Deck)) -> Result<(), EditRefused> {
        let deck = self
            .own
            .iter_mut()
            .find(|d| d.id == id)
            .ok_or(EditRefused::NotEditable)?;
        let mut changed = deck.clone();
        change(&mut changed);
        changed.id = deck.id.clone();
        let problems = changed.problems();
        if !problems.is_empty() {
            return Err(EditRefused::Invalid(problems));
        }
        *deck = changed;
        Ok(())
    }

    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.own.len();
        self.own.retain(|d| d.id != id);
        self.own.len() != before
    }

    /// What an imported deck would collide with, so the facilitator can be asked.
    pub fn clash(&self, deck: &Deck) -> Option<Clash> {
        if deck.id == STANDARD_DECK_ID {
            return Some(Clash::Standard);
        }
        self.own
            .iter()
            .find(|d| d.id == deck.id)
            .map(|d| Clash::Own(d.name.clone()))
    }

    /// Add a validated deck. With `replace`, it takes the place of the facilitator's
    /// deck with the same id; otherwise a clash gives it a fresh id. The standard deck
    /// is never replaced. Returns the id the deck is stored under, or `None` when it
    /// would be one deck more and the library [is full](Self::is_full).
    pub fn import(&mut self, mut deck: Deck, replace: bool) -> Option<String> {
        match self.clash(&deck) {
            Some(Clash::Own(_)) if replace => {
                let slot = self.own.iter_mut().find(|d| d.id == deck.id);
                *slot.expect("the clash was found") = deck.clone();
            }
            _ if self.is_full() => return None,
            Some(_) => {
                deck.id = self.fresh_id(&deck.id);
                self.own.push(deck.clone());
            }
            None => self.own.push(deck.clone()),
        }
        Some(deck.id)
    }

    /// `base`, or `base-2`, `base-3`, … whichever no deck has yet.
    fn fresh_id(&self, base: &str) -> String {
        let base = if base.is_empty() { "kortspil" } else { base };
        std::iter::once(base.to_string())
            .chain((2..).map(|n| format!("{base}-{n}")))
            .find(|id| self.get(id).is_none())
            .expect("some number is free")
    }
}

/// A deck name as an id and file name: lower case ASCII letters, digits and dashes.
pub fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.trim().to_lowercase().chars() {
        let piece = match c {
            'æ' => "ae".to_string(),
            'ø' => "oe".to_string(),
            'å' => "aa".to_string(),
            c if c.is_ascii_alphanumeric() => c.to_string(),
            _ => "-".to_string(),
        };
        if !(piece == "-" && (slug.is_empty() || slug.ends_with('-'))) {
            slug.push_str(&piece);
        }
    }
    slug.trim_end_matches('-').chars().take(40).collect()
}

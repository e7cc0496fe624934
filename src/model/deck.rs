//! Cards and decks: the deck file format, its validation, and the draw piles.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::category::DeckKind;
use super::lang::{Lang, LocalText};
use super::rng::GameRng;

/// The deck file format this app reads and writes.
pub const DECK_FORMAT: &str = "kernespillet-deck";
pub const DECK_SCHEMA_VERSION: u32 = 1;
/// A category needs at least this many cards, or a game would repeat them constantly.
pub const MIN_CARDS_PER_CATEGORY: usize = 3;
/// Stolthed, Handling and Joker need at least one card each.
pub const MIN_CARDS_PER_EXTRA: usize = 1;

/// How a card asks its question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardForm {
    /// An open question to reflect on.
    Open,
    /// "Finish the sentence: ..."
    FinishSentence,
    /// A dilemma: what would you do?
    Dilemma,
    /// Score 0–5, then: what would move it one up?
    Scale,
    /// Rank or prioritise a few things.
    Rank,
    /// Do or decide something concrete.
    Action,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    pub id: String,
    pub kind: DeckKind,
    pub form: CardForm,
    pub text: LocalText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<LocalText>,
}

/// A validated deck, ready to play with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deck {
    pub id: String,
    pub name: LocalText,
    pub version: String,
    pub cards: Vec<Card>,
}

/// What is wrong with a deck file, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeckProblem {
    /// The card id, or the top-level field, the problem is in.
    pub location: String,
    pub kind: DeckProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeckProblemKind {
    /// The file is not JSON of the deck format; the parser's own words.
    NotADeck(String),
    /// A schema version this app does not know.
    UnsupportedVersion(u32),
    UnknownCategory(String),
    UnknownForm(String),
    DuplicateId,
    EmptyText(Lang),
    MissingTranslation(Lang),
    TooFewCards {
        kind: DeckKind,
        have: usize,
        need: usize,
    },
}

#[derive(Deserialize)]
struct RawDeck {
    format: String,
    schema_version: u32,
    id: String,
    name: BTreeMap<String, String>,
    version: String,
    cards: Vec<RawCard>,
}

#[derive(Deserialize)]
struct RawCard {
    id: String,
    category: String,
    form: String,
    text: BTreeMap<String, String>,
    #[serde(default)]
    hint: Option<BTreeMap<String, String>>,
}

impl Deck {
    /// Parse and validate a deck file. Every problem found is reported, not just the
    /// first, so a facilitator can mend a file in one go.
    pub fn from_json(json: &str) -> Result<Deck, Vec<DeckProblem>> {
        let raw: RawDeck = serde_json::from_str(json).map_err(|err| {
            vec![DeckProblem {
                location: "deck".into(),
                kind: DeckProblemKind::NotADeck(err.to_string()),
            }]
        })?;
        let mut problems = Vec::new();
        if raw.format != DECK_FORMAT {
            problems.push(DeckProblem {
                location: "format".into(),
                kind: DeckProblemKind::NotADeck(format!("format is `{}`", raw.format)),
            });
        }
        if raw.schema_version != DECK_SCHEMA_VERSION {
            problems.push(DeckProblem {
                location: "schema_version".into(),
                kind: DeckProblemKind::UnsupportedVersion(raw.schema_version),
            });
        }
        let name = local_text("name", &raw.name, &mut problems);
        let mut seen = BTreeSet::new();
        let mut cards = Vec::with_capacity(raw.cards.len());
        for raw_card in &raw.cards {
            let at = |kind| DeckProblem {
                location: raw_card.id.clone(),
                kind,
            };
            if !seen.insert(raw_card.id.clone()) {
                problems.push(at(DeckProblemKind::DuplicateId));
            }
            let kind = DeckKind::from_key(&raw_card.category);
            if kind.is_none() {
                problems.push(at(DeckProblemKind::UnknownCategory(
                    raw_card.category.clone(),
                )));
            }
            let form = serde_json::from_value::<CardForm>(raw_card.form.clone().into()).ok();
            if form.is_none() {
                problems.push(at(DeckProblemKind::UnknownForm(raw_card.form.clone())));
            }
            let text = local_text(&raw_card.id, &raw_card.text, &mut problems);
            let hint = raw_card
                .hint
                .as_ref()
                .and_then(|hint| local_text(&raw_card.id, hint, &mut problems));
            if let (Some(kind), Some(form), Some(text)) = (kind, form, text) {
                cards.push(Card {
                    id: raw_card.id.clone(),
                    kind,
                    form,
                    text,
                    hint,
                });
            }
        }
        for kind in DeckKind::ALL {
            let have = cards.iter().filter(|c| c.kind == kind).count();
            let need = match kind {
                DeckKind::Category(_) => MIN_CARDS_PER_CATEGORY,
                _ => MIN_CARDS_PER_EXTRA,
            };
            if have < need {
                problems.push(DeckProblem {
                    location: kind.key().into(),
                    kind: DeckProblemKind::TooFewCards { kind, have, need },
                });
            }
        }
        match (problems.is_empty(), name) {
            (true, Some(name)) => Ok(Deck {
                id: raw.id,
                name,
                version: raw.version,
                cards,
            }),
            _ => Err(problems),
        }
    }

    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }

    pub fn ids_of(&self, kind: DeckKind) -> impl Iterator<Item = &str> + '_ {
        self.cards
            .iter()
            .filter(move |c| c.kind == kind)
            .map(|c| c.id.as_str())
    }
}

/// Read a `{ "da": …, "en": … }` object, reporting empty or missing languages.
fn local_text(
    location: &str,
    map: &BTreeMap<String, String>,
    problems: &mut Vec<DeckProblem>,
) -> Option<LocalText> {
    let mut ok = true;
    for lang in Lang::ALL {
        let problem = match map.get(lang.code()) {
            None => Some(DeckProblemKind::MissingTranslation(lang)),
            Some(text) if text.trim().is_empty() => Some(DeckProblemKind::EmptyText(lang)),
            Some(_) => None,
        };
        if let Some(kind) = problem {
            ok = false;
            problems.push(DeckProblem {
                location: location.to_string(),
                kind,
            });
        }
    }
    ok.then(|| LocalText {
        da: map[Lang::Da.code()].trim().to_string(),
        en: map[Lang::En.code()].trim().to_string(),
    })
}

/// One kind's cards in play: the face-down draw pile and the discard pile.
/// The top of the draw pile is its first element.
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

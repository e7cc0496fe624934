//! Cards and decks: what a card is, what makes a deck playable, and the small edits
//! the deck editor makes. Reading and writing deck files is in `deck_file`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::audience::unknown_placeholders;
use super::category::DeckKind;
use super::lang::{Lang, LocalText};
use super::limits::{MAX_CARD_TEXT_CHARS, MAX_DECK_CARDS, MAX_DECK_NAME_CHARS, MAX_HINT_CHARS};

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

impl CardForm {
    pub const ALL: [CardForm; 6] = [
        CardForm::Open,
        CardForm::FinishSentence,
        CardForm::Dilemma,
        CardForm::Scale,
        CardForm::Rank,
        CardForm::Action,
    ];

    /// The key used in deck files (`"finish_sentence"`, ...).
    pub fn key(self) -> &'static str {
        match self {
            CardForm::Open => "open",
            CardForm::FinishSentence => "finish_sentence",
            CardForm::Dilemma => "dilemma",
            CardForm::Scale => "scale",
            CardForm::Rank => "rank",
            CardForm::Action => "action",
        }
    }

    pub fn from_key(key: &str) -> Option<CardForm> {
        CardForm::ALL.into_iter().find(|form| form.key() == key)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Card {
    pub id: String,
    /// Called `category` in deck files; sessions of schema 1 stored it as `kind`.
    #[serde(rename = "category", alias = "kind")]
    pub kind: DeckKind,
    pub form: CardForm,
    pub text: LocalText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<LocalText>,
}

/// A deck: its name and version, the languages its cards are written in, the cards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deck {
    pub id: String,
    pub name: LocalText,
    pub version: String,
    /// Every card has text in each of these; Danish is always one of them.
    #[serde(default = "all_languages")]
    pub languages: Vec<Lang>,
    pub cards: Vec<Card>,
}

fn all_languages() -> Vec<Lang> {
    Lang::ALL.to_vec()
}

/// Where in a deck a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemAt {
    /// The file as a whole.
    File,
    /// A top-level field of the deck (`"name"`, `"languages"`, ...).
    Field(&'static str),
    /// A card, by its place in the file (from 1) and its id (may be empty).
    Card { number: usize, id: String },
    /// All cards of one kind together.
    Kind(DeckKind),
}

/// Which text of a card or deck a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    Name,
    Question,
    Hint,
}

/// What is wrong with a deck, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeckProblem {
    pub at: ProblemAt,
    pub kind: DeckProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeckProblemKind {
    /// The file cannot be read as JSON: where the reading stopped.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not a deck: another `format`, or no cards at all.
    NotADeck,
    /// A schema version this app does not know.
    UnsupportedVersion(u32),
    /// A required field is absent.
    MissingField(&'static str),
    UnknownLanguage(String),
    /// The language list must include Danish, the language of the product.
    NoDanish,
    UnknownCategory(String),
    UnknownForm(String),
    DuplicateId,
    /// An id with characters other than letters, digits, `-` and `_` (ids become file
    /// names and page anchors).
    BadId,
    /// No Danish text at all.
    EmptyText(TextField),
    /// Danish text, but not in another language the deck promises.
    MissingTranslation(TextField, Lang),
    TextTooLong {
        field: TextField,
        lang: Lang,
        max: usize,
    },
    /// A `{…}` the game cannot fill in (a typo, or a word of its own), as written.
    UnknownPlaceholder {
        field: TextField,
        lang: Lang,
        written: String,
    },
    TooFewCards {
        kind: DeckKind,
        have: usize,
        need: usize,
    },
    /// More cards than any deck may have ([`MAX_DECK_CARDS`]).
    TooManyCards {
        have: usize,
        max: usize,
    },
}

/// Ids are plain: ASCII letters, digits, `-` and `_`, at most 60 characters.
pub fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 60
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// How many cards of a kind a deck needs to be played with.
pub fn min_cards(kind: DeckKind) -> usize {
    match kind {
        DeckKind::Category(_) => MIN_CARDS_PER_CATEGORY,
        _ => MIN_CARDS_PER_EXTRA,
    }
}

impl Card {
    /// What is wrong with this card on its own, in a deck written in `languages`.
    pub fn problems(&self, languages: &[Lang]) -> Vec<DeckProblemKind> {
        let mut problems = Vec::new();
        text_problems(
            TextField::Question,
            &self.text,
            languages,
            MAX_CARD_TEXT_CHARS,
            &mut problems,
        );
        if let Some(hint) = &self.hint {
            text_problems(
                TextField::Hint,
                hint,
                languages,
                MAX_HINT_CHARS,
                &mut problems,
            );
        }
        problems
    }
}

/// Danish is required; every other listed language must be there too; nothing too long.
fn text_problems(
    field: TextField,
    text: &LocalText,
    languages: &[Lang],
    max: usize,
    problems: &mut Vec<DeckProblemKind>,
) {
    if text.da.trim().is_empty() {
        problems.push(DeckProblemKind::EmptyText(field));
    }
    for &lang in languages {
        let value = text.get_exact(lang).trim();
        // A hint is the facilitator's, read close up: in Danish only, it is shown in
        // Danish in English too, as the editor says ("valgfrit").
        let optional = field == TextField::Hint;
        if lang != Lang::Da && value.is_empty() && !text.da.trim().is_empty() && !optional {
            problems.push(DeckProblemKind::MissingTranslation(field, lang));
        }
        if value.chars().count() > max {
            problems.push(DeckProblemKind::TextTooLong { field, lang, max });
        }
        if field != TextField::Name {
            for written in unknown_placeholders(value) {
                problems.push(DeckProblemKind::UnknownPlaceholder {
                    field,
                    lang,
                    written,
                });
            }
        }
    }
}

impl Deck {
    /// Everything that keeps this deck from being played with, in file order. The
    /// deck editor refuses any change that would add to this list.
    pub fn problems(&self) -> Vec<DeckProblem> {
        let mut problems = Vec::new();
        let mut deck_problem = |field, kind| {
            let at = match kind {
                DeckProblemKind::MissingField(_) => ProblemAt::File,
                _ => ProblemAt::Field(field),
            };
            problems.push(DeckProblem { at, kind })
        };
        if self.id.trim().is_empty() {
            deck_problem("id", DeckProblemKind::MissingField("id"));
        } else if !is_plain_id(&self.id) {
            deck_problem("id", DeckProblemKind::BadId);
        }
        if self.languages.is_empty() {
            deck_problem("languages", DeckProblemKind::MissingField("languages"));
        } else if !self.languages.contains(&Lang::Da) {
            deck_problem("languages", DeckProblemKind::NoDanish);
        }
        let mut name_problems = Vec::new();
        text_problems(
            TextField::Name,
            &self.name,
            &self.languages,
            MAX_DECK_NAME_CHARS,
            &mut name_problems,
        );
        for kind in name_problems {
            deck_problem("name", kind);
        }
        let mut seen = BTreeSet::new();
        for (index, card) in self.cards.iter().enumerate() {
            let at = || ProblemAt::Card {
                number: index + 1,
                id: card.id.clone(),
            };
            if card.id.trim().is_empty() {
                problems.push(DeckProblem {
                    at: at(),
                    kind: DeckProblemKind::MissingField("id"),
                });
            } else if !is_plain_id(&card.id) {
                problems.push(DeckProblem {
                    at: at(),
                    kind: DeckProblemKind::BadId,
                });
            } else if !seen.insert(card.id.as_str()) {
                problems.push(DeckProblem {
                    at: at(),
                    kind: DeckProblemKind::DuplicateId,
                });
            }
            for kind in card.problems(&self.languages) {
                problems.push(DeckProblem { at: at(), kind });
            }
        }
        if self.cards.len() > MAX_DECK_CARDS {
            problems.push(DeckProblem {
                at: ProblemAt::File,
                kind: DeckProblemKind::TooManyCards {
                    have: self.cards.len(),
                    max: MAX_DECK_CARDS,
                },
            });
        }
        problems.extend(self.too_few_cards());
        problems
    }

    /// The kinds that have too few cards to play with.
    pub fn too_few_cards(&self) -> Vec<DeckProblem> {
        DeckKind::ALL
            .into_iter()
            .filter_map(|kind| {
                let have = self.count(kind);
                let need = min_cards(kind);
                (have < need).then_some(DeckProblem {
                    at: ProblemAt::Kind(kind),
                    kind: DeckProblemKind::TooFewCards { kind, have, need },
                })
            })
            .collect()
    }

    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }

    pub fn cards_of(&self, kind: DeckKind) -> impl Iterator<Item = &Card> + '_ {
        self.cards.iter().filter(move |c| c.kind == kind)
    }

    pub fn ids_of(&self, kind: DeckKind) -> impl Iterator<Item = &str> + '_ {
        self.cards_of(kind).map(|c| c.id.as_str())
    }

    pub fn count(&self, kind: DeckKind) -> usize {
        self.cards_of(kind).count()
    }

    /// The deck without the cards switched off for one game.
    pub fn without(&self, off: &BTreeSet<String>) -> Deck {
        Deck {
            cards: self
                .cards
                .iter()
                .filter(|c| !off.contains(&c.id))
                .cloned()
                .collect(),
            ..self.clone()
        }
    }

    /// An id no card of this deck has yet, like `kernen-17`.
    pub fn fresh_card_id(&self, kind: DeckKind) -> String {
        let prefix = kind.key().replace('_', "-");
        (1..)
            .map(|n| format!("{prefix}-{n:02}"))
            .find(|id| self.card(id).is_none())
            .expect("some number is free")
    }

    /// Replace the card with the same id, or add it after the last card of its kind.
    pub fn put_card(&mut self, card: Card) {
        if let Some(existing) = self.cards.iter_mut().find(|c| c.id == card.id) {
            *existing = card;
            return;
        }
        let after = self.cards.iter().rposition(|c| c.kind == card.kind);
        let at = after.map_or(self.cards.len(), |i| i + 1);
        self.cards.insert(at, card);
    }

    pub fn remove_card(&mut self, id: &str) -> bool {
        let before = self.cards.len();
        self.cards.retain(|c| c.id != id);
        self.cards.len() != before
    }

    /// Swap a card with its neighbour of the same kind: the previous one when
    /// `earlier`, else the next. False when it is already first or last.
    pub fn move_card(&mut self, id: &str, earlier: bool) -> bool {
        let Some(from) = self.cards.iter().position(|c| c.id == id) else {
            return false;
        };
        let kind = self.cards[from].kind;
        let neighbour = if earlier {
            self.cards[..from].iter().rposition(|c| c.kind == kind)
        } else {
            self.cards[from + 1..]
                .iter()
                .position(|c| c.kind == kind)
                .map(|i| from + 1 + i)
        };
        match neighbour {
            Some(to) => {
                self.cards.swap(from, to);
                true
            }
            None => false,
        }
    }
}

//! The deck file format (documented in `docs/deck-format.md`): reading a file into a
//! [`Deck`] with every problem reported, and writing a deck back out.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::category::DeckKind;
use super::deck::{Card, CardForm, Deck, DeckProblem, DeckProblemKind, ProblemAt, TextField};
use super::lang::{Lang, LocalText};
use super::limits::EARLIER_MAX_CARD_TEXT_CHARS;

/// The deck file format this app reads and writes.
pub const DECK_FORMAT: &str = "kernespillet-deck";
pub const DECK_SCHEMA_VERSION: u32 = 1;

/// A file as written, every field optional, so that one missing field is reported
/// with its place instead of failing the whole file.
#[derive(Deserialize)]
struct RawDeck {
    format: Option<String>,
    schema_version: Option<u32>,
    id: Option<String>,
    name: Option<BTreeMap<String, String>>,
    version: Option<String>,
    languages: Option<Vec<String>>,
    cards: Option<Vec<RawCard>>,
}

#[derive(Deserialize)]
struct RawCard {
    id: Option<String>,
    category: Option<String>,
    form: Option<String>,
    text: Option<BTreeMap<String, String>>,
    hint: Option<BTreeMap<String, String>>,
}

/// The shape written to a file: the deck with the format's header fields.
#[derive(Serialize)]
struct DeckFile<'a> {
    format: &'static str,
    schema_version: u32,
    id: &'a str,
    name: BTreeMap<&'static str, &'a str>,
    version: &'a str,
    languages: Vec<&'static str>,
    cards: Vec<CardFile<'a>>,
}

#[derive(Serialize)]
struct CardFile<'a> {
    id: &'a str,
    category: &'static str,
    form: &'static str,
    text: BTreeMap<&'static str, &'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<BTreeMap<&'static str, &'a str>>,
}

impl Deck {
    /// Parse and validate a deck file. Every problem found is reported, not just the
    /// first, so a facilitator can mend a file in one go.
    pub fn from_json(json: &str) -> Result<Deck, Vec<DeckProblem>> {
        let (deck, problems) = Deck::read_checked(json)?;
        if problems.is_empty() {
            Ok(deck)
        } else {
            Err(problems)
        }
    }

    /// A deck this app stored itself. As `from_json`, except that a question longer
    /// than today's limit but within the earlier one (300 characters, before the
    /// projector's fit was measured) still opens: an update must not set a
    /// facilitator's deck aside. The deck screen names that card at the next change.
    pub fn from_stored_json(json: &str) -> Result<Deck, Vec<DeckProblem>> {
        let (deck, problems) = Deck::read_checked(json)?;
        let earlier_limit = |p: &DeckProblem| {
            let ProblemAt::Card { number, .. } = p.at else {
                return false;
            };
            matches!(p.kind, DeckProblemKind::TextTooLong { field: TextField::Question, lang, .. }
            if deck.cards.get(number - 1).is_some_and(|card| {
                card.text.get_exact(lang).chars().count() <= EARLIER_MAX_CARD_TEXT_CHARS
            }))
        };
        if problems.iter().all(earlier_limit) {
            Ok(deck)
        } else {
            Err(problems)
        }
    }

    /// The deck as read, with every problem found; `Err` when the file is not a deck.
    fn read_checked(json: &str) -> Result<(Deck, Vec<DeckProblem>), Vec<DeckProblem>> {
        let file_problem = |kind| {
            vec![DeckProblem {
                at: ProblemAt::File,
                kind,
            }]
        };
        let value: serde_json::Value = serde_json::from_str(json).map_err(|err| {
            file_problem(DeckProblemKind::NotJson {
                line: err.line(),
                column: err.column(),
            })
        })?;
        // Another kind of file (a saved game, a handleplan, anything else) is said
        // once, plainly, not as a dozen fields a deck would have. A file without its
        // format line but with cards is taken as a deck someone wrote by hand.
        let is_deck = match value.get("format") {
            Some(format) => format.as_str() == Some(DECK_FORMAT),
            None => value.get("cards").is_some_and(serde_json::Value::is_array),
        };
        if !is_deck {
            return Err(file_problem(DeckProblemKind::NotADeck));
        }
        let raw: RawDeck = super::persist::read_value(value)
            .map_err(|_| file_problem(DeckProblemKind::NotADeck))?;
        let mut problems = Vec::new();
        // A missing field is said of the file ("the file lacks the field name"); a
        // wrong value of the field itself.
        let mut at_field = |field: &'static str, kind| {
            let at = match kind {
                DeckProblemKind::MissingField(_) => ProblemAt::File,
                _ => ProblemAt::Field(field),
            };
            problems.push(DeckProblem { at, kind })
        };
        if raw.format.is_none() {
            at_field("format", DeckProblemKind::MissingField("format"));
        }
        match raw.schema_version {
            None => at_field(
                "schema_version",
                DeckProblemKind::MissingField("schema_version"),
            ),
            Some(DECK_SCHEMA_VERSION) => {}
            Some(other) => at_field("schema_version", DeckProblemKind::UnsupportedVersion(other)),
        }
        let mut languages = Vec::new();
        match &raw.languages {
            None => at_field("languages", DeckProblemKind::MissingField("languages")),
            Some(codes) => {
                for code in codes {
                    match Lang::from_code(code) {
                        Some(lang) if !languages.contains(&lang) => languages.push(lang),
                        Some(_) => {}
                        None => {
                            at_field("languages", DeckProblemKind::UnknownLanguage(code.clone()))
                        }
                    }
                }
            }
        }
        if raw.name.is_none() {
            at_field("name", DeckProblemKind::MissingField("name"));
        }
        if raw.version.is_none() {
            at_field("version", DeckProblemKind::MissingField("version"));
        }
        if raw.cards.is_none() {
            at_field("cards", DeckProblemKind::MissingField("cards"));
        }
        let mut cards = Vec::new();
        // The place in the file of each card kept, so problems found later in the
        // parsed deck still point at the right card when some could not be read.
        let mut numbers = Vec::new();
        let mut playable = true;
        for (index, raw_card) in raw.cards.iter().flatten().enumerate() {
            let id = raw_card.id.clone().unwrap_or_default();
            let mut at_card = |kind| {
                problems.push(DeckProblem {
                    at: ProblemAt::Card {
                        number: index + 1,
                        id: id.clone(),
                    },
                    kind,
                })
            };
            let kind = match raw_card.category.as_deref() {
                None => {
                    at_card(DeckProblemKind::MissingField("category"));
                    None
                }
                Some(key) => DeckKind::from_key(key).or_else(|| {
                    at_card(DeckProblemKind::UnknownCategory(key.to_string()));
                    None
                }),
            };
            let form = match raw_card.form.as_deref() {
                None => {
                    at_card(DeckProblemKind::MissingField("form"));
                    None
                }
                Some(key) => CardForm::from_key(key).or_else(|| {
                    at_card(DeckProblemKind::UnknownForm(key.to_string()));
                    None
                }),
            };
            if raw_card.text.is_none() {
                at_card(DeckProblemKind::MissingField("text"));
            }
            match (kind, form) {
                (Some(kind), Some(form)) => {
                    numbers.push(index + 1);
                    cards.push(Card {
                        id,
                        kind,
                        form,
                        text: local_text(raw_card.text.as_ref()),
                        hint: raw_card.hint.as_ref().map(|hint| local_text(Some(hint))),
                    })
                }
                // A card of unknown kind cannot be counted, so the checks below would
                // only add noise about it.
                _ => playable = false,
            }
        }
        let deck = Deck {
            id: raw.id.unwrap_or_default(),
            name: local_text(raw.name.as_ref()),
            version: raw.version.unwrap_or_default(),
            languages,
            cards,
        };
        for mut problem in deck.problems() {
            if let ProblemAt::Card { number, .. } = &mut problem.at {
                *number = numbers[*number - 1];
            }
            // A card of unknown kind is not counted, so "too few cards" would only
            // repeat what was said about that card.
            let noise = !playable && matches!(problem.kind, DeckProblemKind::TooFewCards { .. });
            if !noise && !problems.contains(&problem) {
                problems.push(problem);
            }
        }
        // The file as a whole first, then its fields, then card by card in file
        // order, then the piles: the order a facilitator mends a file in.
        problems.sort_by_key(|p| match p.at {
            ProblemAt::File => (0, 0),
            ProblemAt::Field(_) => (1, 0),
            ProblemAt::Card { number, .. } => (2, number),
            ProblemAt::Kind(_) => (3, 0),
        });
        Ok((deck, problems))
    }

    /// The deck as a file, pretty-printed so a person can read and mend it.
    pub fn to_json(&self) -> String {
        // Every listed language, and any other text there is: switching English off
        // for a deck must not throw its English away.
        let texts = |text: &LocalText| -> BTreeMap<&'static str, String> {
            Lang::ALL
                .iter()
                .filter(|lang| self.languages.contains(lang) || !text.get_exact(**lang).is_empty())
                .map(|lang| (lang.code(), text.get_exact(*lang).to_string()))
                .collect()
        };
        // Owned copies first, borrowed by the file shape below.
        let name = texts(&self.name);
        let card_texts: Vec<_> = self
            .cards
            .iter()
            .map(|c| (texts(&c.text), c.hint.as_ref().map(texts)))
            .collect();
        let file = DeckFile {
            format: DECK_FORMAT,
            schema_version: DECK_SCHEMA_VERSION,
            id: &self.id,
            name: borrowed(&name),
            version: &self.version,
            languages: self.languages.iter().map(|l| l.code()).collect(),
            cards: self
                .cards
                .iter()
                .zip(&card_texts)
                .map(|(card, (text, hint))| CardFile {
                    id: &card.id,
                    category: card.kind.key(),
                    form: card.form.key(),
                    text: borrowed(text),
                    hint: hint.as_ref().map(borrowed),
                })
                .collect(),
        };
        serde_json::to_string_pretty(&file).expect("a deck always serialises")
    }
}

/// A `{ "da": …, "en": … }` object as text; absent languages are empty, and the
/// deck's checks report them.
fn local_text(map: Option<&BTreeMap<String, String>>) -> LocalText {
    let get = |lang: Lang| {
        map.and_then(|m| m.get(lang.code()))
            .map(|t| t.trim().to_string())
            .unwrap_or_default()
    };
    LocalText {
        da: get(Lang::Da),
        en: get(Lang::En),
    }
}

fn borrowed<'a>(map: &'a BTreeMap<&'static str, String>) -> BTreeMap<&'static str, &'a str> {
    map.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

//! Deck files, validation and the draw piles.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use common::{standard_deck, STANDARD_DECK};
use kernespillet::model::deck::Piles;
use kernespillet::model::rng::GameRng;
use kernespillet::model::{Category, Deck, DeckKind, DeckProblemKind, Lang};
use proptest::prelude::*;

#[test]
fn the_starter_deck_has_enough_cards_of_every_kind() {
    let deck = standard_deck();
    for category in Category::ALL {
        assert!(deck.ids_of(DeckKind::Category(category)).count() >= 5);
    }
    for extra in [DeckKind::Stolthed, DeckKind::Handling, DeckKind::Joker] {
        assert!(deck.ids_of(extra).count() >= 2, "{extra:?}");
    }
    for card in &deck.cards {
        for lang in Lang::ALL {
            assert!(!card.text.get(lang).is_empty(), "{} {lang:?}", card.id);
        }
    }
}

fn broken(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<DeckProblemKind> {
    let mut value: serde_json::Value = serde_json::from_str(STANDARD_DECK).unwrap();
    edit(&mut value);
    Deck::from_json(&value.to_string())
        .expect_err("the deck is broken")
        .into_iter()
        .map(|p| p.kind)
        .collect()
}

#[test]
fn broken_decks_name_their_problem() {
    let unknown = broken(|d| d["cards"][0]["category"] = "vejret".into());
    assert!(unknown.contains(&DeckProblemKind::UnknownCategory("vejret".into())));

    let duplicate = broken(|d| d["cards"][1]["id"] = d["cards"][0]["id"].clone());
    assert!(duplicate.contains(&DeckProblemKind::DuplicateId));

    let empty = broken(|d| d["cards"][0]["text"]["da"] = "  ".into());
    assert!(empty.contains(&DeckProblemKind::EmptyText(Lang::Da)));

    let missing = broken(|d| {
        d["cards"][0]["text"].as_object_mut().unwrap().remove("en");
    });
    assert!(missing.contains(&DeckProblemKind::MissingTranslation(Lang::En)));

    let too_few = broken(|d| {
        let cards = d["cards"].as_array_mut().unwrap();
        cards.retain(|c| c["category"] != "joker");
    });
    assert!(too_few.contains(&DeckProblemKind::TooFewCards {
        kind: DeckKind::Joker,
        have: 0,
        need: 1
    }));

    let problems = Deck::from_json("{ not json").unwrap_err();
    assert!(matches!(problems[0].kind, DeckProblemKind::NotADeck(_)));
}

#[test]
fn a_problem_names_the_card_it_is_in() {
    let mut value: serde_json::Value = serde_json::from_str(STANDARD_DECK).unwrap();
    value["cards"][3]["form"] = "quiz".into();
    let id = value["cards"][3]["id"].as_str().unwrap().to_string();
    let problems = Deck::from_json(&value.to_string()).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].location, id);
    assert_eq!(
        problems[0].kind,
        DeckProblemKind::UnknownForm("quiz".into())
    );
}

proptest! {
    /// Draw and play cards at random: at every moment each card of a kind is in
    /// exactly one place, and no card comes up twice before its pile is reshuffled.
    #[test]
    fn cards_are_conserved_and_never_repeat_before_a_reshuffle(
        seed in any::<u64>(),
        plan in proptest::collection::vec((0usize..9, any::<bool>()), 1..200),
    ) {
        let deck = standard_deck();
        let mut rng = GameRng::new(seed);
        let mut piles = Piles::shuffled(&deck, &mut rng);
        let mut held: Vec<(DeckKind, String)> = Vec::new();
        let mut seen_since_reshuffle: std::collections::BTreeMap<DeckKind, BTreeSet<String>> =
            Default::default();
        for (kind_index, discard_first) in plan {
            let kind = DeckKind::ALL[kind_index];
            if discard_first {
                if let Some((k, id)) = held.pop() {
                    piles.discard(k, id);
                }
            }
            let reshuffles = piles.pile(kind).unwrap().draw.is_empty();
            if reshuffles {
                seen_since_reshuffle.remove(&kind);
            }
            if let Some(card) = piles.draw(kind, &mut rng) {
                let seen = seen_since_reshuffle.entry(kind).or_default();
                prop_assert!(seen.insert(card.clone()), "{} repeated before a reshuffle", card);
                held.push((kind, card));
            }
            for kind in DeckKind::ALL {
                let pile = piles.pile(kind).unwrap();
                let mut everywhere: Vec<&str> = pile
                    .draw
                    .iter()
                    .chain(&pile.discard)
                    .map(String::as_str)
                    .chain(held.iter().filter(|(k, _)| *k == kind).map(|(_, id)| id.as_str()))
                    .collect();
                everywhere.sort();
                let mut all: Vec<&str> = deck.ids_of(kind).collect();
                all.sort();
                prop_assert_eq!(everywhere, all, "cards of {:?} not conserved", kind);
            }
        }
    }

    /// Whatever text arrives as a deck file, loading it answers; it never panics.
    #[test]
    fn any_text_either_validates_or_names_problems(text in ".{0,400}") {
        if let Err(problems) = Deck::from_json(&text) {
            prop_assert!(!problems.is_empty());
        }
    }
}

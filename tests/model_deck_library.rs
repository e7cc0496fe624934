//! The facilitator's decks: copies, checked edits, imports that ask before replacing.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::standard_deck;
use kernespillet::model::deck_library::slug;
use kernespillet::model::limits::{MAX_DECK_CARDS, MAX_OWN_DECKS};
use kernespillet::model::{
    Category, Clash, DeckKind, DeckLibrary, DeckProblemKind, EditRefused, LocalText, ProblemAt,
    STANDARD_DECK_ID,
};

fn name(da: &str) -> LocalText {
    LocalText {
        da: da.into(),
        en: da.into(),
    }
}

#[test]
fn the_standard_deck_is_always_there_and_never_edited() {
    let mut library = DeckLibrary::default();
    assert_eq!(library.all().count(), 1);
    assert_eq!(library.get(STANDARD_DECK_ID), Some(&standard_deck()));
    assert!(!library.is_editable(STANDARD_DECK_ID));
    assert_eq!(
        library.edit(STANDARD_DECK_ID, |d| d.cards.clear()),
        Err(EditRefused::NotEditable)
    );
    assert!(!library.remove(STANDARD_DECK_ID));
    assert_eq!(library.get_or_standard("gone").id, STANDARD_DECK_ID);
}

#[test]
fn a_copy_is_editable_and_an_edit_that_breaks_it_is_refused_whole() {
    let mut library = DeckLibrary::default();
    let id = library
        .copy(STANDARD_DECK_ID, name("Hjemmeplejens kort"))
        .unwrap();
    assert_eq!(id, "hjemmeplejens-kort");
    assert!(library.is_editable(&id));
    let before = library.get(&id).unwrap().clone();
    assert_eq!(before.cards, standard_deck().cards);

    let kernen = DeckKind::Category(Category::Kernen);
    let refused = library.edit(&id, |deck| deck.cards.retain(|c| c.kind != kernen));
    let Err(EditRefused::Invalid(problems)) = refused else {
        panic!("emptying a category must be refused");
    };
    assert!(problems.iter().any(|p| matches!(
        p.kind,
        DeckProblemKind::TooFewCards { kind, have: 0, .. } if kind == kernen
    )));
    assert_eq!(
        library.get(&id),
        Some(&before),
        "a refused edit changes nothing"
    );

    library
        .edit(&id, |deck| {
            let first = deck.cards[0].id.clone();
            deck.remove_card(&first);
        })
        .unwrap();
    assert_eq!(
        library.get(&id).unwrap().cards.len(),
        before.cards.len() - 1
    );
    assert_eq!(library.get(STANDARD_DECK_ID), Some(&standard_deck()));

    let second = library
        .copy(STANDARD_DECK_ID, name("Hjemmeplejens kort"))
        .unwrap();
    assert_eq!(second, "hjemmeplejens-kort-2", "ids never collide");
    assert!(library.remove(&id));
    assert!(library.get(&id).is_none());
}

#[test]
fn an_import_asks_before_it_replaces_and_never_replaces_the_standard_deck() {
    let mut library = DeckLibrary::default();
    let id = library.copy(STANDARD_DECK_ID, name("Vores kort")).unwrap();
    let mut file = library.get(&id).unwrap().clone();
    file.cards.remove(0);

    assert_eq!(library.clash(&file), Some(Clash::Own(name("Vores kort"))));
    let kept = library.import(file.clone(), false);
    assert_eq!(
        kept.as_deref(),
        Some("vores-kort-2"),
        "without replace, the import is a new deck"
    );
    assert_eq!(library.own().len(), 2);
    assert_ne!(library.get(&id), Some(&file));

    let replaced = library.import(file.clone(), true);
    assert_eq!(replaced, Some(id.clone()));
    assert_eq!(library.get(&id), Some(&file));
    assert_eq!(library.own().len(), 2);

    let standard = standard_deck();
    assert_eq!(library.clash(&standard), Some(Clash::Standard));
    let new_id = library.import(standard.clone(), true);
    assert_ne!(new_id.as_deref(), Some(STANDARD_DECK_ID));
    assert_eq!(library.get(STANDARD_DECK_ID), Some(&standard));
    assert_eq!(library.own().len(), 3);
}

#[test]
fn a_full_library_refuses_one_deck_more_but_still_replaces_one() {
    let mut library = DeckLibrary::default();
    for n in 0..MAX_OWN_DECKS {
        let made = library.copy(STANDARD_DECK_ID, name(&format!("Kort {n}")));
        assert!(made.is_some(), "deck {n} of {MAX_OWN_DECKS} is made");
    }
    assert!(library.is_full());
    assert_eq!(library.copy(STANDARD_DECK_ID, name("En for mange")), None);
    assert_eq!(library.import(standard_deck().clone(), false), None);
    let mut changed = library.own()[0].clone();
    changed.cards.remove(0);
    assert_eq!(
        library.import(changed.clone(), false),
        None,
        "a clash kept as a new deck is one more"
    );
    assert_eq!(
        library.import(changed.clone(), true),
        Some(changed.id.clone()),
        "a replaced deck is not one more"
    );
    assert_eq!(library.own().len(), MAX_OWN_DECKS);
    assert_eq!(library.own()[0], changed);
}

#[test]
fn a_deck_with_more_cards_than_the_limit_is_refused_and_says_how_many() {
    let mut deck = standard_deck().clone();
    let template = deck.cards[0].clone();
    while deck.cards.len() <= MAX_DECK_CARDS {
        let mut card = template.clone();
        card.id = format!("ekstra-{}", deck.cards.len());
        deck.cards.push(card);
    }
    let problems = deck.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].kind,
        DeckProblemKind::TooManyCards {
            have: MAX_DECK_CARDS + 1,
            max: MAX_DECK_CARDS
        }
    );
    assert_eq!(problems[0].at, ProblemAt::File);
    deck.cards.pop();
    assert_eq!(deck.problems(), vec![]);
}

#[test]
fn a_copy_of_a_copy_still_has_a_name_that_fits() {
    let mut library = DeckLibrary::default();
    let mut id = STANDARD_DECK_ID.to_string();
    for _ in 0..6 {
        let source = library.get(&id).unwrap().name.da.clone();
        id = library
            .copy(&id, name(&format!("Kopi af {source}")))
            .unwrap();
    }
    let copy = library.get(&id).unwrap();
    assert_eq!(copy.problems(), vec![]);
    assert_eq!(copy.name.da.chars().count(), 60);
}

#[test]
fn stored_decks_with_repeated_ids_are_all_kept() {
    let deck = standard_deck();
    let library = DeckLibrary::new(vec![deck.clone(), deck.clone()]);
    let ids: Vec<&str> = library.all().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, vec![STANDARD_DECK_ID, "standard-2", "standard-3"]);
}

#[test]
fn deck_names_become_plain_ids() {
    assert_eq!(slug("Kopi af Standardkort"), "kopi-af-standardkort");
    assert_eq!(slug("  Børn & unge – Århus!  "), "boern-unge-aarhus");
    assert_eq!(slug("???"), "");
}

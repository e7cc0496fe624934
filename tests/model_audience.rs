//! "Dem, vi er her for": the word chosen at setup fills every card's placeholders, in
//! the forms a sentence needs; unknown placeholders are refused; old decks still play.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{setup, standard_deck, NOW};
use kernespillet::model::audience::unknown_placeholders;
use kernespillet::model::shown_card::card_for;
use kernespillet::model::{
    fill_placeholders, Audience, Card, CardForm, Category, DanishForms, Deck, DeckKind,
    DeckProblemKind, EnglishWord, Form, Lang, LocalText, OwnWord, Session, SetupProblem, TextField,
};
use proptest::prelude::*;

fn filled(text: &str, lang: Lang, audience: &Audience) -> String {
    fill_placeholders(text, lang, audience, "")
}

#[test]
fn a_few_cards_filled_for_three_words() {
    let table = [
        (
            "Hvad møder {borgerne}, første gang de kontakter os?",
            [
                "Hvad møder patienterne, første gang de kontakter os?",
                "Hvad møder børnene, første gang de kontakter os?",
                "Hvad møder eleverne, første gang de kontakter os?",
            ],
        ),
        (
            "{En borger} beder om noget, som du fagligt ikke mener er det bedste.",
            [
                "En patient beder om noget, som du fagligt ikke mener er det bedste.",
                "Et barn beder om noget, som du fagligt ikke mener er det bedste.",
                "En elev beder om noget, som du fagligt ikke mener er det bedste.",
            ],
        ),
        (
            "Sæt jer i {borgernes} sted, og læs {borgerens} sidste brev fra {borgere} som dem.",
            [
                "Sæt jer i patienternes sted, og læs patientens sidste brev fra patienter som dem.",
                "Sæt jer i børnenes sted, og læs barnets sidste brev fra børn som dem.",
                "Sæt jer i elevernes sted, og læs elevens sidste brev fra elever som dem.",
            ],
        ),
    ];
    let words = [Audience::Patient, Audience::Barn, Audience::Elev];
    for (text, expected) in table {
        for (audience, want) in words.iter().zip(expected) {
            assert_eq!(filled(text, Lang::Da, audience), want);
        }
    }
    assert_eq!(
        filled(
            "{The citizens'} letters: what do {the citizens} need from {a citizen}?",
            Lang::En,
            &Audience::Barn
        ),
        "The children's letters: what do the children need from a child?"
    );
    assert_eq!(
        filled("{The citizen's} day", Lang::En, &Audience::Patient),
        "The patient's day"
    );
}

#[test]
fn every_built_in_word_fills_every_card_with_no_placeholder_left() {
    let deck = standard_deck();
    for audience in Audience::BUILT_IN {
        let word = audience.form(Form::Definite, Lang::Da);
        for card in &deck.cards {
            let shown = card_for(card, &audience, "Vi hjælper borgerne.");
            for lang in Lang::ALL {
                let texts = [Some(&shown.text), shown.hint.as_ref()];
                for text in texts.into_iter().flatten() {
                    let text = text.get_exact(lang);
                    assert!(!text.contains(['{', '}']), "{} {lang:?}: {text}", card.id);
                    // Never the old mouthful "borgeren eller kunden".
                    assert!(!text.contains("eller kunden"), "{}: {text}", card.id);
                    // No other built-in word slips through, save in the quoted opening.
                    let unquoted = text.replace("»Vi hjælper borgerne«", "");
                    for other in Audience::BUILT_IN.iter().filter(|a| **a != audience) {
                        let other_word = other.form(Form::Definite, Lang::Da);
                        if lang == Lang::Da && !word.contains(&other_word) {
                            assert!(
                                !unquoted.contains(&other_word),
                                "{} for {word}: {text}",
                                card.id
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn a_capital_in_the_placeholder_gives_a_capital_in_the_text() {
    assert_eq!(
        filled("{Borgerne} ved det.", Lang::Da, &Audience::Beboer),
        "Beboerne ved det."
    );
    assert_eq!(
        filled("{borgerne} ved det.", Lang::Da, &Audience::Beboer),
        "beboerne ved det."
    );
    assert_eq!(
        filled("{Et barn}", Lang::Da, &Audience::Barn),
        "{Et barn}",
        "a placeholder is named by the default word, not by the chosen one"
    );
}

#[test]
fn the_opening_wording_is_quoted_or_named() {
    let text = "Hvilket ord vil I beholde fra {formuleringen}?";
    assert_eq!(
        fill_placeholders(text, Lang::Da, &Audience::Borger, "Vi gør en forskel. "),
        "Hvilket ord vil I beholde fra »Vi gør en forskel«?"
    );
    assert_eq!(
        fill_placeholders(text, Lang::Da, &Audience::Borger, "  "),
        "Hvilket ord vil I beholde fra den formulering, I startede med i dag?"
    );
    assert_eq!(
        fill_placeholders(
            "Which word from {the wording} stays?",
            Lang::En,
            &Audience::Borger,
            "We make a difference"
        ),
        "Which word from “We make a difference” stays?"
    );
}

fn own_word() -> OwnWord {
    OwnWord {
        da: DanishForms {
            indefinite: "en lejer".into(),
            definite: "lejeren".into(),
            plural: "lejere".into(),
            plural_definite: "lejerne".into(),
            genitive: "lejerens".into(),
            plural_genitive: "lejernes".into(),
        },
        en: EnglishWord {
            singular: "a tenant".into(),
            plural: "tenants".into(),
        },
    }
}

#[test]
fn an_own_word_gives_its_forms_and_english_follows_from_two() {
    let audience = Audience::Own(Box::new(own_word()));
    assert_eq!(
        filled("{Borgerne} og {borgerens} sag", Lang::Da, &audience),
        "Lejerne og lejerens sag"
    );
    let english: Vec<String> = Form::ALL
        .into_iter()
        .map(|form| audience.form(form, Lang::En))
        .collect();
    assert_eq!(
        english,
        [
            "a tenant",
            "the tenant",
            "tenants",
            "the tenants",
            "the tenant's",
            "the tenants'"
        ]
    );
    // English left empty: the English cards keep the default word.
    let mut word = own_word();
    word.en = EnglishWord::default();
    let audience = Audience::Own(Box::new(word));
    assert_eq!(
        filled("{the citizens}", Lang::En, &audience),
        "the citizens"
    );
}

#[test]
fn an_own_word_needs_every_danish_form_before_the_game_starts() {
    let mut word = own_word();
    word.da.genitive = "  ".into();
    word.da.plural = "{x}".into();
    let mut game = setup(3);
    game.audience = Audience::Own(Box::new(word));
    let problems = game.problems();
    assert_eq!(
        problems,
        vec![SetupProblem::AudienceForms(vec![
            Form::Plural,
            Form::Genitive
        ])]
    );
    assert!(Session::new(&game, &standard_deck(), 1, NOW).is_err());
    // Starting from a built-in word, the own word begins with that word's forms.
    let started = Audience::Patient.as_own();
    assert_eq!(started.form(Form::PluralDefinite, Lang::Da), "patienterne");
    assert!(started.missing_forms().is_empty());
}

#[test]
fn a_game_shows_its_cards_in_its_word_and_keeps_the_word_through_a_save() {
    let mut game = setup(3);
    game.audience = Audience::Patient;
    let session = Session::new(&game, &standard_deck(), 7, NOW).unwrap();
    let deck = standard_deck();
    let card = deck
        .cards
        .iter()
        .find(|c| c.text.da.contains("{borgerne}"))
        .unwrap();
    let shown = session.shown(card);
    assert!(shown.text.da.contains("patienterne"), "{}", shown.text.da);
    assert!(shown.text.en.contains("patients"), "{}", shown.text.en);
    let text = session.to_json();
    let back = Session::from_json(&text).unwrap();
    assert_eq!(back.audience, Audience::Patient);
    // The default word is not written at all: a game of the default saves as before.
    let plain = Session::new(&setup(3), &standard_deck(), 7, NOW).unwrap();
    assert!(!plain.to_json().contains("\"audience\""));
}

#[test]
fn the_room_sees_the_card_filled_in() {
    let mut game = setup(2);
    game.audience = Audience::Elev;
    let mut session = Session::new(&game, &standard_deck(), 3, NOW).unwrap();
    session.advance_phase(NOW).unwrap();
    session.advance_phase(NOW).unwrap();
    // Draw cards until one speaks of the people served.
    for turn in 0..400 {
        if let Some(card) = session.room_view().card {
            if session.current_card().unwrap().text.da.contains('{') {
                assert!(!card.text.da.contains('{'), "{}", card.text.da);
                assert!(
                    card.text.da.to_lowercase().contains("elev"),
                    "{}",
                    card.text.da
                );
                return;
            }
        }
        common::step(&mut session, turn);
    }
    panic!("no card with a placeholder came up");
}

#[test]
fn an_unknown_placeholder_is_refused_with_what_was_written() {
    let mut deck = standard_deck();
    deck.cards[0].text.da = "Hvad har {kunderne} brug for? Og {borgeren".into();
    let problems: Vec<DeckProblemKind> = deck.problems().into_iter().map(|p| p.kind).collect();
    assert_eq!(
        problems,
        vec![
            DeckProblemKind::UnknownPlaceholder {
                field: TextField::Question,
                lang: Lang::Da,
                written: "{kunderne}".into()
            },
            DeckProblemKind::UnknownPlaceholder {
                field: TextField::Question,
                lang: Lang::Da,
                written: "{borgeren".into()
            },
        ]
    );
    assert_eq!(unknown_placeholders("a } b"), vec!["}".to_string()]);
    assert!(unknown_placeholders("{Borgerne} og {the citizens'}").is_empty());
}

#[test]
fn a_deck_without_placeholders_still_plays_and_old_finish_cards_lose_the_doubled_lead() {
    let card = Card {
        id: "egen-01".into(),
        kind: DeckKind::Category(Category::Kernen),
        form: CardForm::FinishSentence,
        text: LocalText {
            da: "Gør sætningen færdig: Borgeren eller kunden går herfra med …".into(),
            en: "Finish the sentence: The citizen or customer leaves with …".into(),
        },
        hint: None,
    };
    let shown = card_for(&card, &Audience::Patient, "");
    assert_eq!(shown.text.da, "Borgeren eller kunden går herfra med …");
    assert_eq!(shown.text.en, "The citizen or customer leaves with …");
    let open = Card {
        form: CardForm::Open,
        ..card.clone()
    };
    assert_eq!(card_for(&open, &Audience::Patient, "").text, card.text);
}

#[test]
fn a_game_saved_with_the_first_edition_opens_with_its_own_cards() {
    let text = include_str!("fixtures/session-v4.json");
    let session = Session::from_json(text).unwrap();
    assert_eq!(session.deck.version, "1.0.0");
    assert!(session.deck.card("kernen-10").is_some());
    assert!(session.deck.card("kernen-22").is_none());
    // The app's standard deck is the second edition; a new game gets it.
    let first: Deck = session.deck.clone();
    assert_eq!(standard_deck().version, "2.0.0");
    assert_ne!(first.cards, standard_deck().cards);
    // Saved again, the game still names its edition and opens with the same cards.
    let again = Session::from_json(&session.to_json()).unwrap();
    assert_eq!(again.deck, session.deck);
}

proptest! {
    #[test]
    fn filling_any_text_never_panics_and_leaves_only_unknown_braces(text in "[a-zæøå {}'.,BE]{0,60}") {
        let out = filled(&text, Lang::Da, &Audience::Barn);
        if unknown_placeholders(&text).is_empty() {
            prop_assert!(!out.contains(['{', '}']), "{}", out);
        }
    }
}

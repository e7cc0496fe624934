//! The room's view of a game: made from the session by a pure function, it carries what
//! the projector shows and nothing of the facilitator's (notes, hints, the next card in
//! a pile, the die's seed), and a received view is checked before it is shown.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{new_session, step, NOW};
use kernespillet::model::{DeckKind, Phase, RoomView, Session, Stage};
use proptest::prelude::*;

/// A session after `moves` steps of play, with notes and an idea from the table.
fn played(teams: usize, seed: u64, moves: usize) -> Session {
    let mut session = new_session(teams, seed);
    session.set_notes("Husk at spørge Karin om budgettet – kun til mig.");
    for pick in 0..moves {
        if matches!(session.stage, Stage::Card(_)) && pick % 3 == 0 {
            session.record_idea("Et fælles morgenmøde").unwrap();
        }
        step(&mut session, pick);
    }
    session
}

/// Every secret of a session that the room must not be sent.
fn secrets(session: &Session) -> Vec<String> {
    let on_table = session.current_card().map(|c| c.id.clone());
    let rng = serde_json::to_value(&session.rng).unwrap();
    let seed = rng["seed"].as_u64().unwrap();
    let mut secrets = vec![session.notes.clone(), "\"seed\"".into(), "\"draws\"".into()];
    if seed > 1_000_000_000_000 {
        secrets.push(seed.to_string());
    }
    // As the game would show them, placeholders filled: a leak would look like that.
    for card in session.deck.cards.iter().map(|c| session.shown(c)) {
        if let Some(hint) = &card.hint {
            secrets.push(hint.da.clone());
            secrets.push(hint.en.clone());
        }
    }
    for kind in DeckKind::ALL {
        if let Some(next) = session.next_card(kind) {
            // The next card is secret unless it is the very card on the table.
            if Some(&next.id) != on_table.as_ref() && Some(next) != session.pride_card() {
                secrets.push(session.shown(next).text.da);
            }
        }
    }
    secrets.retain(|s| !s.is_empty());
    secrets
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_room_never_sees_notes_hints_the_next_card_or_the_seed(
        seed in any::<u64>(), teams in 2usize..=6, moves in 0usize..60,
    ) {
        let session = played(teams, seed, moves);
        let view = session.room_view();
        let text = serde_json::to_string(&view).unwrap();
        for secret in secrets(&session) {
            prop_assert!(!text.contains(&secret), "the view carries {secret:?}");
        }
        prop_assert!(view.card.iter().chain(&view.pride_card).all(|c| c.hint.is_none()));
    }

    #[test]
    fn a_view_shows_the_game_as_it_is_and_passes_its_own_check(
        seed in any::<u64>(), teams in 2usize..=6, moves in 0usize..60,
    ) {
        let session = played(teams, seed, moves);
        let view = session.room_view();
        prop_assert_eq!(view.check(), Ok(()));
        prop_assert_eq!(&view.teams, &session.teams);
        prop_assert_eq!(&view.stage, &session.stage);
        prop_assert_eq!(view.targets(), session.targets());
        // As the game shows it: the word for the people served filled in.
        prop_assert_eq!(view.card.as_ref().map(|c| c.text.clone()), session.shown_current_card().map(|c| c.text));
        prop_assert_eq!(&view.ideas, &session.ideas);
        prop_assert_eq!(view.last_event.as_ref(), session.log.last());
        let guests: Vec<&str> = session.guests().map(|t| t.name.as_str()).collect();
        prop_assert_eq!(view.guests(), guests);
        // What is sent arrives the same.
        let back: RoomView = serde_json::from_str(&serde_json::to_string(&view).unwrap()).unwrap();
        prop_assert_eq!(back, view);
    }
}

#[test]
fn notes_and_the_piles_change_nothing_the_room_sees() {
    let mut session = played(3, 7, 9);
    let before = session.room_view();
    session.set_notes("Noget helt andet");
    assert_eq!(
        session.room_view(),
        before,
        "typing notes does not reach the room"
    );
}

#[test]
fn the_pride_round_has_its_card_without_the_hint() {
    let mut session = Session::new(&common::setup(3), &common::standard_deck(), 1, NOW).unwrap();
    session.advance_phase(NOW).unwrap();
    assert_eq!(session.agenda.phase(), Phase::Stolthed);
    let view = session.room_view();
    let card = view.pride_card.expect("a pride card");
    assert_eq!(card.kind, DeckKind::Stolthed);
    assert_eq!(
        Some(card.text),
        session.pride_card().map(|c| session.shown(c).text)
    );
    assert!(card.hint.is_none());
}

/// One way to damage a view.
type Breaks = Box<dyn Fn(&mut RoomView)>;

#[test]
fn an_impossible_view_is_refused() {
    let good = played(3, 11, 8).room_view();
    let broken: Vec<(&str, Breaks)> = vec![
        ("no such active team", Box::new(|v| v.active_team = 9)),
        ("one team", Box::new(|v| v.teams.truncate(1))),
        ("off the board", Box::new(|v| v.teams[0].position.0 = 250)),
        ("damaged id", Box::new(|v| v.game_id = "../../etc".into())),
        ("damaged agenda", Box::new(|v| v.agenda.current = 99)),
        (
            "idea of no team",
            Box::new(|v| {
                v.ideas.add("x", 7, None, None).unwrap();
            }),
        ),
        (
            "a hint",
            Box::new(|v| {
                v.pride_card.as_mut().unwrap().hint = Some(Default::default());
            }),
        ),
        (
            "card without stage",
            Box::new(|v| {
                v.stage = Stage::AwaitingRoll;
                v.card = v.pride_card.clone();
            }),
        ),
        (
            "a seven",
            Box::new(|v| {
                v.stage = Stage::ChoosingTarget { roll: 7 };
                v.card = None;
            }),
        ),
    ];
    for (what, breaks) in broken {
        let mut view = good.clone();
        breaks(&mut view);
        assert!(view.check().is_err(), "{what} is refused");
    }
}

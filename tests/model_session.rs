//! Whole games: setup, turns, cards, wedges, saving and replaying.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{new_session, setup, standard_deck, step, NOW};
use kernespillet::model::persist::LoadError;
use kernespillet::model::session::SCHEMA_VERSION;
use kernespillet::model::{
    board, Category, DeckKind, Event, FieldId, FieldKind, GameError, Session, SetupProblem, Stage,
};
use proptest::prelude::*;

#[test]
fn setup_problems_are_all_reported() {
    let mut bad = setup(2);
    bad.teams[1].name = " hold 1 ".into();
    bad.teams[1].colour = bad.teams[0].colour;
    bad.teams[1].players = 0;
    let problems = bad.problems();
    assert_eq!(
        problems,
        vec![
            SetupProblem::DuplicateName { team: 1 },
            SetupProblem::DuplicateColour { team: 1 },
            SetupProblem::Players { team: 1 },
        ]
    );
    assert_eq!(setup(1).problems(), vec![SetupProblem::TeamCount(1)]);
    assert_eq!(setup(7).problems()[0], SetupProblem::TeamCount(7));
    assert!(Session::new(&bad, &standard_deck(), 1, 0).is_err());
}

#[test]
fn teams_are_added_with_a_free_colour_and_kept_between_two_and_six() {
    let mut game = setup(2);
    for n in 3..=6 {
        assert!(game.add_team(format!("Nyt {n}")));
        assert_eq!(game.teams.len(), n);
    }
    assert!(!game.can_add_team());
    assert!(!game.add_team("Syvende".into()), "no seventh team");
    assert!(
        game.problems().is_empty(),
        "added teams never share a colour"
    );
    while game.can_remove_team() {
        assert!(game.remove_team(0));
    }
    assert_eq!(game.teams.len(), 2);
    assert!(!game.remove_team(0), "never fewer than two teams");

    let team = &mut game.teams[0];
    team.players = 1;
    team.change_players(-1);
    assert_eq!(team.players, 1);
    team.players = 10;
    team.change_players(1);
    assert_eq!(team.players, 10);
    team.change_players(-1);
    assert_eq!(team.players, 9);
}

#[test]
fn more_than_six_players_get_three_hours_unless_overridden() {
    let mut game = setup(3);
    assert_eq!(game.total_players(), 6);
    assert_eq!(game.minutes(), 120);
    game.teams[0].players = 3;
    assert_eq!(game.minutes(), 180);
    game.duration_minutes = Some(120);
    assert_eq!(game.minutes(), 120);
}

#[test]
fn teams_start_on_separate_start_fields() {
    let session = new_session(6, 1);
    let mut positions: Vec<FieldId> = session.teams.iter().map(|t| t.position).collect();
    positions.dedup();
    assert_eq!(positions.len(), 6);
    for team in &session.teams {
        assert!(matches!(
            board().kind(team.position),
            Some(FieldKind::Start(_))
        ));
    }
}

#[test]
fn moves_out_of_turn_are_refused_and_change_nothing() {
    let mut session = new_session(3, 7);
    let before = session.clone();
    assert_eq!(session.complete_card(), Err(GameError::WrongStage));
    assert_eq!(session.move_to(FieldId(0), NOW), Err(GameError::WrongStage));
    assert_eq!(
        session.choose_category(Category::Kernen, NOW),
        Err(GameError::WrongStage)
    );
    assert_eq!(session, before);

    let roll = session.roll().unwrap();
    assert!((1..=6).contains(&roll));
    assert_eq!(session.roll(), Err(GameError::WrongStage), "a roll stands");
    let here = session.active().position;
    let after_roll = session.clone();
    assert_eq!(
        session.move_to(here, NOW),
        Err(GameError::Unreachable(here))
    );
    assert_eq!(
        session.move_to(FieldId(250), NOW),
        Err(GameError::Unreachable(FieldId(250)))
    );
    assert_eq!(session, after_roll);
}

#[test]
fn an_hq_card_earns_its_wedge_when_done() {
    let mut session = new_session(2, 3);
    // Put the active piece two steps from the Samarbejde HQ and force the roll.
    let hq = board().hq(Category::Samarbejde);
    session.teams[0].position = FieldId(hq.0 - 2);
    session.stage = Stage::ChoosingTarget { roll: 2 };
    session.move_to(hq, NOW).unwrap();
    let Stage::Card(card) = &session.stage else {
        panic!("a card is drawn")
    };
    assert_eq!(card.kind, DeckKind::Category(Category::Samarbejde));
    assert_eq!(card.wedge, Some(Category::Samarbejde));
    assert!(
        session.teams[0].wedges.is_empty(),
        "not before the card is done"
    );
    assert_eq!(session.guests().count(), 0);
    session.teams[1].position = hq;
    let guests: Vec<&str> = session.guests().map(|t| t.name.as_str()).collect();
    assert_eq!(
        guests,
        vec!["Hold 2"],
        "landing on a piece sends nobody home"
    );
    session.complete_card().unwrap();
    assert!(session.teams[0].wedges.contains(&Category::Samarbejde));
    assert_eq!(session.active_team, 1);
}

#[test]
fn the_hub_and_a_joker_let_the_team_choose_the_category() {
    let mut session = new_session(2, 3);
    session.teams[0].position = FieldId((board().len() - 2) as u8);
    session.stage = Stage::ChoosingTarget { roll: 1 };
    session
        .move_to(kernespillet::model::board::HUB, NOW)
        .unwrap();
    assert_eq!(session.stage, Stage::ChoosingCategory { joker: None });
    session.choose_category(Category::Tillid, NOW).unwrap();
    assert_eq!(
        session.current_card().unwrap().kind,
        DeckKind::Category(Category::Tillid)
    );

    // A start field draws a Joker first; choosing discards it and draws the category.
    let mut session = new_session(2, 3);
    let start = board().start_field(3).unwrap();
    session.teams[0].position = FieldId(start.0 - 1);
    session.stage = Stage::ChoosingTarget { roll: 1 };
    session.move_to(start, NOW).unwrap();
    assert_eq!(session.current_card().unwrap().kind, DeckKind::Joker);
    session.choose_category(Category::ForHvem, NOW).unwrap();
    assert_eq!(
        session.current_card().unwrap().kind,
        DeckKind::Category(Category::ForHvem)
    );
    assert_eq!(
        session.piles.pile(DeckKind::Joker).unwrap().discard.len(),
        1
    );
}

#[test]
fn special_fields_do_what_they_say() {
    let board = board();
    let find = |kind: FieldKind| {
        board
            .fields()
            .find(|f| board.kind(*f) == Some(kind))
            .unwrap()
    };

    let mut session = new_session(2, 5);
    let breather = find(FieldKind::Breather);
    session.teams[0].position = FieldId(breather.0 - 1);
    session.stage = Stage::ChoosingTarget { roll: 1 };
    session.move_to(breather, NOW).unwrap();
    assert_eq!(session.current_card().unwrap().kind, DeckKind::Stolthed);

    let mut session = new_session(2, 5);
    let shortcut = find(FieldKind::Shortcut);
    session.teams[0].position = FieldId(shortcut.0 - 1);
    session.stage = Stage::ChoosingTarget { roll: 1 };
    session.move_to(shortcut, NOW).unwrap();
    assert_eq!(
        session.teams[0].position,
        board.next_shortcut(shortcut).unwrap()
    );
    assert_eq!(session.current_card().unwrap().kind, DeckKind::Handling);

    let mut session = new_session(2, 5);
    let again = find(FieldKind::RollAgain);
    session.teams[0].position = FieldId(again.0 - 1);
    session.stage = Stage::ChoosingTarget { roll: 1 };
    session.move_to(again, NOW).unwrap();
    assert_eq!(session.stage, Stage::AwaitingRoll);
    assert_eq!(session.active_team, 0, "the same team rolls again");
    assert_eq!(session.log.last(), Some(&Event::RollAgain { team: 0 }));
}

#[test]
fn a_newer_schema_is_refused_and_garbage_is_reported() {
    let session = new_session(2, 9);
    let mut value: serde_json::Value = serde_json::from_str(&session.to_json()).unwrap();
    value["schema_version"] = (SCHEMA_VERSION + 1).into();
    assert_eq!(
        Session::from_json(&value.to_string()),
        Err(LoadError::TooNew {
            found: SCHEMA_VERSION + 1
        })
    );
    assert!(matches!(
        Session::from_json("{\"teams\": 3"),
        Err(LoadError::Unreadable(_))
    ));
    let mut value: serde_json::Value = serde_json::from_str(&session.to_json()).unwrap();
    value["active_team"] = 5.into();
    assert!(matches!(
        Session::from_json(&value.to_string()),
        Err(LoadError::Inconsistent(_))
    ));
}

proptest! {
    /// Turn order cycles through every team, in order, one completed card at a time.
    #[test]
    fn turn_order_cycles_through_all_teams(
        teams in 2usize..=6,
        seed in any::<u64>(),
        picks in proptest::collection::vec(0usize..12, 20..150),
    ) {
        let mut session = new_session(teams, seed);
        let mut expected = 0;
        for pick in picks {
            let before = session.turns_played;
            prop_assert_eq!(session.active_team, expected);
            step(&mut session, pick);
            if session.turns_played > before {
                expected = (expected + 1) % teams;
            }
        }
    }

}

proptest! {
    // Each case writes and reads a whole session (deck included) after every move, so
    // fewer cases still cover thousands of round trips.
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// A session written to storage and read back is the same session, at any point.
    #[test]
    fn session_survives_a_serde_round_trip(
        teams in 2usize..=6,
        seed in any::<u64>(),
        picks in proptest::collection::vec(0usize..12, 0..80),
    ) {
        let mut session = new_session(teams, seed);
        for pick in picks {
            step(&mut session, pick);
            let back = Session::from_json(&session.to_json()).unwrap();
            prop_assert_eq!(&back, &session);
        }
    }

    /// The same seed and the same choices give the same game, roll for roll.
    #[test]
    fn the_same_seed_gives_the_same_game(
        seed in any::<u64>(),
        picks in proptest::collection::vec(0usize..12, 1..120),
    ) {
        let mut a = new_session(3, seed);
        let mut b = new_session(3, seed);
        for pick in &picks {
            step(&mut a, *pick);
            step(&mut b, *pick);
        }
        prop_assert_eq!(a, b);
    }
}

#[test]
fn different_seeds_give_different_games() {
    let rolls = |seed| {
        let mut s = new_session(2, seed);
        (0..40)
            .map(|i| {
                step(&mut s, i);
                s.log.len()
            })
            .count();
        s.log
            .iter()
            .filter_map(|e| match e {
                Event::Rolled { value, .. } => Some(*value),
                _ => None,
            })
            .collect::<Vec<u8>>()
    };
    assert_ne!(rolls(1), rolls(2));
}

#[test]
fn default_team_names_follow_the_language_and_chosen_names_stay() {
    use kernespillet::model::team::rename_default_names;
    let mut names = vec![
        "Hold A".to_string(),
        "Ravnene".to_string(),
        "Hold C".to_string(),
    ];
    rename_default_names(
        names.iter_mut(),
        |i| format!("Hold {}", ["A", "B", "C"][i]),
        |i| format!("Team {}", ["A", "B", "C"][i]),
    );
    assert_eq!(names, ["Team A", "Ravnene", "Team C"]);
}

#[test]
fn an_idea_from_outside_is_added_once_however_often_it_is_sent() {
    let mut bank = kernespillet::model::IdeaBank::default();
    let (first, new) = bank
        .add_once("d-tablet:1", "Fælles morgenmøde", 1, None, None)
        .unwrap();
    assert!(new);
    let (again, new) = bank
        .add_once("d-tablet:1", "Fælles morgenmøde", 1, None, None)
        .unwrap();
    assert_eq!((again, new), (first, false));
    let (other, new) = bank
        .add_once("d-tablet:2", "Spørg borgerne", 1, None, None)
        .unwrap();
    assert!(new && other != first);
    assert_eq!(bank.ideas.len(), 2);
    assert_eq!(
        bank.get(first).unwrap().origin.as_deref(),
        Some("d-tablet:1")
    );
}

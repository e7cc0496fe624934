//! A team's tablet asks; the facilitator's game decides. Requests are applied through the
//! game's own moves for the team that sent them, at most once each, and only what that
//! team may do now: a refused request changes nothing and says why.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{new_session, NOW};
use kernespillet::model::{
    Applied, Category, GameError, Phase, Refusal, Session, Stage, TeamMay, TeamRequest,
};
use proptest::prelude::*;

const TABLET: &str = "d-ravnene";

/// Play `session` from the tablet of the team whose turn it is until a card is on the
/// table; returns the next sequence number.
fn to_card(session: &mut Session, team: usize, mut seq: u64) -> u64 {
    for _ in 0..12 {
        let request = match session.stage {
            Stage::AwaitingRoll => TeamRequest::Roll,
            Stage::ChoosingTarget { .. } => TeamRequest::ChooseField {
                field: session.targets()[0],
            },
            Stage::ChoosingCategory { .. } => TeamRequest::ChooseCategory {
                category: Category::Kernen,
            },
            Stage::Card(_) => return seq,
        };
        seq += 1;
        assert_eq!(
            session.apply_request(TABLET, team, seq, &request, NOW),
            Ok(Applied::Done)
        );
    }
    panic!("no card after twelve requests");
}

#[test]
fn a_whole_turn_is_played_from_the_teams_tablet() {
    let mut session = new_session(3, 21);
    assert_eq!(
        session.team_may(0),
        TeamMay {
            roll: true,
            save_idea: true,
            ..TeamMay::default()
        }
    );
    let seq = to_card(&mut session, 0, 0);
    assert!(session.current_card().is_some());
    // The silent minute ends (the facilitator's clicker, or its timer), then the round.
    session.clicker_next(NOW).unwrap();
    let may = session.team_may(0);
    assert!(may.next_speaker && may.pass && !may.roll);
    assert_eq!(
        session.apply_request(TABLET, 0, seq + 1, &TeamRequest::Pass, NOW),
        Ok(Applied::Done)
    );
    assert_eq!(
        session.apply_request(TABLET, 0, seq + 2, &TeamRequest::NextSpeaker, NOW),
        Ok(Applied::Done)
    );
    let idea = TeamRequest::SaveIdea {
        n: 1,
        text: "Fælles morgenmøde".into(),
    };
    assert_eq!(
        session.apply_request(TABLET, 0, seq + 3, &idea, NOW),
        Ok(Applied::Done)
    );
    let saved = &session.ideas.ideas[0];
    assert_eq!(
        (saved.team, saved.card.is_some()),
        (0, true),
        "tagged with the team and its card"
    );
    assert_eq!(saved.origin.as_deref(), Some("d-ravnene:1"));
}

#[test]
fn another_teams_turn_is_refused_with_the_reason_and_changes_nothing() {
    let mut session = new_session(3, 22);
    let before = session.clone();
    for request in [
        TeamRequest::Roll,
        TeamRequest::ChooseCategory {
            category: Category::Tillid,
        },
        TeamRequest::NextSpeaker,
    ] {
        assert_eq!(
            session.apply_request("d-uglerne", 1, 1, &request, NOW),
            Err(Refusal::NotYourTurn)
        );
    }
    assert_eq!(session, before);
    // The right team, the wrong step: the game's own reason.
    assert_eq!(
        session.apply_request(TABLET, 0, 1, &TeamRequest::NextSpeaker, NOW),
        Err(Refusal::NotNow)
    );
    assert_eq!(
        session.apply_request(TABLET, 7, 1, &TeamRequest::Roll, NOW),
        Err(Refusal::NoSuchTeam)
    );
    assert_eq!(session, before);
}

#[test]
fn a_request_sent_again_is_applied_once() {
    let mut session = new_session(2, 23);
    assert_eq!(
        session.apply_request(TABLET, 0, 5, &TeamRequest::Roll, NOW),
        Ok(Applied::Done)
    );
    let after_roll = session.clone();
    // The same request again (a reconnect), and an older one: nothing happens twice.
    assert_eq!(
        session.apply_request(TABLET, 0, 5, &TeamRequest::Roll, NOW),
        Ok(Applied::Already)
    );
    assert_eq!(
        session.apply_request(TABLET, 0, 4, &TeamRequest::Roll, NOW),
        Ok(Applied::Already)
    );
    assert_eq!(session, after_roll);
    // Sequence numbers are the device's own: another tablet counts for itself.
    let field = session.targets()[0];
    assert_eq!(
        session.apply_request("d-other", 0, 1, &TeamRequest::ChooseField { field }, NOW),
        Ok(Applied::Done)
    );
    // An idea sent twice under two numbers is still one idea (its own number says so).
    let mut session = new_session(2, 24);
    let idea = TeamRequest::SaveIdea {
        n: 9,
        text: "Kortere møder".into(),
    };
    session.apply_request(TABLET, 1, 1, &idea, NOW).unwrap();
    session.apply_request(TABLET, 1, 2, &idea, NOW).unwrap();
    assert_eq!(session.ideas.ideas.len(), 1);
}

#[test]
fn votes_in_the_idea_bank_and_a_suggestion_in_the_kernen_phase() {
    let mut session = new_session(2, 25);
    let idea = session.add_idea("Fælles morgenmøde", 0, None).unwrap();
    let vote = TeamRequest::Vote { idea };
    assert_eq!(
        session.apply_request(TABLET, 1, 1, &vote, NOW),
        Err(Refusal::NotNow),
        "not yet"
    );
    while session.agenda.phase() != Phase::Kernen {
        session.advance_phase(NOW).unwrap();
    }
    let suggestion = TeamRequest::SuggestKernen {
        text: "  Vi hjælper borgerne videre.  ".into(),
    };
    assert_eq!(
        session.apply_request(TABLET, 1, 2, &suggestion, NOW),
        Ok(Applied::Done)
    );
    assert_eq!(
        session.kernen_suggestions.get(&1).map(String::as_str),
        Some("Vi hjælper borgerne videre.")
    );
    session.advance_phase(NOW).unwrap();
    assert_eq!(session.agenda.phase(), Phase::IdeaBank);
    assert_eq!(
        session.apply_request(TABLET, 1, 3, &vote, NOW),
        Ok(Applied::Done)
    );
    assert_eq!(session.ideas.team_votes_on(idea, 1), 1);
    assert_eq!(
        session.apply_request(TABLET, 1, 4, &TeamRequest::Unvote { idea }, NOW),
        Ok(Applied::Done)
    );
    assert_eq!(
        session.apply_request(TABLET, 1, 5, &TeamRequest::Unvote { idea }, NOW),
        Err(Refusal::Game {
            error: GameError::Idea(kernespillet::model::IdeaError::NoVoteToRemove)
        })
    );
    assert_eq!(
        session.apply_request(TABLET, 1, 6, &suggestion, NOW),
        Err(Refusal::NotNow),
        "the suggestion belongs to the Kernen phase"
    );
}

fn any_request() -> impl Strategy<Value = TeamRequest> {
    prop_oneof![
        Just(TeamRequest::Roll),
        (0u8..80).prop_map(|f| TeamRequest::ChooseField {
            field: kernespillet::model::FieldId(f)
        }),
        (0usize..6).prop_map(|c| TeamRequest::ChooseCategory {
            category: Category::ALL[c]
        }),
        Just(TeamRequest::NextSpeaker),
        Just(TeamRequest::Pass),
        (0u32..4, ".{0,300}").prop_map(|(n, text)| TeamRequest::SaveIdea { n, text }),
        (0u32..6).prop_map(|idea| TeamRequest::Vote { idea }),
        (0u32..6).prop_map(|idea| TeamRequest::Unvote { idea }),
        ".{0,500}".prop_map(|text| TeamRequest::SuggestKernen { text }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_requests_from_any_tablets_keep_the_game_whole(
        seed in any::<u64>(),
        steps in prop::collection::vec((0usize..4, 0usize..3, 0u64..12, any_request(), 0u8..4), 1..60),
    ) {
        let mut session = new_session(3, seed);
        for (team, device, seq, request, advance) in steps {
            if advance == 0 && session.agenda.next_phase().is_some() {
                session.advance_phase(NOW).unwrap();
            }
            let before = session.clone();
            let device = format!("d-{device}");
            match session.apply_request(&device, team, seq, &request, NOW) {
                Err(_) | Ok(Applied::Already) => prop_assert_eq!(&session, &before, "nothing changed"),
                Ok(Applied::Done) => prop_assert_eq!(session.applied_requests.get(&device), Some(&seq)),
            }
            // Whatever happened, the game is one that saves and opens again.
            let reopened = Session::from_json(&session.to_json());
            prop_assert_eq!(reopened.as_ref(), Ok(&session));
        }
    }
}

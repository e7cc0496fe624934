//! A team's notebook taken into the game: each idea once, tagged with the team,
//! however often and in whatever order its codes arrive; the team's ballot replaces its
//! votes in the idea bank only, within its dots and on ideas the game has; a notebook of
//! another game or team changes nothing.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::{new_session, NOW};
use kernespillet::i18n::{game_error_text, handover_error_text, handover_report_text};
use kernespillet::model::{
    Ballot, BallotRefused, Category, GameError, HandoverRefused, Lang, Phase, Session,
};
use kernespillet::protocol::handover::{pack, unpack, HandoverError, Notebook, NotebookIdea};
use proptest::prelude::*;

fn notebook(session: &Session, team: usize, texts: &[&str]) -> Notebook {
    Notebook {
        game: Some(session.id.clone()),
        team,
        team_name: session.teams[team].name.clone(),
        device: "d-tablet000001".into(),
        ideas: texts
            .iter()
            .enumerate()
            .map(|(i, text)| NotebookIdea {
                n: i as u32 + 1,
                text: text.to_string(),
                category: Some(Category::Samarbejde),
            })
            .collect(),
        votes: BTreeMap::new(),
    }
}

fn in_idea_bank(teams: usize) -> Session {
    let mut session = new_session(teams, 11);
    while session.agenda.phase() != Phase::IdeaBank {
        session.advance_phase(NOW).unwrap();
    }
    session
}

const IDEAS: [&str; 3] = [
    "Faste makkerpar på tværs af vagterne.",
    "Et \"stop-gøre\"-møde hver måned – hvad kan vi holde op med?",
    "Vi spørger borgeren først.",
];

#[test]
fn the_ideas_arrive_once_with_the_teams_tag_and_a_second_handover_adds_nothing() {
    let mut session = new_session(3, 4);
    let book = notebook(&session, 1, &IDEAS);
    let report = session.take_notebook(&book).unwrap();
    assert_eq!((report.new_ideas, report.known_ideas), (3, 0));
    assert_eq!(report.ballot, Ballot::None);
    assert_eq!(report.named, None);
    let added: Vec<_> = session
        .ideas
        .ideas
        .iter()
        .map(|i| (i.text.as_str(), i.team))
        .collect();
    assert_eq!(added, IDEAS.iter().map(|t| (*t, 1)).collect::<Vec<_>>());
    assert!(session.ideas.ideas.iter().all(|i| i
        .origin
        .as_deref()
        .unwrap()
        .starts_with("d-tablet000001:")));
    assert!(session
        .ideas
        .ideas
        .iter()
        .all(|i| i.category == Some(Category::Samarbejde)));

    let after_first = session.clone();
    let again = session.take_notebook(&book).unwrap();
    assert_eq!((again.new_ideas, again.known_ideas), (0, 3));
    assert_eq!(session, after_first);

    // One more idea written since: only it is new.
    let more = notebook(&session, 1, &[IDEAS[0], IDEAS[1], IDEAS[2], "Og en ny."]);
    let report = session.take_notebook(&more).unwrap();
    assert_eq!((report.new_ideas, report.known_ideas), (1, 3));
    assert_eq!(
        handover_report_text(&report, "Uglerne", Lang::Da),
        vec!["1 ny idé fra Uglerne, 3 var her allerede."]
    );
}

#[test]
fn the_codes_in_any_order_bring_the_same_ideas() {
    let mut first = new_session(2, 9);
    let many: Vec<String> = (0..30).map(|i| format!("{i}: {}", IDEAS[i % 3])).collect();
    let refs: Vec<&str> = many.iter().map(String::as_str).collect();
    let book = notebook(&first, 0, &refs);
    let parts = pack(&book);
    assert!(parts.len() > 1);
    let mut second = first.clone();
    let reversed: Vec<String> = parts.iter().rev().cloned().collect();
    first.take_notebook(&unpack(&parts).unwrap()).unwrap();
    second.take_notebook(&unpack(&reversed).unwrap()).unwrap();
    assert_eq!(first, second);
}

#[test]
fn another_game_or_a_missing_team_changes_nothing() {
    let mut session = new_session(2, 5);
    let before = session.clone();
    let mut other = notebook(&session, 0, &IDEAS);
    other.game = Some("another-game".into());
    assert_eq!(
        session.take_notebook(&other),
        Err(GameError::Handover(HandoverRefused::OtherGame))
    );
    let missing = notebook(&session, 0, &IDEAS);
    let missing = Notebook { team: 4, ..missing };
    assert_eq!(
        session.take_notebook(&missing),
        Err(GameError::Handover(HandoverRefused::NoSuchTeam(4)))
    );
    assert_eq!(
        game_error_text(
            &GameError::Handover(HandoverRefused::NoSuchTeam(4)),
            Lang::Da
        ),
        "Spillet har intet hold E. Vælg det rigtige hold i notesbogen, og aflever igen."
    );
    // An empty idea anywhere: nothing at all is added.
    let mut empty = notebook(&session, 0, &IDEAS);
    empty.ideas[2].text = "  ".into();
    assert!(session.take_notebook(&empty).is_err());
    assert_eq!(session, before);
    // A notebook that knows no game is taken by any.
    let anywhere = Notebook {
        game: None,
        ..notebook(&session, 0, &IDEAS)
    };
    assert_eq!(session.take_notebook(&anywhere).unwrap().new_ideas, 3);
}

#[test]
fn a_different_name_for_the_team_is_told() {
    let mut session = new_session(2, 5);
    let mut book = notebook(&session, 1, &IDEAS);
    book.team_name = "Ravnene".into();
    assert_eq!(
        session.take_notebook(&book).unwrap().named.as_deref(),
        Some("Ravnene")
    );
    book.team_name = session.teams[1].name.to_uppercase();
    assert_eq!(session.take_notebook(&book).unwrap().named, None);
}

#[test]
fn the_ballot_replaces_the_teams_votes_in_the_idea_bank_only() {
    let mut session = in_idea_bank(3);
    for text in IDEAS {
        session.add_idea(text, 0, None).unwrap();
    }
    // The team gave a dot by hand at the facilitator's screen first.
    session.vote(1, 2).unwrap();
    session.vote(2, 0).unwrap();
    let mut book = notebook(&session, 2, &[]);
    book.votes = BTreeMap::from([(2, 3), (3, 1)]);
    let report = session.take_notebook(&book).unwrap();
    assert_eq!(report.ballot, Ballot::Taken(4));
    assert_eq!(session.ideas.team_votes_on(1, 2), 0);
    assert_eq!(session.ideas.team_votes_on(2, 2), 3);
    assert_eq!(session.ideas.team_votes_on(3, 2), 1);
    // Another team's votes stay.
    assert_eq!(session.ideas.team_votes_on(2, 0), 1);
    let once = session.clone();
    assert_eq!(
        session.take_notebook(&book).unwrap().ballot,
        Ballot::Taken(4)
    );
    assert_eq!(session, once);

    // Grouped since: the dots count for the group.
    session.ideas.group(&[1, 3]).unwrap();
    session.take_notebook(&book).unwrap();
    assert_eq!(session.ideas.team_votes_on(1, 2), 1);
    assert_eq!(session.ideas.votes_used(2), 4);
}

#[test]
fn a_ballot_that_cannot_stand_is_refused_and_the_ideas_still_arrive() {
    let mut session = in_idea_bank(2);
    session.add_idea(IDEAS[0], 0, None).unwrap();
    session.vote(1, 1).unwrap();
    let allowance = session.ideas.allowance(session.teams[1].players);
    let cases = [
        (
            BTreeMap::from([(1, allowance + 1)]),
            BallotRefused::TooMany {
                dots: allowance + 1,
                allowance,
            },
        ),
        (BTreeMap::from([(9, 1)]), BallotRefused::UnknownIdea(9)),
    ];
    for (votes, why) in cases {
        let mut book = notebook(&session, 1, &["En idé mere."]);
        book.votes = votes;
        let report = session.take_notebook(&book).unwrap();
        assert_eq!(report.ballot, Ballot::Refused(why));
        assert_eq!(
            session.ideas.team_votes_on(1, 1),
            1,
            "the votes stand as they were"
        );
    }
    assert_eq!(session.ideas.ideas.len(), 2, "the idea arrived, once");

    let mut playing = new_session(2, 3);
    playing.add_idea(IDEAS[0], 0, None).unwrap();
    let mut book = notebook(&playing, 1, &[]);
    book.votes = BTreeMap::from([(1, 1)]);
    let report = playing.take_notebook(&book).unwrap();
    assert_eq!(report.ballot, Ballot::Refused(BallotRefused::NotIdeaBank));
    assert_eq!(playing.ideas.total_votes(), 0);
    assert_eq!(
        handover_report_text(&report, "Hold 2", Lang::En),
        vec![
            "No new ideas from Hold 2.",
            "The votes are not counted: voting starts in the idea bank."
        ]
    );
}

#[test]
fn every_reading_problem_has_its_sentence() {
    let missing = HandoverError::Missing {
        total: 4,
        missing: vec![1, 3, 4],
    };
    assert_eq!(
        handover_error_text(&missing, Lang::Da),
        "Der mangler stadig kode 1, 3 og 4 af 4."
    );
    assert_eq!(
        handover_error_text(
            &HandoverError::Missing {
                total: 2,
                missing: vec![2]
            },
            Lang::En
        ),
        "Code 2 of 2 is still missing."
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_notebook_taken_twice_adds_each_idea_once(
        texts in proptest::collection::vec("[a-zæøå \"']{1,40}[a-z]", 0..12),
        team in 0usize..4,
        votes in proptest::collection::btree_map(1u32..8, 1u32..4, 0..4),
        bank in any::<bool>(),
    ) {
        let mut session = if bank { in_idea_bank(3) } else { new_session(3, 2) };
        for text in IDEAS {
            session.add_idea(text, 1, None).unwrap();
        }
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let mut book = notebook(&session, team.min(2), &refs);
        book.team = team;
        book.votes = votes;
        let before = session.clone();
        match session.take_notebook(&book) {
            Err(_) => {
                prop_assert!(team >= 3);
                prop_assert!(session == before, "a refused notebook changed the game");
            }
            Ok(report) => {
                prop_assert_eq!(report.new_ideas, texts.len());
                let once = session.clone();
                let again = session.take_notebook(&book).unwrap();
                prop_assert_eq!(again.new_ideas, 0);
                prop_assert_eq!(again.known_ideas, texts.len());
                prop_assert!(session == once, "the second handover changed the game");
                prop_assert_eq!(session.ideas.ideas.len(), IDEAS.len() + texts.len());
                let players = session.teams[team].players;
                prop_assert!(session.ideas.votes_used(team) <= session.ideas.allowance(players));
            }
        }
    }
}

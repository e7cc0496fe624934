//! A team's ballot in its notebook: made from the idea bank as the team's tablet last
//! saw it, filled in with no network, never more dots than the team has, and handed over
//! (codes or file) it becomes the team's votes in the game — once, however often.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::{new_session, NOW};
use kernespillet::model::{
    Ballot, BallotIdea, NotebookBallot, NotebookDraft, NotebookError, Phase, Session,
};
use kernespillet::protocol::handover::{pack, unpack, MAX_BALLOT_DOTS};
use proptest::prelude::*;

const TEAM: usize = 1;

/// A game in the idea bank with four ideas, 1 and 4 grouped, and a dot of team B on 2.
fn in_idea_bank() -> Session {
    let mut session = new_session(3, 21);
    for text in [
        "Faste makkerpar.",
        "Et stop-gøre-møde.",
        "Vi spørger borgeren først.",
        "Makkerpar på tværs af vagterne.",
    ] {
        session.add_idea(text, 0, None).unwrap();
    }
    while session.agenda.phase() != Phase::IdeaBank {
        session.advance_phase(NOW).unwrap();
    }
    session.ideas.group(&[1, 4]).unwrap();
    session.vote(2, TEAM).unwrap();
    session
}

#[test]
fn the_ballot_is_the_idea_bank_as_the_tablet_saw_it() {
    let session = in_idea_bank();
    let view = session.room_view();
    let ballot = NotebookBallot::from_view(&view, TEAM).unwrap();
    let mut ids: Vec<u32> = ballot.ideas.iter().map(|i| i.id).collect();
    ids.sort();
    assert_eq!(ids, vec![1, 2, 3], "a group is one idea, by its lead");
    let grouped = ballot.ideas.iter().find(|i| i.id == 1).unwrap();
    assert_eq!(grouped.text, "Faste makkerpar. (+1)");
    let players = session.teams[TEAM].players;
    assert_eq!(ballot.dots, session.ideas.allowance(players));
    assert_eq!(ballot.votes, BTreeMap::from([(2, 1)]));
    assert_eq!(ballot.left(), ballot.dots - 1);
    // Not in the idea bank, or for a team the game does not have: no ballot.
    assert_eq!(
        NotebookBallot::from_view(&new_session(3, 1).room_view(), TEAM),
        None
    );
    assert_eq!(NotebookBallot::from_view(&view, 7), None);
}

#[test]
fn the_team_gives_and_takes_back_its_dots_and_never_more_than_it_has() {
    let session = in_idea_bank();
    let mut draft = NotebookDraft::default();
    draft.choose_team(TEAM, "Uglerne");
    assert_eq!(
        draft.vote(1),
        Err(NotebookError::NoSuchIdea(1)),
        "no ballot yet"
    );
    draft.open_ballot(NotebookBallot::from_view(&session.room_view(), TEAM).unwrap());
    let dots = draft.ballot.as_ref().unwrap().dots;
    assert_eq!(draft.vote(99), Err(NotebookError::NoSuchIdea(99)));
    assert_eq!(
        draft.unvote(3),
        Err(NotebookError::NoSuchIdea(3)),
        "no dot there to take"
    );
    for _ in 1..dots {
        draft.vote(3).unwrap();
    }
    let full = draft.clone();
    assert_eq!(draft.vote(1), Err(NotebookError::NoDotsLeft));
    assert_eq!(draft, full, "a refused dot changes nothing");
    draft.unvote(2).unwrap();
    draft.vote(1).unwrap();
    let ballot = draft.ballot.as_ref().unwrap();
    assert_eq!(ballot.votes, BTreeMap::from([(1, 1), (3, dots - 1)]));
    assert_eq!(ballot.left(), 0);
}

#[test]
fn handed_over_the_ballot_becomes_the_teams_votes_once() {
    let mut session = in_idea_bank();
    let mut draft = NotebookDraft::default();
    draft.for_game(&session.id);
    draft.choose_team(TEAM, "Uglerne");
    draft.open_ballot(NotebookBallot::from_view(&session.room_view(), TEAM).unwrap());
    draft.unvote(2).unwrap();
    draft.vote(1).unwrap();
    draft.vote(1).unwrap();
    draft.vote(3).unwrap();
    let notebook = draft.notebook("d-tablet000001").unwrap();
    assert_eq!(notebook.votes, BTreeMap::from([(1, 2), (3, 1)]));
    // Through the codes, as the camera reads them.
    let read = unpack(&pack(&notebook)).unwrap();
    assert_eq!(read, notebook);
    let report = session.take_notebook(&read).unwrap();
    assert_eq!(report.ballot, Ballot::Taken(3));
    assert_eq!(session.ideas.team_votes_on(1, TEAM), 2);
    assert_eq!(
        session.ideas.team_votes_on(4, TEAM),
        2,
        "the group's member counts with it"
    );
    assert_eq!(
        session.ideas.team_votes_on(2, TEAM),
        0,
        "the dot taken back is gone"
    );
    assert_eq!(session.ideas.team_votes_on(3, TEAM), 1);
    let once = session.clone();
    session.take_notebook(&read).unwrap();
    assert_eq!(session, once, "a second handover changes nothing");
}

#[test]
fn a_ballot_of_another_game_is_dropped() {
    let session = in_idea_bank();
    let mut draft = NotebookDraft::default();
    draft.for_game(&session.id);
    draft.open_ballot(NotebookBallot::from_view(&session.room_view(), TEAM).unwrap());
    draft.for_game(&session.id);
    assert!(draft.ballot.is_some(), "the same game keeps it");
    draft.for_game("another-game");
    assert_eq!(draft.ballot, None);
    assert_eq!(draft.game.as_deref(), Some("another-game"));
}

fn any_ballot() -> impl Strategy<Value = NotebookBallot> {
    (
        prop::collection::vec((0u32..12, ".{0,300}"), 0..12),
        0u32..(MAX_BALLOT_DOTS * 2),
        prop::collection::btree_map(0u32..14, 0u32..40, 0..8),
    )
        .prop_map(|(ideas, dots, votes)| NotebookBallot {
            ideas: ideas
                .into_iter()
                .map(|(id, text)| BallotIdea { id, text })
                .collect(),
            dots,
            votes,
        })
}

proptest! {
    /// Whatever was stored, the ballot opened (or mended on loading) has unique ideas,
    /// votes only on them, and no more dots given than the team has; then any taps keep it so.
    #[test]
    fn a_ballot_never_gives_more_than_it_has(
        ballot in any_ballot(),
        taps in prop::collection::vec((any::<bool>(), 0u32..14), 0..60),
    ) {
        let mut draft = NotebookDraft::default();
        draft.open_ballot(ballot);
        let check = |draft: &NotebookDraft| {
            let b = draft.ballot.as_ref().unwrap();
            let ids: std::collections::BTreeSet<u32> = b.ideas.iter().map(|i| i.id).collect();
            prop_assert_eq!(ids.len(), b.ideas.len());
            prop_assert!(b.dots <= MAX_BALLOT_DOTS);
            prop_assert!(b.used() <= b.dots);
            prop_assert!(b.votes.iter().all(|(id, n)| *n > 0 && ids.contains(id)));
            Ok(())
        };
        check(&draft)?;
        for (give, id) in taps {
            let before = draft.clone();
            let result = if give { draft.vote(id) } else { draft.unvote(id) };
            if result.is_err() {
                prop_assert_eq!(&draft, &before);
            }
            check(&draft)?;
        }
        // Mending what is whole changes nothing.
        prop_assert_eq!(draft.clone().mended(), draft);
    }
}

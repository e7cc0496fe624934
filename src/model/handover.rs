//! Taking a team's notebook into the game: the ideas a team wrote on a device that was
//! not joined to the game, and its ballot in the idea bank. Each idea is added once by
//! its origin, so handing a notebook over twice adds nothing; the ballot replaces the
//! team's votes, so it too counts once.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::agenda::Phase;
use super::ideas::IdeaError;
use super::limits::MAX_IDEA_CHARS;
use super::session::{GameError, Session};
use crate::protocol::handover::Notebook;

/// Why a notebook was not taken at all (nothing changed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HandoverRefused {
    /// It was written for another game.
    OtherGame,
    /// The game has no team at that place.
    NoSuchTeam(usize),
}

/// What a notebook brought.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandoverReport {
    pub team: usize,
    /// Ideas added now.
    pub new_ideas: usize,
    /// Ideas from an earlier handover of the same notebook, not added again.
    pub known_ideas: usize,
    pub ballot: Ballot,
    /// The notebook's own name for the team, when it is not the game's.
    pub named: Option<String>,
}

/// What became of the team's ballot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ballot {
    /// The notebook held no votes.
    None,
    /// The team's votes are now these dots.
    Taken(u32),
    Refused(BallotRefused),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BallotRefused {
    /// Votes count only in the idea bank.
    NotIdeaBank,
    /// More dots than the team has.
    TooMany { dots: u32, allowance: u32 },
    /// A vote on an idea the game does not have.
    UnknownIdea(u32),
}

impl From<HandoverRefused> for GameError {
    fn from(e: HandoverRefused) -> Self {
        GameError::Handover(e)
    }
}

impl Session {
    /// Take a team's notebook: its new ideas tagged with the team, and its ballot when
    /// the idea bank is open and the ballot fits. A notebook of another game, or of a
    /// team the game does not have, changes nothing.
    pub fn take_notebook(&mut self, notebook: &Notebook) -> Result<HandoverReport, GameError> {
        if notebook.game.as_deref().is_some_and(|g| g != self.id) {
            return Err(HandoverRefused::OtherGame.into());
        }
        let team = notebook.team;
        let Some(found) = self.teams.get(team) else {
            return Err(HandoverRefused::NoSuchTeam(team).into());
        };
        // Every text is checked before anything is added: all or nothing.
        for idea in &notebook.ideas {
            let length = idea.text.trim().chars().count();
            if length == 0 {
                return Err(IdeaError::Empty.into());
            }
            if length > MAX_IDEA_CHARS {
                return Err(IdeaError::TooLong.into());
            }
        }
        let named = Some(notebook.team_name.trim())
            .filter(|n| !n.is_empty() && !n.eq_ignore_ascii_case(found.name.trim()))
            .map(str::to_string);
        let (mut new_ideas, mut known_ideas) = (0, 0);
        for idea in &notebook.ideas {
            let origin = notebook.origin(idea);
            let (_, is_new) =
                self.ideas
                    .add_once(&origin, &idea.text, team, idea.category, None)?;
            if is_new {
                new_ideas += 1;
            } else {
                known_ideas += 1;
            }
        }
        // After the ideas, so that the same notebook is judged the same every time.
        let ballot = match self.ballot_problem(team, &notebook.votes) {
            Err(why) => Ballot::Refused(why),
            Ok(_) if notebook.votes.is_empty() => Ballot::None,
            Ok(dots) => {
                self.replace_ballot(team, &notebook.votes);
                Ballot::Taken(dots)
            }
        };
        Ok(HandoverReport {
            team,
            new_ideas,
            known_ideas,
            ballot,
            named,
        })
    }

    /// Whether a team's whole ballot may stand now; its dots if so.
    fn ballot_problem(
        &self,
        team: usize,
        votes: &BTreeMap<u32, u32>,
    ) -> Result<u32, BallotRefused> {
        if votes.is_empty() {
            return Ok(0);
        }
        if self.agenda.phase() != Phase::IdeaBank {
            return Err(BallotRefused::NotIdeaBank);
        }
        if let Some(unknown) = votes.keys().find(|id| self.ideas.get(**id).is_none()) {
            return Err(BallotRefused::UnknownIdea(*unknown));
        }
        let players = self.teams.get(team).map_or(0, |t| t.players);
        let allowance = self.ideas.allowance(players);
        let dots = votes.values().fold(0u32, |sum, n| sum.saturating_add(*n));
        if dots > allowance {
            return Err(BallotRefused::TooMany { dots, allowance });
        }
        Ok(dots)
    }

    /// The team's votes become exactly `votes` (each on its idea's group).
    fn replace_ballot(&mut self, team: usize, votes: &BTreeMap<u32, u32>) {
        for by in self.ideas.votes.values_mut() {
            by.remove(&team);
        }
        self.ideas.votes.retain(|_, by| !by.is_empty());
        for (id, dots) in votes {
            if let Some(lead) = self.ideas.lead_of(*id) {
                let by = self.ideas.votes.entry(lead).or_default();
                *by.entry(team).or_default() += dots;
            }
        }
    }
}

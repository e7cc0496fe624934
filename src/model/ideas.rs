//! The idea bank: insights recorded during play, grouped, and dot-voted on.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::category::Category;
use super::limits::{MAX_IDEAS, MAX_IDEA_CHARS};

pub const DEFAULT_VOTES_PER_PLAYER: u32 = 3;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Idea {
    pub id: u32,
    pub text: String,
    /// The team that recorded it (index into the session's teams).
    pub team: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// The card it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
    /// Set when grouped under another idea: that idea's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<u32>,
    /// Where an idea written outside the facilitator's window came from (a team's tablet,
    /// or a notebook handed over), as `<device>:<number>`: the same origin is never added
    /// twice, however often it is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdeaError {
    Empty,
    TooLong,
    UnknownIdea(u32),
    /// The team has used all its votes.
    NoVotesLeft,
    /// The team has no vote on that idea to take back.
    NoVoteToRemove,
    /// Grouping needs at least two ideas.
    TooFewToGroup,
    /// The bank holds [`MAX_IDEAS`] already.
    BankFull,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaBank {
    pub ideas: Vec<Idea>,
    pub next_id: u32,
    pub votes_per_player: u32,
    /// Votes by idea (always a group's lead idea) and team.
    pub votes: BTreeMap<u32, BTreeMap<usize, u32>>,
}

impl Default for IdeaBank {
    fn default() -> IdeaBank {
        IdeaBank {
            ideas: Vec::new(),
            next_id: 1,
            votes_per_player: DEFAULT_VOTES_PER_PLAYER,
            votes: BTreeMap::new(),
        }
    }
}

/// An idea with its votes, for the ranked result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked<'a> {
    pub lead: &'a Idea,
    /// The ideas grouped under the lead.
    pub members: Vec<&'a Idea>,
    pub votes: u32,
}

fn checked_text(text: &str) -> Result<String, IdeaError> {
    let text = text.trim();
    if text.is_empty() {
        Err(IdeaError::Empty)
    } else if text.chars().count() > MAX_IDEA_CHARS {
        Err(IdeaError::TooLong)
    } else {
        Ok(text.to_string())
    }
}

impl IdeaBank {
    pub fn add(
        &mut self,
        text: &str,
        team: usize,
        category: Option<Category>,
        card: Option<String>,
    ) -> Result<u32, IdeaError> {
        let text = checked_text(text)?;
        if self.ideas.len() >= MAX_IDEAS {
            return Err(IdeaError::BankFull);
        }
        let id = self.next_id;
        self.next_id += 1;
        self.ideas.push(Idea {
            id,
            text,
            team,
            category,
            card,
            group: None,
            origin: None,
        });
        Ok(id)
    }

    /// Add an idea from outside the facilitator's window, once: an idea with the same
    /// `origin` already in the bank is not added again. Gives its id, and whether it is new.
    pub fn add_once(
        &mut self,
        origin: &str,
        text: &str,
        team: usize,
        category: Option<Category>,
        card: Option<String>,
    ) -> Result<(u32, bool), IdeaError> {
        if let Some(known) = self
            .ideas
            .iter()
            .find(|i| i.origin.as_deref() == Some(origin))
        {
            return Ok((known.id, false));
        }
        let id = self.add(text, team, category, card)?;
        if let Some(idea) = self.ideas.iter_mut().find(|i| i.id == id) {
            idea.origin = Some(origin.to_string());
        }
        Ok((id, true))
    }

    pub fn get(&self, id: u32) -> Option<&Idea> {
        self.ideas.iter().find(|i| i.id == id)
    }

    pub fn edit(&mut self, id: u32, text: &str) -> Result<(), IdeaError> {
        let text = checked_text(text)?;
        let idea = self
            .ideas
            .iter_mut()
            .find(|i| i.id == id)
            .ok_or(IdeaError::UnknownIdea(id))?;
        idea.text = text;
        Ok(())
    }

    /// Remove an idea; ideas grouped under it become their own again, and its votes go
    /// back to the teams.
    pub fn remove(&mut self, id: u32) -> Result<(), IdeaError> {
        self.get(id).ok_or(IdeaError::UnknownIdea(id))?;
        self.ideas.retain(|i| i.id != id);
        for idea in &mut self.ideas {
            if idea.group == Some(id) {
                idea.group = None;
            }
        }
        self.votes.remove(&id);
        Ok(())
    }

    /// The idea a vote on `id` counts for: its group's lead.
    pub fn lead_of(&self, id: u32) -> Option<u32> {
        self.get(id).map(|i| i.group.unwrap_or(i.id))
    }

    /// Group ideas as one: the first one chosen leads; votes on the others move to it.
    pub fn group(&mut self, ids: &[u32]) -> Result<u32, IdeaError> {
        let leads: Vec<u32> = ids
            .iter()
            .map(|id| self.lead_of(*id).ok_or(IdeaError::UnknownIdea(*id)))
            .collect::<Result<_, _>>()?;
        let mut distinct = leads.clone();
        distinct.dedup();
        distinct.sort();
        distinct.dedup();
        if distinct.len() < 2 {
            return Err(IdeaError::TooFewToGroup);
        }
        let lead = leads[0];
        for other in distinct.into_iter().filter(|l| *l != lead) {
            for idea in &mut self.ideas {
                if idea.id == other || idea.group == Some(other) {
                    idea.group = Some(lead);
                }
            }
            if let Some(moved) = self.votes.remove(&other) {
                let target = self.votes.entry(lead).or_default();
                for (team, n) in moved {
                    *target.entry(team).or_default() += n;
                }
            }
        }
        Ok(lead)
    }

    /// Take an idea out of its group again (its votes stay with the group).
    pub fn ungroup(&mut self, id: u32) -> Result<(), IdeaError> {
        let idea = self
            .ideas
            .iter_mut()
            .find(|i| i.id == id)
            .ok_or(IdeaError::UnknownIdea(id))?;
        idea.group = None;
        Ok(())
    }

    /// How many votes a team of `players` has in all.
    pub fn allowance(&self, players: u32) -> u32 {
        players * self.votes_per_player
    }

    pub fn votes_used(&self, team: usize) -> u32 {
        self.votes.values().filter_map(|by| by.get(&team)).sum()
    }

    pub fn votes_left(&self, team: usize, players: u32) -> u32 {
        self.allowance(players)
            .saturating_sub(self.votes_used(team))
    }

    pub fn team_votes_on(&self, id: u32, team: usize) -> u32 {
        self.lead_of(id)
            .and_then(|lead| self.votes.get(&lead))
            .and_then(|by| by.get(&team))
            .copied()
            .unwrap_or(0)
    }

    /// Put one of a team's dots on an idea (on its group, if grouped).
    pub fn vote(&mut self, id: u32, team: usize, players: u32) -> Result<(), IdeaError> {
        let lead = self.lead_of(id).ok_or(IdeaError::UnknownIdea(id))?;
        if self.votes_left(team, players) == 0 {
            return Err(IdeaError::NoVotesLeft);
        }
        *self.votes.entry(lead).or_default().entry(team).or_default() += 1;
        Ok(())
    }

    /// Take one of a team's own dots back.
    pub fn unvote(&mut self, id: u32, team: usize) -> Result<(), IdeaError> {
        let lead = self.lead_of(id).ok_or(IdeaError::UnknownIdea(id))?;
        let by = self.votes.get_mut(&lead).ok_or(IdeaError::NoVoteToRemove)?;
        let n = by.get_mut(&team).ok_or(IdeaError::NoVoteToRemove)?;
        *n -= 1;
        if *n == 0 {
            by.remove(&team);
        }
        if by.is_empty() {
            self.votes.remove(&lead);
        }
        Ok(())
    }

    /// Groups (and single ideas) by votes, most first; ties keep the recording order.
    pub fn ranked(&self) -> Vec<Ranked<'_>> {
        let mut ranked: Vec<Ranked> = self
            .ideas
            .iter()
            .filter(|i| i.group.is_none())
            .map(|lead| Ranked {
                lead,
                members: self
                    .ideas
                    .iter()
                    .filter(|i| i.group == Some(lead.id))
                    .collect(),
                votes: self
                    .votes
                    .get(&lead.id)
                    .map(|by| by.values().sum())
                    .unwrap_or(0),
            })
            .collect();
        ranked.sort_by(|a, b| b.votes.cmp(&a.votes).then(a.lead.id.cmp(&b.lead.id)));
        ranked
    }

    pub fn total_votes(&self) -> u32 {
        self.votes.values().flat_map(|by| by.values()).sum()
    }
}

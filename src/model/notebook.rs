//! A team's notebook as it is being written on its own device, before it is handed
//! over: the team it belongs to, its ideas (numbered on the device and never numbered
//! twice, so each keeps its origin however often the notebook is handed over), and the
//! idea being typed — and, when the team's tablet lost the game in the idea bank, the
//! ballot it can still fill in.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::agenda::Phase;
use super::limits::{
    MAX_BALLOT_IDEAS, MAX_IDEA_CHARS, MAX_NOTEBOOK_IDEAS, MAX_TEAMS, MAX_TEAM_NAME_CHARS,
};
use super::room_view::RoomView;
use super::saved::is_valid_id;
use super::Category;
use crate::protocol::handover::{Notebook, NotebookIdea, MAX_BALLOT_DOTS};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotebookDraft {
    /// The game it was opened for, if its address named one.
    #[serde(default)]
    pub game: Option<String>,
    /// The team's place in the game, once chosen.
    #[serde(default)]
    pub team: Option<usize>,
    #[serde(default)]
    pub team_name: String,
    #[serde(default)]
    pub ideas: Vec<NotebookIdea>,
    /// The number the next idea gets.
    #[serde(default = "first_number")]
    pub next_n: u32,
    /// The idea being typed, not yet added.
    #[serde(default)]
    pub typing: String,
    /// The idea bank as the team's tablet last saw it, when it lost the game there.
    #[serde(default)]
    pub ballot: Option<NotebookBallot>,
}

/// The idea bank as a team last saw it on its tablet, so that it can vote with no
/// network: the game's ideas (by the game's id), the team's dots, and where it put them.
/// Handed over, the votes replace the team's votes in the game.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotebookBallot {
    pub ideas: Vec<BallotIdea>,
    /// The team's whole allowance.
    pub dots: u32,
    /// Dots by idea id; an idea with none is not listed.
    #[serde(default)]
    pub votes: BTreeMap<u32, u32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotIdea {
    pub id: u32,
    pub text: String,
}

impl NotebookBallot {
    /// The team's ballot as the room's view shows it, while the idea bank is open: the
    /// ideas (a group by its lead, as the game counts it), the team's dots and votes.
    pub fn from_view(view: &RoomView, team: usize) -> Option<NotebookBallot> {
        if view.phase() != Phase::IdeaBank {
            return None;
        }
        let players = view.teams.get(team)?.players;
        let ideas: Vec<BallotIdea> = view
            .ideas
            .ranked()
            .into_iter()
            .map(|ranked| {
                let grouped = ranked.members.len();
                let text = ranked.lead.text.clone();
                BallotIdea {
                    id: ranked.lead.id,
                    text: if grouped > 0 {
                        format!("{text} (+{grouped})")
                    } else {
                        text
                    },
                }
            })
            .collect();
        let votes = ideas
            .iter()
            .map(|i| (i.id, view.ideas.team_votes_on(i.id, team)))
            .filter(|(_, n)| *n > 0)
            .collect();
        let ballot = NotebookBallot {
            ideas,
            dots: view.ideas.allowance(players),
            votes,
        };
        Some(ballot.mended())
    }

    pub fn used(&self) -> u32 {
        self.votes.values().fold(0, |sum, n| sum.saturating_add(*n))
    }

    pub fn left(&self) -> u32 {
        self.dots.saturating_sub(self.used())
    }

    pub fn on(&self, id: u32) -> u32 {
        self.votes.get(&id).copied().unwrap_or(0)
    }

    /// Made whole: ideas unique and within limits, votes only on listed ideas and
    /// never more than the dots.
    fn mended(mut self) -> NotebookBallot {
        let mut seen = std::collections::BTreeSet::new();
        self.ideas.retain(|i| seen.insert(i.id));
        self.ideas.truncate(MAX_BALLOT_IDEAS);
        for idea in &mut self.ideas {
            idea.text = within_limit(&idea.text);
        }
        self.ideas.retain(|i| !i.text.is_empty());
        self.dots = self.dots.min(MAX_BALLOT_DOTS);
        let listed: std::collections::BTreeSet<u32> = self.ideas.iter().map(|i| i.id).collect();
        self.votes.retain(|id, n| *n > 0 && listed.contains(id));
        while self.used() > self.dots {
            let Some((&id, _)) = self.votes.iter().next_back() else {
                break;
            };
            let over = self.used() - self.dots;
            let n = self.votes.get_mut(&id).expect("listed above");
            *n = n.saturating_sub(over);
            if *n == 0 {
                self.votes.remove(&id);
            }
        }
        self
    }
}

fn first_number() -> u32 {
    1
}

impl Default for NotebookDraft {
    fn default() -> Self {
        NotebookDraft {
            game: None,
            team: None,
            team_name: String::new(),
            ideas: Vec::new(),
            next_n: first_number(),
            typing: String::new(),
            ballot: None,
        }
    }
}

/// Why the notebook did not take a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotebookError {
    Empty,
    TooLong,
    /// It holds as many ideas as a notebook can.
    Full,
    NoSuchIdea(u32),
    /// Every one of the team's dots is given.
    NoDotsLeft,
}

/// A stored text trimmed and cut to an idea's length (trimmed again after the cut, so
/// that mending twice is mending once).
fn within_limit(text: &str) -> String {
    let cut: String = text.trim().chars().take(MAX_IDEA_CHARS).collect();
    cut.trim_end().to_string()
}

fn checked(text: &str) -> Result<String, NotebookError> {
    let text = text.trim();
    match text.chars().count() {
        0 => Err(NotebookError::Empty),
        n if n > MAX_IDEA_CHARS => Err(NotebookError::TooLong),
        _ => Ok(text.to_string()),
    }
}

impl NotebookDraft {
    pub fn is_full(&self) -> bool {
        self.ideas.len() >= MAX_NOTEBOOK_IDEAS
    }

    /// Add an idea; gives its number.
    pub fn add(&mut self, text: &str, category: Option<Category>) -> Result<u32, NotebookError> {
        let text = checked(text)?;
        if self.is_full() {
            return Err(NotebookError::Full);
        }
        let n = self.next_n;
        self.next_n += 1;
        self.ideas.push(NotebookIdea { n, text, category });
        Ok(n)
    }

    pub fn edit(&mut self, n: u32, text: &str) -> Result<(), NotebookError> {
        let text = checked(text)?;
        let idea = self
            .ideas
            .iter_mut()
            .find(|i| i.n == n)
            .ok_or(NotebookError::NoSuchIdea(n))?;
        idea.text = text;
        Ok(())
    }

    pub fn remove(&mut self, n: u32) -> Result<(), NotebookError> {
        let before = self.ideas.len();
        self.ideas.retain(|i| i.n != n);
        if self.ideas.len() == before {
            return Err(NotebookError::NoSuchIdea(n));
        }
        Ok(())
    }

    /// Every idea gone (handed over); their numbers are not given out again.
    pub fn clear(&mut self) {
        self.ideas.clear();
    }

    pub fn choose_team(&mut self, team: usize, name: &str) {
        if team < MAX_TEAMS {
            self.team = Some(team);
            self.team_name = name.trim().chars().take(MAX_TEAM_NAME_CHARS).collect();
        }
    }

    /// The notebook is for `game` from now on; a ballot of another game is dropped.
    pub fn for_game(&mut self, game: &str) {
        if self.game.as_deref() != Some(game) {
            self.ballot = None;
        }
        self.game = Some(game.to_string());
    }

    /// The idea bank as the tablet last saw it becomes the notebook's ballot.
    pub fn open_ballot(&mut self, ballot: NotebookBallot) {
        self.ballot = Some(ballot.mended());
    }

    /// One of the team's dots on the ballot's idea `id`.
    pub fn vote(&mut self, id: u32) -> Result<(), NotebookError> {
        let ballot = self.ballot.as_mut().ok_or(NotebookError::NoSuchIdea(id))?;
        if !ballot.ideas.iter().any(|i| i.id == id) {
            return Err(NotebookError::NoSuchIdea(id));
        }
        if ballot.left() == 0 {
            return Err(NotebookError::NoDotsLeft);
        }
        *ballot.votes.entry(id).or_default() += 1;
        Ok(())
    }

    /// One of the team's dots taken back from `id`.
    pub fn unvote(&mut self, id: u32) -> Result<(), NotebookError> {
        let ballot = self.ballot.as_mut().ok_or(NotebookError::NoSuchIdea(id))?;
        let n = ballot
            .votes
            .get_mut(&id)
            .ok_or(NotebookError::NoSuchIdea(id))?;
        *n -= 1;
        if *n == 0 {
            ballot.votes.remove(&id);
        }
        Ok(())
    }

    /// What is handed over, once a team is chosen.
    pub fn notebook(&self, device: &str) -> Option<Notebook> {
        Some(Notebook {
            game: self.game.clone(),
            team: self.team?,
            team_name: self.team_name.trim().to_string(),
            device: device.to_string(),
            ideas: self.ideas.clone(),
            votes: self
                .ballot
                .as_ref()
                .map(|b| b.votes.clone())
                .unwrap_or_default(),
        })
    }

    /// A stored notebook made whole: what could not be is dropped, never an idea that
    /// can be kept; numbers stay unique and the next one unused.
    pub fn mended(mut self) -> NotebookDraft {
        self.game = self.game.filter(|g| is_valid_id(g));
        self.team = self.team.filter(|t| *t < MAX_TEAMS);
        self.team_name = self.team_name.chars().take(MAX_TEAM_NAME_CHARS).collect();
        let mut seen = std::collections::BTreeSet::new();
        self.ideas.retain(|i| i.n > 0 && seen.insert(i.n));
        for idea in &mut self.ideas {
            idea.text = within_limit(&idea.text);
        }
        self.ideas.retain(|i| !i.text.is_empty());
        self.ideas.truncate(MAX_NOTEBOOK_IDEAS);
        let highest = self.ideas.iter().map(|i| i.n).max().unwrap_or(0);
        self.next_n = self.next_n.max(highest.saturating_add(1)).max(1);
        self.ballot = self.ballot.map(NotebookBallot::mended);
        self
    }
}

//! A team's notebook as it is being written on its own device, before it is handed
//! over: the team it belongs to, its ideas (numbered on the device and never numbered
//! twice, so each keeps its origin however often the notebook is handed over), and the
//! idea being typed.

use serde::{Deserialize, Serialize};

use super::board::MAX_TEAMS;
use super::ideas::MAX_IDEA_CHARS;
use super::saved::is_valid_id;
use super::team::MAX_NAME_CHARS;
use super::Category;
use crate::protocol::handover::{Notebook, NotebookIdea, MAX_NOTEBOOK_IDEAS};

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
            self.team_name = name.trim().chars().take(MAX_NAME_CHARS).collect();
        }
    }

    /// What is handed over, once a team is chosen.
    pub fn notebook(&self, device: &str) -> Option<Notebook> {
        Some(Notebook {
            game: self.game.clone(),
            team: self.team?,
            team_name: self.team_name.trim().to_string(),
            device: device.to_string(),
            ideas: self.ideas.clone(),
            votes: Default::default(),
        })
    }

    /// A stored notebook made whole: what could not be is dropped, never an idea that
    /// can be kept; numbers stay unique and the next one unused.
    pub fn mended(mut self) -> NotebookDraft {
        self.game = self.game.filter(|g| is_valid_id(g));
        self.team = self.team.filter(|t| *t < MAX_TEAMS);
        self.team_name = self.team_name.chars().take(MAX_NAME_CHARS).collect();
        let mut seen = std::collections::BTreeSet::new();
        self.ideas.retain(|i| i.n > 0 && seen.insert(i.n));
        for idea in &mut self.ideas {
            idea.text = idea.text.trim().chars().take(MAX_IDEA_CHARS).collect();
        }
        self.ideas.retain(|i| !i.text.is_empty());
        self.ideas.truncate(MAX_NOTEBOOK_IDEAS);
        let highest = self.ideas.iter().map(|i| i.n).max().unwrap_or(0);
        self.next_n = self.next_n.max(highest.saturating_add(1)).max(1);
        self
    }
}

//! A team's notebook handed over with no network at all: the ideas (and, in the idea
//! bank, the votes) a team wrote on a tablet that is not joined to the game, carried to
//! the facilitator's window as QR codes or as a file.
//!
//! It is input like any file: a notebook read from codes or a file is size-limited,
//! versioned (the version is read before anything else) and every value checked before
//! the game sees it; damaged input is refused with its reason and never panics. The
//! codes (`parts.rs`) are compressed and numbered, and carry a set id so that the codes
//! of two notebooks never mix.

mod parts;
mod squeeze;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::limits::{MAX_IDEA_CHARS, MAX_NOTEBOOK_IDEAS, MAX_TEAMS, MAX_TEAM_NAME_CHARS};
use crate::model::saved::is_valid_id;
use crate::model::Category;

pub use parts::{pack, read_part, unpack, Collector, Part, Scan, MAX_PARTS};

/// Bumped whenever a notebook changes shape; other versions are refused by name.
pub const NOTEBOOK_VERSION: u32 = 1;
/// What a notebook file says it is.
pub const FILE_FORMAT: &str = "kernespillet-notebook";
/// The most dots a team's ballot can hold (ten players with ten dots each).
pub const MAX_BALLOT_DOTS: u32 = 100;
/// The largest notebook file read.
pub const MAX_FILE_BYTES: usize = 256 * 1024;
/// The longest device id (ours are `d-` and twelve characters).
const MAX_DEVICE_CHARS: usize = 32;

/// What one team wrote on its own device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notebook {
    /// The game's id, when the notebook was opened for a known game.
    #[serde(default)]
    pub game: Option<String>,
    /// The team's place in the game (0 for team A).
    pub team: usize,
    /// The team's name as the notebook knows it; may be empty.
    #[serde(default)]
    pub team_name: String,
    /// The device it was written on: with an idea's number, the idea's origin, so the
    /// same idea is never added twice however often it is handed over.
    pub device: String,
    #[serde(default)]
    pub ideas: Vec<NotebookIdea>,
    /// The team's whole ballot: dots by the game's idea id.
    #[serde(default)]
    pub votes: BTreeMap<u32, u32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotebookIdea {
    /// Numbered on the device, never reused there.
    pub n: u32,
    pub text: String,
    #[serde(default)]
    pub category: Option<Category>,
}

/// Why codes or a file could not be read as a notebook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandoverError {
    /// Not a notebook's code or file at all.
    NotANotebook,
    /// A notebook of another version of the app.
    Version(u32),
    /// More than any notebook can be.
    TooLarge,
    /// Our format, but damaged: cut off, garbled, or not what its check says.
    Damaged,
    /// Codes of two different notebooks.
    Mixed,
    /// Some codes have not been read yet: their numbers, from 1.
    Missing { total: usize, missing: Vec<usize> },
    /// It reads, but a value cannot be.
    Invalid(NotebookProblem),
}

/// A value in a notebook that cannot be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotebookProblem {
    Team,
    TeamName,
    Device,
    Game,
    TooManyIdeas,
    /// An idea's number is 0 or used twice.
    IdeaNumber(u32),
    /// An idea's text is empty or longer than an idea may be.
    IdeaText(u32),
    /// A vote on idea 0, a ballot with no dots on an idea, or more than a team can have.
    Votes,
}

impl Notebook {
    /// Where the idea came from: `<device>:<n>`.
    pub fn origin(&self, idea: &NotebookIdea) -> String {
        format!("{}:{}", self.device, idea.n)
    }

    /// Every value as a notebook's may be.
    pub fn check(&self) -> Result<(), NotebookProblem> {
        if self.team >= MAX_TEAMS {
            return Err(NotebookProblem::Team);
        }
        if self.team_name.chars().count() > MAX_TEAM_NAME_CHARS {
            return Err(NotebookProblem::TeamName);
        }
        if !(is_valid_id(&self.device) && self.device.len() <= MAX_DEVICE_CHARS) {
            return Err(NotebookProblem::Device);
        }
        if self.game.as_deref().is_some_and(|g| !is_valid_id(g)) {
            return Err(NotebookProblem::Game);
        }
        if self.ideas.len() > MAX_NOTEBOOK_IDEAS {
            return Err(NotebookProblem::TooManyIdeas);
        }
        let mut numbers = BTreeSet::new();
        for idea in &self.ideas {
            if idea.n == 0 || !numbers.insert(idea.n) {
                return Err(NotebookProblem::IdeaNumber(idea.n));
            }
            let length = idea.text.trim().chars().count();
            if length == 0 || length > MAX_IDEA_CHARS {
                return Err(NotebookProblem::IdeaText(idea.n));
            }
        }
        let dots = self
            .votes
            .values()
            .try_fold(0u32, |sum, n| sum.checked_add(*n));
        let ballot_ok = !self.votes.contains_key(&0)
            && self.votes.values().all(|n| *n > 0)
            && dots.is_some_and(|d| d <= MAX_BALLOT_DOTS);
        if !ballot_ok {
            return Err(NotebookProblem::Votes);
        }
        Ok(())
    }

    /// The notebook as a file: JSON saying what it is and its version.
    pub fn to_file(&self) -> String {
        let file = NotebookFile {
            format: FILE_FORMAT.to_string(),
            version: NOTEBOOK_VERSION,
            notebook: self.clone(),
        };
        serde_json::to_string_pretty(&file).expect("a notebook always serialises")
    }

    /// Read a notebook file, checked like the codes.
    pub fn from_file(text: &str) -> Result<Notebook, HandoverError> {
        if text.len() > MAX_FILE_BYTES {
            return Err(HandoverError::TooLarge);
        }
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|_| HandoverError::NotANotebook)?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FILE_FORMAT) {
            return Err(HandoverError::NotANotebook);
        }
        // The version first: a newer app's notebook may not parse as ours at all.
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v == u64::from(NOTEBOOK_VERSION) => {}
            Some(v) => return Err(HandoverError::Version(u32::try_from(v).unwrap_or(u32::MAX))),
            None => return Err(HandoverError::Damaged),
        }
        let file: NotebookFile =
            crate::model::persist::read_value(value).map_err(|_| HandoverError::Damaged)?;
        file.notebook.check().map_err(HandoverError::Invalid)?;
        Ok(file.notebook)
    }
}

#[derive(Serialize, Deserialize)]
struct NotebookFile {
    format: String,
    version: u32,
    notebook: Notebook,
}

//! One step of a replay as the room sees it: the pieces where they stood, whose turn it
//! was, what happened (already worded in the room's language), the card and the die.
//! The facilitator's window makes it at every step and sends it to the projector's,
//! which shows it and nothing else; like every message, it is checked before use.

use serde::{Deserialize, Serialize};

use super::agenda::Phase;
use super::room_view::check_teams;
use super::team::Team;

/// The longest sentence or card text a shown step may carry.
const MAX_TEXT_CHARS: usize = 2000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplayShown {
    /// The teams, each piece on its field and with its pieces earned at this step.
    pub teams: Vec<Team>,
    pub active_team: usize,
    pub phase: Phase,
    /// What happened at this step, in the room's language.
    pub sentence: String,
    /// The card on the table, as the room reads it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub die: Option<u8>,
    pub turns_played: u32,
    /// Ideas recorded by this step.
    pub ideas: usize,
    /// This step (from 0) of `steps`.
    pub step: usize,
    pub steps: usize,
}

impl ReplayShown {
    /// Whether it could be a step of a game's replay.
    pub fn check(&self) -> Result<(), &'static str> {
        check_teams(&self.teams, self.active_team)?;
        if self.die.is_some_and(|d| !(1..=6).contains(&d)) {
            return Err("a die cannot show that");
        }
        if self.step >= self.steps {
            return Err("a step past the replay's end");
        }
        let long = |text: &str| text.chars().count() > MAX_TEXT_CHARS;
        if long(&self.sentence) || self.card.as_deref().is_some_and(long) {
            return Err("a text longer than any step says");
        }
        Ok(())
    }
}

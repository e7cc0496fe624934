//! What the room may see of a game: the board, the teams, the card on the table, the
//! talk about it, the agenda, the ideas and the plan. Made from the session by one pure
//! function, so no window that shows the game to the room (the projector, later a team's
//! tablet) ever holds the facilitator's notes, a card's hint, the order of the piles or
//! the die's seed — it cannot show what it was never sent.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::agenda::{Agenda, Phase};
use super::card_round::CardRound;
use super::category::DeckKind;
use super::deck::Card;
use super::handleplan::{Handleplan, ACTIVITIES};
use super::ideas::IdeaBank;
use super::limits::{MAX_TEAMS, MIN_TEAMS};
use super::saved::is_valid_id;
use super::session::{board, ActiveCard, Event, Session, Stage};
use super::team::Team;
use super::FieldId;

/// The room's view of a game. Everything in it may be shown on a projector.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomView {
    /// The game it shows (the session's id).
    pub game_id: String,
    /// The core task as the team worded it at the start, and in the Kernen phase.
    pub core_task: String,
    pub core_task_final: String,
    pub teams: Vec<Team>,
    pub active_team: usize,
    pub turns_played: u32,
    pub stage: Stage,
    /// The card on the table (or the Joker being used), without the facilitator's hint.
    pub card: Option<Card>,
    /// The card the pride round starts from, without its hint.
    pub pride_card: Option<Card>,
    pub round: Option<CardRound>,
    pub agenda: Agenda,
    pub ideas: IdeaBank,
    pub plan: Handleplan,
    /// The newest step of play, to announce it and to say "roll again".
    pub last_event: Option<Event>,
    /// The teams' own wordings of the core task in one sentence, by team.
    #[serde(default)]
    pub kernen_suggestions: BTreeMap<usize, String>,
    pub finished: bool,
}

/// A card as the room sees it: its hint is for the facilitator.
fn without_hint(card: &Card) -> Card {
    Card {
        hint: None,
        ..card.clone()
    }
}

impl Session {
    /// What the room may see of this session: no notes, no hints, no next card, no seed.
    pub fn room_view(&self) -> RoomView {
        RoomView {
            game_id: self.id.clone(),
            core_task: self.core_task.clone(),
            core_task_final: self.core_task_final.clone(),
            teams: self.teams.clone(),
            active_team: self.active_team,
            turns_played: self.turns_played,
            stage: self.stage.clone(),
            card: self.shown_current_card().as_ref().map(without_hint),
            pride_card: self.pride_card().map(|c| without_hint(&self.shown(c))),
            round: self.round.clone(),
            agenda: self.agenda.clone(),
            ideas: self.ideas.clone(),
            plan: self.plan.clone(),
            last_event: self.log.last().cloned(),
            kernen_suggestions: self.kernen_suggestions.clone(),
            finished: self.finished_at_ms.is_some(),
        }
    }

    /// The card the pride round starts from: a different one for each game, the same
    /// one after a reload.
    pub fn pride_card(&self) -> Option<&Card> {
        let count = self.deck.count(DeckKind::Stolthed).max(1) as u64;
        let pick = (self.created_at_ms / 1000 % count) as usize;
        self.deck.cards_of(DeckKind::Stolthed).nth(pick)
    }
}

/// Between two and six teams, the active one among them, every piece on the board:
/// what any view of a game that the room is sent must show.
pub fn check_teams(teams: &[Team], active_team: usize) -> Result<(), &'static str> {
    if !(MIN_TEAMS..=MAX_TEAMS).contains(&teams.len()) {
        return Err("too few or too many teams");
    }
    if active_team >= teams.len() {
        return Err("the active team does not exist");
    }
    if teams
        .iter()
        .any(|t| !board().contains(t.position) || !board().contains(t.start))
    {
        return Err("a piece stands off the board");
    }
    Ok(())
}

impl RoomView {
    pub fn active(&self) -> Option<&Team> {
        self.teams.get(self.active_team)
    }

    pub fn phase(&self) -> Phase {
        self.agenda.phase()
    }

    /// The card being talked about, with why it was drawn.
    pub fn active_card(&self) -> Option<&ActiveCard> {
        match &self.stage {
            Stage::Card(active) => Some(active),
            _ => None,
        }
    }

    /// The fields the active team may move to, while it is choosing one.
    pub fn targets(&self) -> Vec<FieldId> {
        self.active()
            .map_or_else(Vec::new, |team| self.stage.targets_from(team.position))
    }

    /// The names of other teams on the active team's field: they take the card together.
    pub fn guests(&self) -> Vec<&str> {
        let Some(here) = self.active().map(|t| t.position) else {
            return Vec::new();
        };
        self.teams
            .iter()
            .enumerate()
            .filter(|(i, t)| *i != self.active_team && t.position == here)
            .map(|(_, t)| t.name.as_str())
            .collect()
    }

    pub fn team_name(&self, index: usize) -> &str {
        self.teams.get(index).map_or("", |t| t.name.as_str())
    }

    /// The dots a team has left to vote with.
    pub fn votes_left(&self, team: usize) -> u32 {
        self.teams
            .get(team)
            .map_or(0, |t| self.ideas.votes_left(team, t.players))
    }

    /// What a view must satisfy to be shown; a view from another window is input like
    /// any file, so it is checked before anything renders it.
    pub fn check(&self) -> Result<(), &'static str> {
        if !is_valid_id(&self.game_id) {
            return Err("the game's id is damaged");
        }
        check_teams(&self.teams, self.active_team)?;
        self.agenda.check()?;
        self.check_table()?;
        if self.ideas.ideas.iter().any(|i| i.team >= self.teams.len()) {
            return Err("an idea belongs to no team");
        }
        if self
            .kernen_suggestions
            .keys()
            .any(|team| *team >= self.teams.len())
        {
            return Err("a suggestion belongs to no team");
        }
        if self.plan.activities.len() > ACTIVITIES {
            return Err("more than three activities");
        }
        if [&self.card, &self.pride_card]
            .into_iter()
            .flatten()
            .any(|card| card.hint.is_some())
        {
            return Err("a card carries the facilitator's hint");
        }
        Ok(())
    }

    /// The stage, the card on the table and the talk about it fit together.
    fn check_table(&self) -> Result<(), &'static str> {
        let held = match &self.stage {
            Stage::Card(active) => Some(active.id.as_str()),
            Stage::ChoosingCategory { joker: Some(id) } => Some(id.as_str()),
            _ => None,
        };
        if held != self.card.as_ref().map(|c| c.id.as_str()) {
            return Err("the card on the table is not the one shown");
        }
        if let Stage::ChoosingTarget { roll } = self.stage {
            if !(1..=6).contains(&roll) {
                return Err("a die cannot show that");
            }
        }
        if let Some(round) = &self.round {
            round.check()?;
        }
        Ok(())
    }
}

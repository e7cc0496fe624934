//! The facilitated session around the board: phases, the guided card round, ideas,
//! votes, the handleplan and finishing. Each is a method that changes the session or
//! returns an error and changes nothing.

use super::agenda::Phase;
use super::category::{Category, DeckKind};
use super::handleplan::Activity;
use super::limits::{MAX_CORE_TASK_CHARS, MAX_NOTES_CHARS};
use super::session::{GameError, Session, Stage};

impl Session {
    /// Move on to the next phase of the agenda.
    pub fn advance_phase(&mut self, now_ms: u64) -> Result<Phase, GameError> {
        self.agenda.advance(now_ms).map_err(Into::into)
    }

    pub fn set_phase_minutes(&mut self, phase: Phase, minutes: u32) -> Result<(), GameError> {
        self.agenda.set_minutes(phase, minutes).map_err(Into::into)
    }

    pub fn skip_phase(&mut self, phase: Phase, skipped: bool) -> Result<(), GameError> {
        self.agenda.set_skipped(phase, skipped).map_err(Into::into)
    }

    /// The core task in one sentence, as the team words it in the Kernen phase.
    pub fn set_core_task_final(&mut self, text: &str) {
        self.core_task_final = text.chars().take(MAX_CORE_TASK_CHARS).collect();
    }

    /// The facilitator's notes, cut at a length that keeps storage small.
    pub fn set_notes(&mut self, text: &str) {
        self.notes = text.chars().take(MAX_NOTES_CHARS).collect();
    }

    /// The card that comes up next from a pile, if it is known before a reshuffle.
    pub fn next_card(&self, kind: DeckKind) -> Option<&super::deck::Card> {
        let id = self.piles.0.get(&kind)?.draw.first()?;
        self.deck.card(id)
    }

    /// When the team looks at the plan again (`yyyy-mm-dd`; checked when finishing).
    pub fn set_follow_up(&mut self, date: &str) {
        self.plan.follow_up = date.trim().to_string();
    }

    /// How many dots each player has in the vote; not below the dots already given.
    pub fn set_votes_per_player(&mut self, votes: u32) -> Result<(), GameError> {
        let fits = self
            .teams
            .iter()
            .enumerate()
            .all(|(i, t)| self.ideas.votes_used(i) <= t.players * votes);
        if !(1..=10).contains(&votes) || !fits {
            return Err(GameError::Idea(super::ideas::IdeaError::NoVotesLeft));
        }
        self.ideas.votes_per_player = votes;
        Ok(())
    }

    /// A presenter clicker's "next step" in play: it walks the talk about the card on
    /// the table and, once the talk is done, finishes the card. It never rolls, moves
    /// or chooses; those stay on the buttons.
    pub fn clicker_next(&mut self, now_ms: u64) -> Result<(), GameError> {
        self.require_play()?;
        if !matches!(self.stage, Stage::Card(_)) {
            return Err(GameError::WrongStage);
        }
        if self.clicker_next_finishes_card() {
            return self.complete_card();
        }
        self.round
            .as_mut()
            .ok_or(GameError::WrongStage)?
            .step_forward(now_ms)
            .map_err(Into::into)
    }

    /// Would the clicker's next step finish the card (its talk is over)?
    pub fn clicker_next_finishes_card(&self) -> bool {
        self.agenda.phase() == Phase::Play
            && matches!(self.stage, Stage::Card(_))
            && self.round.as_ref().is_none_or(|r| r.is_done())
    }

    /// A presenter clicker's "previous step": back one step in the card's talk, or,
    /// right after a card was finished, put that card back on the table.
    pub fn clicker_previous(&mut self, now_ms: u64) -> Result<(), GameError> {
        self.require_play()?;
        match self.stage {
            Stage::Card(_) => self
                .round
                .as_mut()
                .ok_or(GameError::WrongStage)?
                .step_back(now_ms)
                .map_err(Into::into),
            Stage::AwaitingRoll
                if matches!(self.log.last(), Some(super::Event::CardDone { .. }))
                    && self.can_undo() =>
            {
                self.undo()
            }
            _ => Err(GameError::WrongStage),
        }
    }

    fn require_play(&self) -> Result<(), GameError> {
        if self.agenda.phase() == Phase::Play {
            Ok(())
        } else {
            Err(GameError::NotPlaying)
        }
    }

    /// Apply a step to the card's guided round.
    pub fn round_step(
        &mut self,
        step: impl FnOnce(
            &mut super::card_round::CardRound,
        ) -> Result<(), super::card_round::RoundError>,
    ) -> Result<(), GameError> {
        let round = self.round.as_mut().ok_or(GameError::WrongStage)?;
        step(round).map_err(Into::into)
    }

    /// Let timers that end by themselves move on; true when something changed.
    pub fn tick(&mut self, now_ms: u64) -> bool {
        self.round.as_mut().is_some_and(|round| round.tick(now_ms))
    }

    /// The category of the card on the table, for tagging an idea.
    pub fn card_category(&self) -> Option<Category> {
        match &self.stage {
            Stage::Card(active) => match active.kind {
                DeckKind::Category(category) => Some(category),
                _ => None,
            },
            _ => None,
        }
    }

    /// Record an insight or idea from the card on the table, for the active team.
    pub fn record_idea(&mut self, text: &str) -> Result<u32, GameError> {
        let Stage::Card(active) = &self.stage else {
            return Err(GameError::WrongStage);
        };
        let card = Some(active.id.clone());
        let category = self.card_category();
        self.ideas
            .add(text, self.active_team, category, card)
            .map_err(Into::into)
    }

    /// Record an idea outside a card (e.g. in the idea bank phase), for a team.
    pub fn add_idea(
        &mut self,
        text: &str,
        team: usize,
        category: Option<Category>,
    ) -> Result<u32, GameError> {
        if team >= self.teams.len() {
            return Err(GameError::WrongStage);
        }
        self.ideas
            .add(text, team, category, None)
            .map_err(Into::into)
    }

    pub fn vote(&mut self, idea: u32, team: usize) -> Result<(), GameError> {
        let players = self
            .teams
            .get(team)
            .map(|t| t.players)
            .ok_or(GameError::WrongStage)?;
        self.ideas.vote(idea, team, players).map_err(Into::into)
    }

    pub fn votes_left(&self, team: usize) -> u32 {
        self.teams
            .get(team)
            .map(|t| self.ideas.votes_left(team, t.players))
            .unwrap_or(0)
    }

    /// Start an activity from an idea: its text and category carried over.
    pub fn activity_from_idea(&mut self, idea: u32) -> Result<usize, GameError> {
        let found = self
            .ideas
            .get(idea)
            .ok_or(GameError::Idea(super::ideas::IdeaError::UnknownIdea(idea)))?;
        let activity = Activity {
            idea: Some(idea),
            what: found.text.clone(),
            category: found.category,
            ..Activity::default()
        };
        self.plan.add(activity).map_err(Into::into)
    }

    /// End the session: only with three complete activities and a follow-up date.
    pub fn finish(&mut self, now_ms: u64) -> Result<(), GameError> {
        let problems = self.plan.finish_problems();
        if !problems.is_empty() {
            return Err(GameError::Unfinished(problems));
        }
        self.finished_at_ms = Some(now_ms);
        Ok(())
    }
}

//! What a team may ask of the game from its own tablet, and the one place that decides
//! whether it may. The facilitator's window is the only writer: it hands a team's request
//! to `Session::apply_request`, which checks it against the same rules that say what the
//! team may do now (`TeamMay`, sent to the tablet with every view) and applies it through
//! the game's own moves — or refuses it with a reason and changes nothing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::agenda::Phase;
use super::card_round::{CardRound, RoundStage, Speaker};
use super::category::Category;
use super::limits::MAX_CORE_TASK_CHARS;
use super::session::{GameError, Session, Stage};
use super::FieldId;

/// A request from a team's tablet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "ask", rename_all = "snake_case")]
pub enum TeamRequest {
    Roll,
    ChooseField {
        field: FieldId,
    },
    ChooseCategory {
        category: Category,
    },
    /// The next in the speaking round has the floor.
    NextSpeaker,
    /// The speaker passes (once; they speak at the end).
    Pass,
    /// An idea written on the tablet; `n` numbers it on that tablet, so sending it
    /// twice never adds it twice.
    SaveIdea {
        n: u32,
        text: String,
    },
    Vote {
        idea: u32,
    },
    Unvote {
        idea: u32,
    },
    /// The team's wording of the core task in one sentence, for the facilitator to use.
    SuggestKernen {
        text: String,
    },
}

/// What a team may ask for now. Sent with every view, so a tablet shows only what it
/// can do; checked again when a request arrives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMay {
    pub roll: bool,
    pub choose_field: bool,
    pub choose_category: bool,
    pub next_speaker: bool,
    pub pass: bool,
    pub save_idea: bool,
    pub vote: bool,
    pub suggest_kernen: bool,
}

/// Why a request was not applied.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "refused", rename_all = "snake_case")]
pub enum Refusal {
    /// It is another team's turn.
    NotYourTurn,
    /// That belongs to another part of the session.
    NotNow,
    /// The game has no such team.
    NoSuchTeam,
    /// The game itself refused the move.
    Game { error: GameError },
}

impl From<GameError> for Refusal {
    fn from(error: GameError) -> Self {
        Refusal::Game { error }
    }
}

/// For the facilitator's window, which acts for the team whose turn it is: a refusal is
/// the game's (a step out of its stage).
impl From<Refusal> for GameError {
    fn from(refusal: Refusal) -> Self {
        match refusal {
            Refusal::Game { error } => error,
            Refusal::NotYourTurn | Refusal::NotNow | Refusal::NoSuchTeam => GameError::WrongStage,
        }
    }
}

/// What became of a request that was not refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    Done,
    /// It had been applied before (sent again after a reconnect): nothing happened twice.
    Already,
}

impl TeamMay {
    /// The rules, in one place: the turn's steps for the team whose turn it is, ideas
    /// until the votes, votes in the idea bank, a suggestion in the Kernen phase.
    pub fn of(
        phase: Phase,
        stage: &Stage,
        active_team: usize,
        round: Option<&CardRound>,
        team: usize,
    ) -> TeamMay {
        let our_turn = phase == Phase::Play && team == active_team;
        let speaker = round.and_then(|r| match &r.stage {
            RoundStage::Round { .. } => r.speaker(),
            _ => None,
        });
        TeamMay {
            roll: our_turn && *stage == Stage::AwaitingRoll,
            choose_field: our_turn && matches!(stage, Stage::ChoosingTarget { .. }),
            choose_category: our_turn && matches!(stage, Stage::ChoosingCategory { .. }),
            next_speaker: our_turn && speaker.is_some(),
            pass: our_turn && matches!(speaker, Some(Speaker::Player(_))),
            save_idea: matches!(
                phase,
                Phase::Play | Phase::Break | Phase::Kernen | Phase::IdeaBank
            ),
            vote: phase == Phase::IdeaBank,
            suggest_kernen: phase == Phase::Kernen,
        }
    }

    /// Whether `request` is among what the team may ask for now.
    fn allows(&self, request: &TeamRequest) -> bool {
        match request {
            TeamRequest::Roll => self.roll,
            TeamRequest::ChooseField { .. } => self.choose_field,
            TeamRequest::ChooseCategory { .. } => self.choose_category,
            TeamRequest::NextSpeaker => self.next_speaker,
            TeamRequest::Pass => self.pass,
            TeamRequest::SaveIdea { .. } => self.save_idea,
            TeamRequest::Vote { .. } | TeamRequest::Unvote { .. } => self.vote,
            TeamRequest::SuggestKernen { .. } => self.suggest_kernen,
        }
    }
}

/// Whether a request is a step of the turn (which only the team whose turn it is takes).
fn is_turn_step(request: &TeamRequest) -> bool {
    matches!(
        request,
        TeamRequest::Roll
            | TeamRequest::ChooseField { .. }
            | TeamRequest::ChooseCategory { .. }
            | TeamRequest::NextSpeaker
            | TeamRequest::Pass
    )
}

/// The last request applied from each tablet, by device: a request numbered no higher
/// is one the game has seen.
pub type AppliedRequests = BTreeMap<String, u64>;

impl Session {
    /// What `team` may ask for now.
    pub fn team_may(&self, team: usize) -> TeamMay {
        TeamMay::of(
            self.agenda.phase(),
            &self.stage,
            self.active_team,
            self.round.as_ref(),
            team,
        )
    }

    /// Apply request number `seq` from the tablet `device` playing for `team`, at most
    /// once. A refused request changes nothing.
    pub fn apply_request(
        &mut self,
        device: &str,
        team: usize,
        seq: u64,
        request: &TeamRequest,
        now_ms: u64,
    ) -> Result<Applied, Refusal> {
        if self
            .applied_requests
            .get(device)
            .is_some_and(|last| seq <= *last)
        {
            return Ok(Applied::Already);
        }
        self.act(device, team, request, now_ms)?;
        self.applied_requests.insert(device.to_string(), seq);
        Ok(Applied::Done)
    }

    /// Carry out `request` for `team` if the team may ask it now; `device` names where an
    /// idea came from. The facilitator's window acts through here too (for the team
    /// whose turn it is), so the rules are the same whoever presses the button.
    pub fn act(
        &mut self,
        device: &str,
        team: usize,
        request: &TeamRequest,
        now_ms: u64,
    ) -> Result<(), Refusal> {
        if team >= self.teams.len() {
            return Err(Refusal::NoSuchTeam);
        }
        if !self.team_may(team).allows(request) {
            let another_teams_turn = self.agenda.phase() == Phase::Play && team != self.active_team;
            return Err(if is_turn_step(request) && another_teams_turn {
                Refusal::NotYourTurn
            } else {
                Refusal::NotNow
            });
        }
        self.carry_out(device, team, request, now_ms)
            .map_err(Into::into)
    }

    fn carry_out(
        &mut self,
        device: &str,
        team: usize,
        request: &TeamRequest,
        now_ms: u64,
    ) -> Result<(), GameError> {
        match request {
            TeamRequest::Roll => self.roll().map(|_| ()),
            TeamRequest::ChooseField { field } => self.move_to(*field, now_ms),
            TeamRequest::ChooseCategory { category } => self.choose_category(*category, now_ms),
            TeamRequest::NextSpeaker => self.round_step(|r| r.next_speaker(now_ms)),
            TeamRequest::Pass => self.round_step(CardRound::pass),
            TeamRequest::SaveIdea { n, text } => {
                // With its own card on the table, the idea belongs to that card.
                let on_table = match &self.stage {
                    Stage::Card(active) if team == self.active_team => Some(active.id.clone()),
                    _ => None,
                };
                let category = on_table.as_ref().and_then(|_| self.card_category());
                self.ideas
                    .add_once(&format!("{device}:{n}"), text, team, category, on_table)
                    .map(|_| ())
                    .map_err(Into::into)
            }
            TeamRequest::Vote { idea } => self.vote(*idea, team),
            TeamRequest::Unvote { idea } => self.ideas.unvote(*idea, team).map_err(Into::into),
            TeamRequest::SuggestKernen { text } => {
                let text: String = text.trim().chars().take(MAX_CORE_TASK_CHARS).collect();
                if text.is_empty() {
                    self.kernen_suggestions.remove(&team);
                } else {
                    self.kernen_suggestions.insert(team, text);
                }
                Ok(())
            }
        }
    }
}

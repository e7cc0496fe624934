//! One game session as a single serialisable value, and the moves that change it.
//!
//! Every move is a method that either applies a legal change or returns a
//! [`GameError`] and leaves the session untouched.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::agenda::{Agenda, AgendaError, Phase};
use super::audience::Audience;
use super::board::{start_slots, Board, FieldId, FieldKind};
use super::card_round::{CardRound, CardTimings, RoundError};
use super::category::{Category, DeckKind};
use super::deck::{Card, Deck};
use super::handleplan::{Handleplan, PlanError, PlanProblem};
use super::handover::HandoverRefused;
use super::ideas::{IdeaBank, IdeaError};
use super::moves::reachable;
use super::piles::Piles;
use super::rng::GameRng;
use super::saved::session_id;
use super::shown_card::is_default_audience;
use super::team::{piece_shape, GameSetup, SetupProblem, Team};
use super::team_request::AppliedRequests;

/// Bumped whenever the stored shape of [`Session`] changes. Version 2 added the agenda,
/// the guided card round, the idea bank and the handleplan; version 3 gave each session
/// an id and a name, so several can be kept; version 4 names the built-in deck instead
/// of copying it (`deck_ref.rs`), which a version-3 app could not read — the bump makes
/// such an app leave the game alone as "from a newer version" rather than call it
/// damaged. Older sessions are migrated on load (`persist.rs`; a version-3 game's copied
/// deck is read as it is), and `tests/fixtures` keeps one file of every version.
pub const SCHEMA_VERSION: u32 = 4;

/// With this many minutes of play left, draws favour the categories a team misses.
pub const STEER_WHEN_MINUTES_LEFT: i64 = 15;

/// The board every session plays on, built once.
pub fn board() -> &'static Board {
    static BOARD: OnceLock<Board> = OnceLock::new();
    BOARD.get_or_init(Board::standard)
}

/// Where the current turn is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum Stage {
    /// The active team is to roll the die.
    AwaitingRoll,
    /// The die shows `roll`; the team picks one of the reachable fields.
    ChoosingTarget { roll: u8 },
    /// On the hub or with a Joker: the team picks the category of its card.
    ChoosingCategory {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        joker: Option<String>,
    },
    /// A card is on the table.
    Card(ActiveCard),
}

impl Stage {
    /// The fields a piece on `from` may move to at this stage: those the roll reaches
    /// while the team is choosing one, none otherwise.
    pub fn targets_from(&self, from: FieldId) -> Vec<FieldId> {
        match self {
            Stage::ChoosingTarget { roll } => reachable(board(), from, *roll).into_keys().collect(),
            _ => Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActiveCard {
    pub id: String,
    pub kind: DeckKind,
    /// The wedge the team earns when the card is done (drawn on an HQ field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wedge: Option<Category>,
    /// Set when time ran short and the card came from a missing category instead of
    /// the one landed on; the board says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steered_from: Option<Category>,
}

/// What happened, in order: for announcements and for replaying a game.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    Rolled {
        team: usize,
        value: u8,
    },
    Moved {
        team: usize,
        from: FieldId,
        to: FieldId,
    },
    Jumped {
        team: usize,
        from: FieldId,
        to: FieldId,
    },
    RollAgain {
        team: usize,
    },
    CategoryChosen {
        team: usize,
        category: Category,
    },
    CardDrawn {
        team: usize,
        card: String,
    },
    CardDone {
        team: usize,
        card: String,
        wedge: Option<Category>,
    },
}

/// A move that is not allowed right now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GameError {
    /// The move does not fit the stage the turn is in.
    WrongStage,
    /// The field cannot be reached with the number rolled.
    Unreachable(FieldId),
    /// A deck has no cards left at all (not even on its discard pile).
    NoCards(DeckKind),
    /// Board moves belong to the play phase.
    NotPlaying,
    /// Nothing to undo, or the last step was a die roll, which stands.
    NothingToUndo,
    /// The guided card round refused the step.
    Round(RoundError),
    Idea(IdeaError),
    Agenda(AgendaError),
    Plan(PlanError),
    /// The session cannot be finished yet; what is missing.
    Unfinished(Vec<PlanProblem>),
    /// A team's notebook was not taken.
    Handover(HandoverRefused),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub schema_version: u32,
    /// Tells this session apart from the others kept in the browser and from a copy;
    /// lowercase letters, digits and '-', so it can be part of a storage key.
    pub id: String,
    /// The facilitator's name for the session; empty until it is renamed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// When the game was created, in milliseconds since the Unix epoch.
    pub created_at_ms: u64,
    pub duration_minutes: u32,
    pub core_task: String,
    /// The word the cards use for the people the team is here for.
    #[serde(default, skip_serializing_if = "is_default_audience")]
    pub audience: Audience,
    pub teams: Vec<Team>,
    /// Saved as a reference when it is the built-in deck (see `deck_ref`).
    #[serde(with = "super::deck_ref")]
    pub deck: Deck,
    pub piles: Piles,
    pub rng: GameRng,
    /// Index of the team whose turn it is.
    pub active_team: usize,
    /// Turns completed so far.
    pub turns_played: u32,
    pub stage: Stage,
    pub log: Vec<Event>,
    pub agenda: Agenda,
    /// The guided talk about the card on the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<CardRound>,
    #[serde(default)]
    pub timings: CardTimings,
    #[serde(default)]
    pub ideas: IdeaBank,
    #[serde(default)]
    pub plan: Handleplan,
    /// The core task in one sentence, as the team words it in the Kernen phase.
    #[serde(default)]
    pub core_task_final: String,
    /// The play as it was before the last step that can be undone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undo: Option<Box<PlayState>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at_ms: Option<u64>,
    /// The facilitator's own notes; never shown to the room.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The teams' own wordings of the core task in one sentence (Kernen), by team.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub kernen_suggestions: BTreeMap<usize, String>,
    /// The last request applied from each team's tablet, so none is applied twice.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub applied_requests: AppliedRequests,
}

// The parts' own errors become a session error with `?`, in one place.
impl From<RoundError> for GameError {
    fn from(e: RoundError) -> Self {
        GameError::Round(e)
    }
}

impl From<IdeaError> for GameError {
    fn from(e: IdeaError) -> Self {
        GameError::Idea(e)
    }
}

impl From<AgendaError> for GameError {
    fn from(e: AgendaError) -> Self {
        GameError::Agenda(e)
    }
}

impl From<PlanError> for GameError {
    fn from(e: PlanError) -> Self {
        GameError::Plan(e)
    }
}

/// The part of a session that board moves change, kept to undo the last step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlayState {
    pub teams: Vec<Team>,
    pub piles: Piles,
    pub rng: GameRng,
    pub active_team: usize,
    pub turns_played: u32,
    pub stage: Stage,
    /// How long the log was; undo cuts it back to this.
    pub log_len: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<CardRound>,
}

impl Session {
    /// Start a game. The `seed` fixes every roll and shuffle, so the same seed and the
    /// same moves give the same game.
    pub fn new(
        setup: &GameSetup,
        deck: &Deck,
        seed: u64,
        now_ms: u64,
    ) -> Result<Session, Vec<SetupProblem>> {
        let problems = setup.problems_with(deck);
        if !problems.is_empty() {
            return Err(problems);
        }
        let deck = setup.playable_deck(deck)?;
        let board = board();
        let slots = start_slots(setup.teams.len());
        let teams = setup
            .teams
            .iter()
            .zip(slots)
            .enumerate()
            .map(|(i, (team, slot))| {
                let start = board.start_field(slot).expect("six start fields");
                Team {
                    name: team.name.trim().to_string(),
                    colour: team.colour,
                    shape: piece_shape(i),
                    players: team.players,
                    start,
                    position: start,
                    wedges: Default::default(),
                }
            })
            .collect();
        let mut rng = GameRng::new(seed);
        let piles = Piles::shuffled(&deck, &mut rng);
        Ok(Session {
            schema_version: SCHEMA_VERSION,
            id: session_id(now_ms, seed),
            name: String::new(),
            created_at_ms: now_ms,
            duration_minutes: setup.minutes(),
            core_task: setup.core_task.trim().to_string(),
            audience: setup.audience.clone(),
            teams,
            deck,
            piles,
            rng,
            active_team: 0,
            turns_played: 0,
            stage: Stage::AwaitingRoll,
            log: Vec::new(),
            agenda: Agenda::new(setup.minutes(), now_ms),
            round: None,
            timings: CardTimings::default(),
            ideas: IdeaBank::default(),
            plan: Handleplan::default(),
            core_task_final: String::new(),
            notes: String::new(),
            kernen_suggestions: BTreeMap::new(),
            applied_requests: AppliedRequests::new(),
            undo: None,
            finished_at_ms: None,
        })
    }

    pub fn active(&self) -> &Team {
        &self.teams[self.active_team]
    }

    /// Other teams standing on the active team's field: friendship Ludo sends no one
    /// home, so they take the card together.
    pub fn guests(&self) -> impl Iterator<Item = &Team> + '_ {
        let here = self.active().position;
        self.teams
            .iter()
            .enumerate()
            .filter(move |(i, t)| *i != self.active_team && t.position == here)
            .map(|(_, t)| t)
    }

    /// The card being talked about, with why it was drawn.
    pub fn active_card(&self) -> Option<&ActiveCard> {
        match &self.stage {
            Stage::Card(active) => Some(active),
            _ => None,
        }
    }

    /// The card on the table, if any.
    pub fn current_card(&self) -> Option<&Card> {
        match &self.stage {
            Stage::Card(active) => self.deck.card(&active.id),
            Stage::ChoosingCategory { joker: Some(id) } => self.deck.card(id),
            _ => None,
        }
    }

    /// The fields the active team may move to, while it is choosing one.
    pub fn targets(&self) -> Vec<FieldId> {
        self.stage.targets_from(self.active().position)
    }

    /// Throw the die. A roll is final: no undo ever takes it back, nor anything before it.
    pub fn roll(&mut self) -> Result<u8, GameError> {
        if self.agenda.phase() != Phase::Play {
            return Err(GameError::NotPlaying);
        }
        if self.stage != Stage::AwaitingRoll {
            return Err(GameError::WrongStage);
        }
        let value = self.rng.roll_die();
        self.log.push(Event::Rolled {
            team: self.active_team,
            value,
        });
        self.stage = Stage::ChoosingTarget { roll: value };
        self.undo = None;
        Ok(value)
    }

    fn play_state(&self) -> PlayState {
        PlayState {
            teams: self.teams.clone(),
            piles: self.piles.clone(),
            rng: self.rng.clone(),
            active_team: self.active_team,
            turns_played: self.turns_played,
            stage: self.stage.clone(),
            log_len: self.log.len(),
            round: self.round.clone(),
        }
    }

    /// Take back the last step of play. A die roll stands: after a roll there is
    /// nothing to undo until the next step.
    pub fn undo(&mut self) -> Result<(), GameError> {
        let state = *self.undo.take().ok_or(GameError::NothingToUndo)?;
        self.teams = state.teams;
        self.piles = state.piles;
        self.rng = state.rng;
        self.active_team = state.active_team;
        self.turns_played = state.turns_played;
        self.stage = state.stage;
        self.log.truncate(state.log_len);
        self.round = state.round;
        Ok(())
    }

    pub fn can_undo(&self) -> bool {
        self.undo.is_some()
    }

    /// Move the active piece to `target` and resolve the field it lands on.
    pub fn move_to(&mut self, target: FieldId, now_ms: u64) -> Result<(), GameError> {
        let Stage::ChoosingTarget { roll } = self.stage else {
            return Err(GameError::WrongStage);
        };
        let from = self.active().position;
        if !reachable(board(), from, roll).contains_key(&target) {
            return Err(GameError::Unreachable(target));
        }
        // Work on a copy so a failed draw leaves the session exactly as it was.
        let mut next = self.clone();
        next.teams[next.active_team].position = target;
        next.log.push(Event::Moved {
            team: next.active_team,
            from,
            to: target,
        });
        next.land(target, now_ms)?;
        next.undo = Some(Box::new(self.play_state()));
        *self = next;
        Ok(())
    }

    /// Late in play, a team that lands on a category it already holds draws from one
    /// it still misses instead, so the wheel can still be filled in time.
    pub fn steering(&self, now_ms: u64) -> bool {
        self.agenda.phase() == Phase::Play
            && self.agenda.phase_remaining_ms(now_ms) <= STEER_WHEN_MINUTES_LEFT * 60_000
            && self
                .teams
                .iter()
                .any(|t| t.wedges.len() < Category::ALL.len())
    }

    /// The category a draw on a `landed` field comes from, and whether it was steered.
    fn steered(&self, landed: Category, now_ms: u64) -> (Category, Option<Category>) {
        let wedges = &self.active().wedges;
        if !self.steering(now_ms) || !wedges.contains(&landed) {
            return (landed, None);
        }
        match (1..Category::ALL.len())
            .map(|step| landed.shifted(step))
            .find(|c| !wedges.contains(c))
        {
            Some(missing) => (missing, Some(landed)),
            None => (landed, None),
        }
    }

    fn land(&mut self, field: FieldId, now_ms: u64) -> Result<(), GameError> {
        let team = self.active_team;
        match board().kind(field).expect("a field on the board") {
            FieldKind::Category(landed) => self.land_on_category(landed, false, now_ms),
            FieldKind::Hq(landed) => self.land_on_category(landed, true, now_ms),
            FieldKind::Hub => {
                self.stage = Stage::ChoosingCategory { joker: None };
                Ok(())
            }
            FieldKind::Start(_) => {
                let card = self.take(DeckKind::Joker)?;
                self.stage = Stage::ChoosingCategory { joker: Some(card) };
                Ok(())
            }
            FieldKind::Breather => self.draw(DeckKind::Stolthed, None, now_ms),
            FieldKind::Shortcut => {
                if let Some(to) = board().next_shortcut(field) {
                    self.teams[team].position = to;
                    self.log.push(Event::Jumped {
                        team,
                        from: field,
                        to,
                    });
                }
                self.draw(DeckKind::Handling, None, now_ms)
            }
            FieldKind::RollAgain => {
                self.log.push(Event::RollAgain { team });
                self.stage = Stage::AwaitingRoll;
                Ok(())
            }
        }
    }

    /// A category field, or its headquarters (`hq`), which earns its wedge. Steered,
    /// on any field of a category the team holds, the card comes from one it misses
    /// and carries that wedge, so the wheel can still be filled before play ends.
    fn land_on_category(
        &mut self,
        landed: Category,
        hq: bool,
        now_ms: u64,
    ) -> Result<(), GameError> {
        let (category, steered_from) = self.steered(landed, now_ms);
        let earns = hq || steered_from.is_some();
        // A wedge the team already owns is not promised again.
        let wedge = (earns && !self.active().wedges.contains(&category)).then_some(category);
        self.draw(DeckKind::Category(category), wedge, now_ms)?;
        if let Stage::Card(active) = &mut self.stage {
            active.steered_from = steered_from;
        }
        Ok(())
    }

    /// Take the top card of a kind and log it.
    fn take(&mut self, kind: DeckKind) -> Result<String, GameError> {
        let card = self
            .piles
            .draw(kind, &mut self.rng)
            .ok_or(GameError::NoCards(kind))?;
        self.log.push(Event::CardDrawn {
            team: self.active_team,
            card: card.clone(),
        });
        Ok(card)
    }

    /// Put a card on the table and start its guided round for the active team (and
    /// any team sharing the field).
    fn draw(
        &mut self,
        kind: DeckKind,
        wedge: Option<Category>,
        now_ms: u64,
    ) -> Result<(), GameError> {
        let id = self.take(kind)?;
        self.stage = Stage::Card(ActiveCard {
            id,
            kind,
            wedge,
            steered_from: None,
        });
        let players = self.active().players + self.guests().map(|t| t.players).sum::<u32>();
        self.round = Some(CardRound::start(players, self.timings.clone(), now_ms));
        Ok(())
    }

    /// On the hub or with a Joker: pick the category and draw its top card.
    pub fn choose_category(&mut self, category: Category, now_ms: u64) -> Result<(), GameError> {
        let Stage::ChoosingCategory { joker } = &self.stage else {
            return Err(GameError::WrongStage);
        };
        let mut next = self.clone();
        if let Some(joker) = joker {
            next.piles.discard(DeckKind::Joker, joker.clone());
        }
        next.log.push(Event::CategoryChosen {
            team: next.active_team,
            category,
        });
        next.draw(DeckKind::Category(category), None, now_ms)?;
        next.undo = Some(Box::new(self.play_state()));
        *self = next;
        Ok(())
    }

    /// The team has talked the card through: discard it, award the wedge it carried,
    /// and pass the turn to the next team.
    pub fn complete_card(&mut self) -> Result<(), GameError> {
        let Stage::Card(active) = &self.stage else {
            return Err(GameError::WrongStage);
        };
        let active = active.clone();
        let before = self.play_state();
        let team = self.active_team;
        self.piles.discard(active.kind, active.id.clone());
        if let Some(category) = active.wedge {
            self.teams[team].wedges.insert(category);
        }
        self.log.push(Event::CardDone {
            team,
            card: active.id,
            wedge: active.wedge,
        });
        self.active_team = (team + 1) % self.teams.len();
        self.turns_played += 1;
        self.stage = Stage::AwaitingRoll;
        self.round = None;
        self.undo = Some(Box::new(before));
        Ok(())
    }
}

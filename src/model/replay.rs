//! The game played again from its seed and its log, step by step: every roll, move,
//! card and idea in order, then the vote and the three activities. Each step carries
//! the board as it was then. The replay draws every card and throws every die again
//! from the seed and checks each against the log, so a replay that ends is the game
//! that was saved; it only reads the session and never changes it.

use std::collections::BTreeSet;

use super::agenda::Phase;
use super::board::FieldId;
use super::category::{Category, DeckKind};
use super::piles::Piles;
use super::report::ideas_by_card_talked;
use super::rng::GameRng;
use super::session::{Event, Session};

/// What a step shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// The pieces on their start fields.
    Start,
    /// One entry of the log.
    Event(Event),
    /// An idea recorded (its id in the idea bank).
    Idea(u32),
    /// The result of the vote.
    Vote,
    /// Activity number `n` (from 0) of the handleplan.
    Activity(usize),
}

/// The board at one step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub positions: Vec<FieldId>,
    pub wedges: Vec<BTreeSet<Category>>,
    pub active_team: usize,
    pub turns_played: u32,
    /// The die's face while its roll is being used.
    pub die: Option<u8>,
    /// The card on the table.
    pub card: Option<String>,
    /// How many ideas of `Replay::ideas` are recorded by now.
    pub ideas: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub phase: Phase,
    pub kind: StepKind,
    pub frame: Frame,
}

/// The play as the replay left it: what must equal the saved game's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlayedOut {
    pub positions: Vec<FieldId>,
    pub wedges: Vec<BTreeSet<Category>>,
    pub piles: Piles,
    pub rng: GameRng,
    pub active_team: usize,
    pub turns_played: u32,
}

impl PlayedOut {
    /// The same parts of a saved game.
    pub fn of(session: &Session) -> PlayedOut {
        PlayedOut {
            positions: session.teams.iter().map(|t| t.position).collect(),
            wedges: session.teams.iter().map(|t| t.wedges.clone()).collect(),
            piles: session.piles.clone(),
            rng: session.rng.clone(),
            active_team: session.active_team,
            turns_played: session.turns_played,
        }
    }
}

/// The log does not tell the game the seed gives: entry `at` (from 0) is not what the
/// game would have done there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReplayMismatch {
    pub at: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replay {
    pub steps: Vec<Step>,
    /// Every idea in the order the replay shows them.
    pub ideas: Vec<u32>,
    pub end: PlayedOut,
}

impl Replay {
    /// The first step of each phase that has steps, in order: the scrubber's marks.
    pub fn phase_starts(&self) -> Vec<(Phase, usize)> {
        let mut starts: Vec<(Phase, usize)> = Vec::new();
        for (i, step) in self.steps.iter().enumerate() {
            if starts.last().is_none_or(|(phase, _)| *phase != step.phase) {
                starts.push((step.phase, i));
            }
        }
        starts
    }
}

/// The board while it is replayed.
struct Table {
    out: PlayedOut,
    die: Option<u8>,
    card: Option<String>,
    joker: Option<String>,
    ideas: usize,
}

impl Table {
    fn frame(&self) -> Frame {
        Frame {
            positions: self.out.positions.clone(),
            wedges: self.out.wedges.clone(),
            active_team: self.out.active_team,
            turns_played: self.out.turns_played,
            die: self.die,
            card: self.card.clone(),
            ideas: self.ideas,
        }
    }

    /// Apply one log entry; `false` when it cannot have happened here.
    fn apply(&mut self, session: &Session, event: &Event) -> bool {
        let teams = self.out.positions.len();
        let kind_of = |card: &str| session.deck.card(card).map(|c| c.kind);
        match event {
            Event::Rolled { team, value } => {
                self.die = Some(self.out.rng.roll_die());
                *team == self.out.active_team && self.die == Some(*value)
            }
            Event::Moved { team, from, to } | Event::Jumped { team, from, to } => {
                let Some(position) = self.out.positions.get_mut(*team) else {
                    return false;
                };
                let was_there = *position == *from;
                *position = *to;
                was_there && *team == self.out.active_team
            }
            Event::RollAgain { team } => {
                self.die = None;
                *team == self.out.active_team
            }
            Event::CategoryChosen { team, .. } => {
                if let Some(joker) = self.joker.take() {
                    self.out.piles.discard(DeckKind::Joker, joker);
                }
                self.card = None;
                *team == self.out.active_team
            }
            Event::CardDrawn { team, card } => {
                let Some(kind) = kind_of(card) else {
                    return false;
                };
                let drawn = self.out.piles.draw(kind, &mut self.out.rng);
                if kind == DeckKind::Joker {
                    self.joker = Some(card.clone());
                }
                self.card = Some(card.clone());
                *team == self.out.active_team && drawn.as_deref() == Some(card.as_str())
            }
            Event::CardDone { team, card, wedge } => {
                let Some(kind) = kind_of(card) else {
                    return false;
                };
                if *team != self.out.active_team || self.card.as_deref() != Some(card.as_str()) {
                    return false;
                }
                self.out.piles.discard(kind, card.clone());
                if let Some(category) = wedge {
                    self.out.wedges[*team].insert(*category);
                }
                self.out.active_team = (team + 1) % teams;
                self.out.turns_played += 1;
                self.die = None;
                self.card = None;
                true
            }
        }
    }
}

/// Replay `session` from its seed and log.
pub fn replay(session: &Session) -> Result<Replay, ReplayMismatch> {
    let mut rng = session.rng.at_start();
    let piles = Piles::shuffled(&session.deck, &mut rng);
    let mut table = Table {
        out: PlayedOut {
            positions: session.teams.iter().map(|t| t.start).collect(),
            wedges: vec![BTreeSet::new(); session.teams.len()],
            piles,
            rng,
            active_team: 0,
            turns_played: 0,
        },
        die: None,
        card: None,
        joker: None,
        ideas: 0,
    };
    let ideas_at = ideas_by_card_talked(session);
    let mut order: Vec<u32> = Vec::new();
    let mut steps = vec![Step {
        phase: Phase::Opening,
        kind: StepKind::Start,
        frame: table.frame(),
    }];
    for (at, event) in session.log.iter().enumerate() {
        if !table.apply(session, event) {
            return Err(ReplayMismatch { at });
        }
        steps.push(Step {
            phase: Phase::Play,
            kind: StepKind::Event(event.clone()),
            frame: table.frame(),
        });
        for id in ideas_at.get(&at).into_iter().flatten() {
            order.push(*id);
            table.ideas = order.len();
            steps.push(Step {
                phase: Phase::Play,
                kind: StepKind::Idea(*id),
                frame: table.frame(),
            });
        }
    }
    // Ideas written away from a card, or on the card still on the table.
    let later: Vec<u32> = session
        .ideas
        .ideas
        .iter()
        .map(|idea| idea.id)
        .filter(|id| !order.contains(id))
        .collect();
    for id in later {
        order.push(id);
        table.ideas = order.len();
        steps.push(Step {
            phase: Phase::IdeaBank,
            kind: StepKind::Idea(id),
            frame: table.frame(),
        });
    }
    if session.ideas.total_votes() > 0 {
        steps.push(Step {
            phase: Phase::IdeaBank,
            kind: StepKind::Vote,
            frame: table.frame(),
        });
    }
    for i in 0..session.plan.activities.len() {
        steps.push(Step {
            phase: Phase::Handleplan,
            kind: StepKind::Activity(i),
            frame: table.frame(),
        });
    }
    Ok(Replay {
        steps,
        ideas: order,
        end: table.out,
    })
}

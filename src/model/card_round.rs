//! A card talked through in stages: silent thinking, a round where each player of the
//! active team speaks once (one pass allowed; the leader last), then open discussion.

use serde::{Deserialize, Serialize};

use super::timer::Timer;

/// How long the timed stages last, set per session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardTimings {
    pub silent_seconds: u32,
    pub open_seconds: u32,
}

impl Default for CardTimings {
    fn default() -> CardTimings {
        CardTimings {
            silent_seconds: 30,
            open_seconds: 120,
        }
    }
}

/// Who has the floor in the round.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "who", content = "number", rename_all = "snake_case")]
pub enum Speaker {
    /// A player of the active team, numbered from 1.
    Player(u32),
    /// The leader speaks last, so no one waits to hear what the boss thinks.
    Leader,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum RoundStage {
    /// Everyone thinks before anyone speaks.
    Silent { timer: Timer },
    /// Each speaker in turn; `at` is the index in `order` of who has the floor.
    Round {
        order: Vec<Speaker>,
        at: usize,
        passed: Vec<u32>,
    },
    /// Open to the whole room.
    Open { timer: Timer },
    /// Talked through; the team records its insight.
    Done,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RoundError {
    /// Not possible in this stage.
    WrongStage,
    /// This player has passed once already.
    PassUsed,
    /// The leader closes the round and does not pass.
    LeaderCannotPass,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardRound {
    pub stage: RoundStage,
    pub players: u32,
    pub timings: CardTimings,
}

impl CardRound {
    pub fn start(players: u32, timings: CardTimings, now_ms: u64) -> CardRound {
        CardRound {
            stage: RoundStage::Silent {
                timer: Timer::start(u64::from(timings.silent_seconds) * 1000, now_ms),
            },
            players: players.max(1),
            timings,
        }
    }

    /// The speaking order: every player once, then the leader.
    pub fn order(players: u32) -> Vec<Speaker> {
        (1..=players.max(1))
            .map(Speaker::Player)
            .chain(std::iter::once(Speaker::Leader))
            .collect()
    }

    /// The speaking round points at a place in its order (or just past its end).
    pub fn check(&self) -> Result<(), &'static str> {
        match &self.stage {
            RoundStage::Round { order, at, .. } if *at > order.len() => {
                Err("the speaking round is damaged")
            }
            _ => Ok(()),
        }
    }

    pub fn speaker(&self) -> Option<Speaker> {
        match &self.stage {
            RoundStage::Round { order, at, .. } => order.get(*at).copied(),
            _ => None,
        }
    }

    pub fn timer(&self) -> Option<&Timer> {
        match &self.stage {
            RoundStage::Silent { timer } | RoundStage::Open { timer } => Some(timer),
            _ => None,
        }
    }

    fn timer_mut(&mut self) -> Option<&mut Timer> {
        match &mut self.stage {
            RoundStage::Silent { timer } | RoundStage::Open { timer } => Some(timer),
            _ => None,
        }
    }

    /// Go on to the next stage, whether or not its time is up: the facilitator's "skip".
    pub fn next_stage(&mut self, now_ms: u64) {
        self.stage = match self.stage {
            RoundStage::Silent { .. } => RoundStage::Round {
                order: CardRound::order(self.players),
                at: 0,
                passed: Vec::new(),
            },
            RoundStage::Round { .. } => RoundStage::Open {
                timer: Timer::start(u64::from(self.timings.open_seconds) * 1000, now_ms),
            },
            RoundStage::Open { .. } | RoundStage::Done => RoundStage::Done,
        };
    }

    /// The speaker is done: the floor goes on; after the leader, the room opens.
    pub fn next_speaker(&mut self, now_ms: u64) -> Result<(), RoundError> {
        let RoundStage::Round { order, at, .. } = &mut self.stage else {
            return Err(RoundError::WrongStage);
        };
        *at += 1;
        if *at >= order.len() {
            self.next_stage(now_ms);
        }
        Ok(())
    }

    /// One step on, as a presenter clicker's "next": the silence ends, the floor goes
    /// on, the open talk ends. A finished round has no step left in it.
    pub fn step_forward(&mut self, now_ms: u64) -> Result<(), RoundError> {
        match self.stage {
            RoundStage::Silent { .. } | RoundStage::Open { .. } => {
                self.next_stage(now_ms);
                Ok(())
            }
            RoundStage::Round { .. } => self.next_speaker(now_ms),
            RoundStage::Done => Err(RoundError::WrongStage),
        }
    }

    /// One step back, for a clicker pressed once too often: the floor goes back to the
    /// speaker before, or the stage before starts again with its full time.
    pub fn step_back(&mut self, now_ms: u64) -> Result<(), RoundError> {
        let order_len = CardRound::order(self.players).len();
        self.stage = match &mut self.stage {
            RoundStage::Silent { .. } => return Err(RoundError::WrongStage),
            RoundStage::Round { at, .. } if *at > 0 => {
                *at -= 1;
                return Ok(());
            }
            RoundStage::Round { .. } => RoundStage::Silent {
                timer: Timer::start(u64::from(self.timings.silent_seconds) * 1000, now_ms),
            },
            RoundStage::Open { .. } => RoundStage::Round {
                order: CardRound::order(self.players),
                at: order_len - 1,
                passed: Vec::new(),
            },
            RoundStage::Done => RoundStage::Open {
                timer: Timer::start(u64::from(self.timings.open_seconds) * 1000, now_ms),
            },
        };
        Ok(())
    }

    /// The speaker passes: they get the floor back at the end of the players, before
    /// the leader. Each player may pass once.
    pub fn pass(&mut self) -> Result<(), RoundError> {
        let RoundStage::Round { order, at, passed } = &mut self.stage else {
            return Err(RoundError::WrongStage);
        };
        let Some(Speaker::Player(player)) = order.get(*at).copied() else {
            return Err(RoundError::LeaderCannotPass);
        };
        if passed.contains(&player) {
            return Err(RoundError::PassUsed);
        }
        passed.push(player);
        let speaker = order.remove(*at);
        let leader = order
            .iter()
            .position(|s| *s == Speaker::Leader)
            .unwrap_or(order.len());
        order.insert(leader, speaker);
        Ok(())
    }

    /// When the silent minute is up, the round begins by itself. Open discussion is
    /// not cut off: the facilitator ends it.
    pub fn tick(&mut self, now_ms: u64) -> bool {
        match &self.stage {
            RoundStage::Silent { timer } if timer.is_done(now_ms) => {
                self.next_stage(now_ms);
                true
            }
            _ => false,
        }
    }

    pub fn pause(&mut self, now_ms: u64) {
        if let Some(timer) = self.timer_mut() {
            timer.pause(now_ms);
        }
    }

    pub fn resume(&mut self, now_ms: u64) {
        if let Some(timer) = self.timer_mut() {
            timer.resume(now_ms);
        }
    }

    /// One minute more for the running timed stage, counted from now.
    pub fn add_minute(&mut self, now_ms: u64) {
        if let Some(timer) = self.timer_mut() {
            timer.extend(60_000, now_ms);
        }
    }

    pub fn is_done(&self) -> bool {
        self.stage == RoundStage::Done
    }
}

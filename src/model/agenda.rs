//! The session's agenda: its phases and their minutes, and where the clock stands.
//!
//! Every time is computed from stored timestamps (milliseconds since the Unix epoch)
//! and a `now` passed in, so a reload, a hidden tab or a sleeping laptop cannot put the
//! clock wrong.

use serde::{Deserialize, Serialize};

use super::limits::MAX_PHASE_MINUTES;
use super::team::LONG_SESSION_MINUTES;

/// The phases of a session, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Purpose, ground rules, teams, the core task as worded today.
    Opening,
    /// Everyone says one thing they are proud of.
    Stolthed,
    /// Turns on the board.
    Play,
    Break,
    /// The core task in one sentence, next to the opening wording.
    Kernen,
    /// Group similar ideas, then dot-vote.
    IdeaBank,
    /// The top ideas become exactly three activities.
    Handleplan,
    /// A follow-up date, print and export.
    Checkout,
}

impl Phase {
    pub const ALL: [Phase; 8] = [
        Phase::Opening,
        Phase::Stolthed,
        Phase::Play,
        Phase::Break,
        Phase::Kernen,
        Phase::IdeaBank,
        Phase::Handleplan,
        Phase::Checkout,
    ];
}

/// The two-hour plan of the design (minutes per phase, in order).
const TWO_HOURS: [u32; 8] = [10, 10, 55, 5, 10, 10, 15, 5];
/// The three-hour plan for more than six players: more play, longer talks.
const THREE_HOURS: [u32; 8] = [15, 15, 85, 10, 15, 15, 20, 5];

/// One phase as planned: its minutes, and whether the facilitator skips it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhasePlan {
    pub phase: Phase,
    pub minutes: u32,
    pub skipped: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AgendaError {
    /// The last phase is running; there is nothing after it.
    AtTheEnd,
    /// A phase that has begun or passed cannot be skipped.
    AlreadyStarted(Phase),
    /// Minutes must be between 1 and [`MAX_PHASE_MINUTES`].
    Minutes(u32),
}

/// A phase as it went: when it began. It ran until the next one began (the last until
/// the session was finished, or until now).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseStart {
    pub phase: Phase,
    pub at_ms: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agenda {
    pub plan: Vec<PhasePlan>,
    /// Index into `plan` of the phase running now.
    pub current: usize,
    pub started_at_ms: u64,
    pub phase_started_at_ms: u64,
    /// Every phase begun so far, in order, the first at the session's start: the
    /// report's timeline of how the time went. Empty in games saved before it was kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub went: Vec<PhaseStart>,
}

impl Agenda {
    /// The default plan for a session of `total_minutes`: the design's 2 h or 3 h plan,
    /// or the 2 h plan scaled, with what rounding leaves over given to play.
    pub fn new(total_minutes: u32, now_ms: u64) -> Agenda {
        let minutes: Vec<u32> = if total_minutes == LONG_SESSION_MINUTES {
            THREE_HOURS.to_vec()
        } else {
            let mut scaled: Vec<u32> = TWO_HOURS
                .iter()
                .map(|m| (m * total_minutes / 120).max(1))
                .collect();
            let sum: u32 = scaled.iter().sum();
            let play = &mut scaled[2];
            *play = (*play + total_minutes).saturating_sub(sum).max(1);
            scaled
        };
        Agenda {
            plan: Phase::ALL
                .into_iter()
                .zip(minutes)
                .map(|(phase, minutes)| PhasePlan {
                    phase,
                    minutes,
                    skipped: false,
                })
                .collect(),
            current: 0,
            started_at_ms: now_ms,
            phase_started_at_ms: now_ms,
            went: vec![PhaseStart {
                phase: Phase::ALL[0],
                at_ms: now_ms,
            }],
        }
    }

    pub fn phase(&self) -> Phase {
        self.plan[self.current].phase
    }

    /// Every phase planned once, in order, with possible minutes, and the current one
    /// among them: what a stored or received agenda must satisfy before it is used.
    pub fn check(&self) -> Result<(), &'static str> {
        let phases: Vec<Phase> = self.plan.iter().map(|p| p.phase).collect();
        if phases != Phase::ALL || self.current >= phases.len() {
            return Err("the agenda is damaged");
        }
        if self
            .plan
            .iter()
            .any(|p| !(1..=MAX_PHASE_MINUTES).contains(&p.minutes))
        {
            return Err("a phase has impossible minutes");
        }
        // Phases only go forward, each begun once, none after the running one. (Their
        // times are not checked: a clock put back must not make a game unreadable.)
        let in_order = self.went.windows(2).all(|w| w[0].phase < w[1].phase);
        let ends_at_current = self
            .went
            .last()
            .is_none_or(|last| last.phase == self.phase());
        if !in_order || !ends_at_current {
            return Err("the agenda's history is damaged");
        }
        Ok(())
    }

    fn index_of(&self, phase: Phase) -> usize {
        self.plan
            .iter()
            .position(|p| p.phase == phase)
            .expect("every phase is planned")
    }

    pub fn plan_of(&self, phase: Phase) -> &PhasePlan {
        &self.plan[self.index_of(phase)]
    }

    /// The phase the next step leads to, passing over skipped ones.
    pub fn next_phase(&self) -> Option<Phase> {
        self.plan[self.current + 1..]
            .iter()
            .find(|p| !p.skipped)
            .map(|p| p.phase)
    }

    /// Go on to the next phase that is not skipped.
    pub fn advance(&mut self, now_ms: u64) -> Result<Phase, AgendaError> {
        let next = self.next_phase().ok_or(AgendaError::AtTheEnd)?;
        self.current = self.index_of(next);
        self.phase_started_at_ms = now_ms;
        // A game saved before the history was kept starts it here.
        self.went.push(PhaseStart {
            phase: next,
            at_ms: now_ms,
        });
        Ok(next)
    }

    /// Lengthen or shorten a phase, the running one included.
    pub fn set_minutes(&mut self, phase: Phase, minutes: u32) -> Result<(), AgendaError> {
        if !(1..=MAX_PHASE_MINUTES).contains(&minutes) {
            return Err(AgendaError::Minutes(minutes));
        }
        let index = self.index_of(phase);
        self.plan[index].minutes = minutes;
        Ok(())
    }

    /// Skip a phase still to come, or take it back in.
    pub fn set_skipped(&mut self, phase: Phase, skipped: bool) -> Result<(), AgendaError> {
        let index = self.index_of(phase);
        if index <= self.current {
            return Err(AgendaError::AlreadyStarted(phase));
        }
        self.plan[index].skipped = skipped;
        Ok(())
    }

    /// How long each phase begun ran, in order: until the next began, the last until
    /// `end_ms` (when the session finished, or now). Skipped phases do not appear.
    pub fn durations_ms(&self, end_ms: u64) -> Vec<(Phase, u64)> {
        self.went
            .iter()
            .enumerate()
            .map(|(i, start)| {
                let until = self.went.get(i + 1).map_or(end_ms, |next| next.at_ms);
                (start.phase, until.saturating_sub(start.at_ms))
            })
            .collect()
    }

    /// Time since the session began.
    pub fn elapsed_ms(&self, now_ms: u64) -> u64 {
        now_ms.saturating_sub(self.started_at_ms)
    }

    /// Time left in the running phase; negative when it has run over.
    pub fn phase_remaining_ms(&self, now_ms: u64) -> i64 {
        let planned = i64::from(self.plan[self.current].minutes) * 60_000;
        planned - now_ms.saturating_sub(self.phase_started_at_ms) as i64
    }

    /// Minutes of the phases not skipped, from start to end.
    pub fn planned_minutes(&self) -> u32 {
        self.plan
            .iter()
            .filter(|p| !p.skipped)
            .map(|p| p.minutes)
            .sum()
    }

    /// When the session will end if every remaining phase keeps its minutes.
    pub fn expected_end_ms(&self, now_ms: u64) -> u64 {
        let later: u64 = self.plan[self.current + 1..]
            .iter()
            .filter(|p| !p.skipped)
            .map(|p| u64::from(p.minutes) * 60_000)
            .sum();
        let this_phase_ends =
            self.phase_started_at_ms + u64::from(self.plan[self.current].minutes) * 60_000;
        this_phase_ends.max(now_ms) + later
    }
}

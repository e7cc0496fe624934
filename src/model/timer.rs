//! A countdown kept as timestamps, so it is right after a reload or a sleeping laptop,
//! and can be paused and given more time.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    pub duration_ms: u64,
    pub started_at_ms: u64,
    /// Set while paused: when the pause began.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused_at_ms: Option<u64>,
    /// All earlier pauses together.
    #[serde(default)]
    pub paused_ms: u64,
}

impl Timer {
    pub fn start(duration_ms: u64, now_ms: u64) -> Timer {
        Timer {
            duration_ms,
            started_at_ms: now_ms,
            paused_at_ms: None,
            paused_ms: 0,
        }
    }

    /// Running time so far, not counting pauses.
    pub fn elapsed_ms(&self, now_ms: u64) -> u64 {
        let until = self.paused_at_ms.unwrap_or(now_ms).max(self.started_at_ms);
        (until - self.started_at_ms).saturating_sub(self.paused_ms)
    }

    /// Time left; zero once it has run out.
    pub fn remaining_ms(&self, now_ms: u64) -> u64 {
        self.duration_ms.saturating_sub(self.elapsed_ms(now_ms))
    }

    pub fn is_done(&self, now_ms: u64) -> bool {
        self.remaining_ms(now_ms) == 0
    }

    pub fn is_paused(&self) -> bool {
        self.paused_at_ms.is_some()
    }

    pub fn pause(&mut self, now_ms: u64) {
        if self.paused_at_ms.is_none() {
            self.paused_at_ms = Some(now_ms.max(self.started_at_ms));
        }
    }

    pub fn resume(&mut self, now_ms: u64) {
        if let Some(since) = self.paused_at_ms.take() {
            self.paused_ms += now_ms.saturating_sub(since);
        }
    }

    /// More time from now, e.g. "one minute more" when the talk is good — also when
    /// the time had already run out.
    pub fn extend(&mut self, ms: u64, now_ms: u64) {
        self.duration_ms = self.duration_ms.max(self.elapsed_ms(now_ms)) + ms;
    }
}

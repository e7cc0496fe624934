//! A session as one of several kept in the browser: its id, its name, and the short
//! summary the start screen lists.

use super::agenda::Phase;
use super::deck_library::slug;
use super::limits::MAX_SESSION_NAME_CHARS;
use super::session::Session;

/// The longest id a stored session may carry (ours are 16–20 characters).
const MAX_ID_CHARS: usize = 64;

/// A new session's id: the time it was made and part of its seed, so two sessions made
/// in the same millisecond still differ.
pub fn session_id(now_ms: u64, seed: u64) -> String {
    format!("{now_ms:x}-{:04x}", seed & 0xffff)
}

/// Whether `id` can name a stored session (it becomes part of a storage key).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= MAX_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// What the start screen shows about a kept session.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SessionSummary {
    pub id: String,
    /// The facilitator's name for it, or empty.
    pub name: String,
    pub core_task: String,
    pub team_names: Vec<String>,
    pub created_at_ms: u64,
    /// The agenda's current phase.
    pub phase: Phase,
    pub finished: bool,
}

impl Session {
    /// Give the session a name (trimmed, at most [`MAX_SESSION_NAME_CHARS`]); an empty name
    /// clears it.
    pub fn rename(&mut self, name: &str) {
        self.name = name.trim().chars().take(MAX_SESSION_NAME_CHARS).collect();
    }

    /// A copy to go on with separately: the same game under a new id and name.
    pub fn duplicated(&self, id: String, name: &str) -> Session {
        let mut copy = self.clone();
        copy.id = id;
        copy.rename(name);
        copy
    }

    pub fn summary(&self) -> SessionSummary {
        SessionSummary {
            id: self.id.clone(),
            name: self.name.clone(),
            core_task: self.core_task.clone(),
            team_names: self.teams.iter().map(|t| t.name.clone()).collect(),
            created_at_ms: self.created_at_ms,
            phase: self.agenda.phase(),
            finished: self.finished_at_ms.is_some(),
        }
    }
}

/// `wanted` if no kept game has that title, else `wanted (2)`, `wanted (3)` … — the
/// first free one, cut so that it still fits a name: two rows in the list never look
/// the same.
pub fn unused_title(wanted: &str, taken: &[String]) -> String {
    let fits = |base: &str, suffix: &str| {
        let room = MAX_SESSION_NAME_CHARS - suffix.chars().count();
        let base: String = base.chars().take(room).collect();
        format!("{}{suffix}", base.trim_end())
    };
    let free = |title: &String| !taken.contains(title);
    std::iter::once(fits(wanted, ""))
        .chain((2..).map(|n| fits(wanted, &format!(" ({n})"))))
        .find(free)
        .expect("some number is free")
}

impl SessionSummary {
    /// What the session is called: its name, else its core task, else nothing.
    pub fn title(&self) -> Option<&str> {
        [self.name.as_str(), self.core_task.as_str()]
            .into_iter()
            .find(|text| !text.trim().is_empty())
    }

    /// A file name for the session's export that says which game it is.
    pub fn file_name(&self) -> String {
        let words = self.title().map(slug).filter(|w| !w.is_empty());
        format!(
            "kernespillet-{}-{}.json",
            words.as_deref().unwrap_or("spil"),
            self.id
        )
    }
}

//! Turning a stored text back into a session, and refusing what does not fit.
//!
//! The browser's storage is outside our control (another app version, a hand-edited
//! file, a half-written value), so loading checks the schema version first and the
//! session's own invariants after parsing.

use super::agenda::{Agenda, Phase};
use super::deck_file::DECK_FORMAT;
use super::handleplan::ACTIVITIES;
use super::limits::{MAX_SESSION_NAME_CHARS, MAX_TEAMS, MIN_TEAMS};
use super::saved::is_valid_id;
use super::session::{board, Session, Stage, SCHEMA_VERSION};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LoadError {
    /// Not a session at all, or damaged; the parser's own words.
    Unreadable(String),
    /// Written by a newer version of the app; left untouched.
    TooNew { found: u32 },
    /// Parsed, but the game in it is impossible (a piece off the board, ...).
    Inconsistent(String),
    /// A deck file, not a session.
    IsADeck,
}

/// Every JSON text the app reads goes this one way: parsed into a `Value` first, then
/// into its type. Most texts need the `Value` anyway (their version is checked before
/// the rest is read); reading the others the same way keeps one copy of each type's
/// reading code in the wasm instead of one per kind of parser (issue 15).
pub fn read_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    serde_json::from_value(serde_json::from_str::<serde_json::Value>(text)?)
}

/// Bring an older stored session up to the current shape.
fn migrate(value: &mut serde_json::Value, from: u32) {
    if from < 2 {
        // Version 1 had no agenda: those games were being played, so they continue in
        // the play phase of a plan for their length, timed from when they began.
        // Clamped: a damaged length must not overflow the agenda's arithmetic.
        let minutes = value["duration_minutes"]
            .as_u64()
            .unwrap_or(120)
            .clamp(1, 600) as u32;
        let began = value["created_at_ms"].as_u64().unwrap_or(0);
        let mut agenda = Agenda::new(minutes, began);
        agenda.current = agenda
            .plan
            .iter()
            .position(|p| p.phase == Phase::Play)
            .unwrap_or(0);
        value["agenda"] = serde_json::to_value(agenda).expect("an agenda serialises");
    }
    if from < 3 {
        // Before version 3 only one session was kept, so it had no id: its creation
        // time names it (a second device's copy of the same game gets the same id,
        // which importing notices).
        let created = value["created_at_ms"].as_u64().unwrap_or(0);
        value["id"] = format!("{created:x}").into();
    }
    value["schema_version"] = SCHEMA_VERSION.into();
}

impl Session {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a session always serialises")
    }

    pub fn from_json(json: &str) -> Result<Session, LoadError> {
        let mut value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| LoadError::Unreadable(e.to_string()))?;
        // A deck file is the likeliest wrong file to be picked; say so plainly.
        if value.get("format").and_then(|f| f.as_str()) == Some(DECK_FORMAT) {
            return Err(LoadError::IsADeck);
        }
        let version = value
            .get("schema_version")
            .and_then(|v| v.as_u64())
            .ok_or_else(|| LoadError::Unreadable("no schema_version".into()))?;
        let version = u32::try_from(version).unwrap_or(u32::MAX);
        if version > SCHEMA_VERSION {
            return Err(LoadError::TooNew { found: version });
        }
        if version < SCHEMA_VERSION {
            if !value.is_object() {
                return Err(LoadError::Unreadable("not an object".into()));
            }
            migrate(&mut value, version);
        }
        let mut session: Session =
            serde_json::from_value(value).map_err(|e| LoadError::Unreadable(e.to_string()))?;
        session.check().map_err(LoadError::Inconsistent)?;
        // A damaged undo step is only a lost convenience; never restore it.
        if session.undo.as_ref().is_some_and(|u| !session.undo_fits(u)) {
            session.undo = None;
        }
        Ok(session)
    }

    /// The invariants every move keeps; a stored session must satisfy them too.
    fn check(&self) -> Result<(), String> {
        if !is_valid_id(&self.id) {
            return Err("its id is damaged".into());
        }
        if self.name.chars().count() > MAX_SESSION_NAME_CHARS {
            return Err("its name is too long".into());
        }
        self.agenda.check()?;
        if let Some(round) = &self.round {
            round.check()?;
        }
        if self.plan.activities.len() > ACTIVITIES {
            return Err("more than three activities".into());
        }
        if self.ideas.ideas.iter().any(|i| i.team >= self.teams.len()) {
            return Err("an idea belongs to no team".into());
        }
        if self
            .kernen_suggestions
            .keys()
            .any(|team| *team >= self.teams.len())
        {
            return Err("a suggestion belongs to no team".into());
        }
        if !(MIN_TEAMS..=MAX_TEAMS).contains(&self.teams.len()) {
            return Err(format!("{} teams", self.teams.len()));
        }
        if self.active_team >= self.teams.len() {
            return Err(format!("active team {} does not exist", self.active_team));
        }
        if let Some(team) = self.teams.iter().find(|t| !board().contains(t.position)) {
            return Err(format!("team {} stands off the board", team.name));
        }
        if let Stage::ChoosingTarget { roll } = self.stage {
            if !(1..=6).contains(&roll) {
                return Err(format!("a die cannot show {roll}"));
            }
        }
        if let Some(problem) = self.deck.problems().first() {
            return Err(format!("its deck is broken ({:?})", problem.kind));
        }
        let known = |id: &str| self.deck.card(id).is_some();
        for (kind, pile) in &self.piles.0 {
            if let Some(id) = pile.draw.iter().chain(&pile.discard).find(|id| !known(id)) {
                return Err(format!(
                    "card {id} in the {} pile is not in the deck",
                    kind.key()
                ));
            }
        }
        if let Some(card) = self.held_card_ids().into_iter().find(|id| !known(id)) {
            return Err(format!("card {card} on the table is not in the deck"));
        }
        Ok(())
    }

    /// Whether a stored undo step describes a game this session could be in.
    fn undo_fits(&self, state: &super::session::PlayState) -> bool {
        state.teams.len() == self.teams.len()
            && state.active_team < state.teams.len()
            && state.teams.iter().all(|t| board().contains(t.position))
            && state.log_len <= self.log.len()
    }

    /// Cards out of the piles right now: on the table, or a Joker being used.
    pub fn held_card_ids(&self) -> Vec<&str> {
        match &self.stage {
            Stage::Card(active) => vec![active.id.as_str()],
            Stage::ChoosingCategory { joker: Some(id) } => vec![id.as_str()],
            _ => Vec::new(),
        }
    }
}

/// Small stored values (the setup form, the language) are kept as
/// `{"schema_version": 1, "value": …}`. Version 0 was the bare value, before it carried a
/// version, and still loads.
pub const SMALL_VALUE_VERSION: u32 = 1;

#[derive(serde::Serialize, serde::Deserialize)]
struct Versioned<T> {
    schema_version: u32,
    value: T,
}

pub fn versioned_to_json<T: serde::Serialize + Clone>(value: &T) -> String {
    serde_json::to_string(&Versioned {
        schema_version: SMALL_VALUE_VERSION,
        value: value.clone(),
    })
    .expect("a plain value always serialises")
}

/// A small stored value; one from a newer version is refused (and must be left as it
/// is), anything unreadable reported.
pub fn versioned_from_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, LoadError> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| LoadError::Unreadable(e.to_string()))?;
    let version = value.get("schema_version").and_then(|v| v.as_u64());
    let parsed = match version {
        None => serde_json::from_value::<T>(value),
        Some(v) if v > u64::from(SMALL_VALUE_VERSION) => {
            return Err(LoadError::TooNew {
                found: u32::try_from(v).unwrap_or(u32::MAX),
            })
        }
        Some(_) => serde_json::from_value::<Versioned<T>>(value).map(|stored| stored.value),
    };
    parsed.map_err(|e| LoadError::Unreadable(e.to_string()))
}

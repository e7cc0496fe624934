//! Turning a stored text back into a session, and refusing what does not fit.
//!
//! The browser's storage is outside our control (another app version, a hand-edited
//! file, a half-written value), so loading checks the schema version first and the
//! session's own invariants after parsing.

use super::agenda::{Agenda, Phase};
use super::deck_file::DECK_FORMAT;
pub use super::load_error::{Broken, LoadError, Unreadable};
use super::session::{Session, Stage, SCHEMA_VERSION};

/// The version of the first released app: a stored game says at least this.
const FIRST_SCHEMA_VERSION: u32 = 1;

/// Every JSON text the app reads goes this one way: parsed into a `Value` first, then
/// into its type. Most texts need the `Value` anyway (their version is checked before
/// the rest is read); reading the others the same way keeps one copy of each type's
/// reading code in the wasm instead of one per kind of parser (issue 15).
pub fn read_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    read_value(serde_json::from_str::<serde_json::Value>(text)?).map_err(|(_, error)| error)
}

/// A parsed value as its type; on failure, also the place of the field that did not
/// fit (`teams[2].name`). The one place a `Value` becomes a type, so each type's reading
/// code is in the wasm once.
pub fn read_value<T: serde::de::DeserializeOwned>(
    value: serde_json::Value,
) -> Result<T, (String, serde_json::Error)> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let path = error.path().to_string();
        (path, error.into_inner())
    })
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
        // When its phases began was not kept.
        agenda.went.clear();
        let text = serde_json::to_string(&agenda).expect("an agenda serialises");
        value["agenda"] = serde_json::from_str(&text).expect("an agenda's text reads back");
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
        let mut value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| LoadError::Unreadable(Unreadable::from_parser(&e)))?;
        // A deck file is the likeliest wrong file to be picked; say so plainly.
        if value.get("format").and_then(|f| f.as_str()) == Some(DECK_FORMAT) {
            return Err(LoadError::IsADeck);
        }
        let version = value
            .get("schema_version")
            .and_then(|v| v.as_u64())
            .ok_or(LoadError::Unreadable(Unreadable::NotAGame))?;
        let version = u32::try_from(version).unwrap_or(u32::MAX);
        if version > SCHEMA_VERSION {
            return Err(LoadError::TooNew { found: version });
        }
        if version < FIRST_SCHEMA_VERSION {
            return Err(LoadError::TooOld { found: version });
        }
        if version < SCHEMA_VERSION {
            migrate(&mut value, version);
        }
        let as_read = value.clone();
        let mut session: Session = read_value(value)
            .map_err(|(path, _)| LoadError::Unreadable(Unreadable::field(&path)))?;
        // serde reads a struct from an array of its fields too; a file whose objects
        // became arrays is damaged, not another way of writing the same game.
        // Written as text and read back rather than by `to_value`: one serialiser for
        // the session in the wasm instead of two (issue 15).
        let canonical: serde_json::Value =
            serde_json::from_str(&session.to_json()).expect("a session's text reads back");
        same_shape(&as_read, &canonical, &mut String::new())
            .map_err(|path| LoadError::Unreadable(Unreadable::field(&path)))?;
        session.check().map_err(LoadError::Inconsistent)?;
        // A damaged undo step is only a lost convenience; never restore it.
        if session.undo.as_ref().is_some_and(|u| !session.undo_fits(u)) {
            session.undo = None;
        }
        Ok(session)
    }

    /// Whether a stored undo step describes a game this session could be in.
    fn undo_fits(&self, state: &super::session::PlayState) -> bool {
        state.teams.len() == self.teams.len()
            && state.active_team < state.teams.len()
            && state
                .teams
                .iter()
                .all(|t| super::session::board().contains(t.position))
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
    let value: serde_json::Value = serde_json::from_str(json)
        .map_err(|e| LoadError::Unreadable(Unreadable::from_parser(&e)))?;
    let version = value.get("schema_version").and_then(|v| v.as_u64());
    let parsed = match version {
        None => read_value::<T>(value),
        Some(v) if v > u64::from(SMALL_VALUE_VERSION) => {
            return Err(LoadError::TooNew {
                found: u32::try_from(v).unwrap_or(u32::MAX),
            })
        }
        Some(_) => read_value::<Versioned<T>>(value).map(|stored| stored.value),
    };
    parsed.map_err(|(path, _)| LoadError::Unreadable(Unreadable::field(&path)))
}

/// Whether `read` has an object wherever the type wrote one, and an array wherever it
/// wrote an array; `Err` is the place where it does not. Only places both have are
/// compared: fields left out for their default are not a difference.
fn same_shape(
    read: &serde_json::Value,
    canonical: &serde_json::Value,
    path: &mut String,
) -> Result<(), String> {
    use serde_json::Value;
    let at = path.len();
    let result = match (read, canonical) {
        (Value::Object(read), Value::Object(written)) => {
            written.iter().try_for_each(|(key, w)| match read.get(key) {
                Some(r) => {
                    path.truncate(at);
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                    same_shape(r, w, path)
                }
                None => Ok(()),
            })
        }
        (Value::Array(read), Value::Array(written)) => read
            .iter()
            .zip(written)
            .enumerate()
            .try_for_each(|(i, (r, w))| {
                path.truncate(at);
                path.push_str(&format!("[{i}]"));
                same_shape(r, w, path)
            }),
        (Value::Object(_) | Value::Array(_), _) | (_, Value::Object(_) | Value::Array(_)) => {
            Err(path.clone())
        }
        _ => Ok(()),
    };
    path.truncate(at);
    result
}

//! A notebook as QR codes: its values in a compact JSON array, deflated (`squeeze.rs`), written in
//! base45 (the QR code's alphanumeric characters), cut into as few parts as fit a code
//! of version 10 at error correction M (57 modules a side: a laptop camera reads it at
//! arm's length). Each part reads `KSNB1:<set>:<i>/<n>:<data>`: the version first, then
//! the set id (a hash of the whole data, so parts of two notebooks never mix and a
//! damaged set is caught), then its number.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::squeeze::{squeeze, unsqueeze, Unsqueeze};
use super::{HandoverError, Notebook, NotebookIdea, NOTEBOOK_VERSION};
use crate::model::Category;
use crate::protocol::base45;
use crate::protocol::qr;

/// The most codes one notebook may take; a larger one goes by file.
pub const MAX_PARTS: usize = 40;
/// The longest part read (a version 10 code holds 311 characters).
const MAX_PART_CHARS: usize = 1200;
/// The most a notebook's data may unpack to.
const MAX_UNPACKED_BYTES: usize = 64 * 1024;
/// How many notebooks a collector keeps apart at once while scanning.
const SETS_KEPT: usize = 4;
const PREFIX: &str = "KSNB";

/// The notebook's values in order, without their names: a JSON array.
#[derive(Serialize, Deserialize)]
#[allow(clippy::type_complexity)]
struct Packed(
    Option<String>,
    usize,
    String,
    String,
    Vec<(u32, String, Option<Category>)>,
    Vec<(u32, u32)>,
);

/// One code of a notebook, read but not yet put together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub set: String,
    /// From 1.
    pub index: usize,
    pub total: usize,
    pub data: String,
}

/// The notebook as the texts of its QR codes, in order ("part 1 of n" first).
pub fn pack(notebook: &Notebook) -> Vec<String> {
    let packed = Packed(
        notebook.game.clone(),
        notebook.team,
        notebook.team_name.clone(),
        notebook.device.clone(),
        notebook
            .ideas
            .iter()
            .map(|i| (i.n, i.text.clone(), i.category))
            .collect(),
        notebook.votes.iter().map(|(id, n)| (*id, *n)).collect(),
    );
    let json = serde_json::to_vec(&packed).expect("a notebook always serialises");
    let bytes = squeeze(&json);
    let set = set_id(&bytes);
    let data = base45::encode(&bytes);
    // Equal shares, in as few codes as fit (the data is ASCII: any cut is a character's).
    let mut wanted = data.len().div_ceil(280).max(1);
    loop {
        let share = data.len().div_ceil(wanted).max(1);
        let chunks: Vec<&str> = match data.len() {
            0 => vec![""],
            _ => (0..data.len())
                .step_by(share)
                .map(|at| &data[at..(at + share).min(data.len())])
                .collect(),
        };
        let count = chunks.len();
        let parts: Vec<String> = chunks
            .iter()
            .enumerate()
            .map(|(i, chunk)| format!("{PREFIX}{NOTEBOOK_VERSION}:{set}:{}/{count}:{chunk}", i + 1))
            .collect();
        if parts.iter().all(|p| qr::fits(p)) {
            return parts;
        }
        wanted += 1;
    }
}

/// Read one code's text as a part of a notebook: the version first.
pub fn read_part(text: &str) -> Result<Part, HandoverError> {
    if text.len() > MAX_PART_CHARS {
        return Err(HandoverError::TooLarge);
    }
    let rest = text
        .strip_prefix(PREFIX)
        .ok_or(HandoverError::NotANotebook)?;
    let mut fields = rest.splitn(4, ':');
    let version = fields.next().unwrap_or("");
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(HandoverError::NotANotebook);
    }
    match version.parse::<u32>() {
        Ok(v) if v == NOTEBOOK_VERSION => {}
        Ok(v) => return Err(HandoverError::Version(v)),
        Err(_) => return Err(HandoverError::Version(u32::MAX)),
    }
    let (Some(set), Some(place), Some(data)) = (fields.next(), fields.next(), fields.next()) else {
        return Err(HandoverError::Damaged);
    };
    let set_ok = set.len() == 8 && set.bytes().all(|b| matches!(b, b'0'..=b'9' | b'A'..=b'F'));
    let (index, total) = place
        .split_once('/')
        .and_then(|(i, n)| Some((i.parse::<usize>().ok()?, n.parse::<usize>().ok()?)))
        .ok_or(HandoverError::Damaged)?;
    if total > MAX_PARTS {
        return Err(HandoverError::TooLarge);
    }
    if !set_ok || index == 0 || index > total {
        return Err(HandoverError::Damaged);
    }
    Ok(Part {
        set: set.to_string(),
        index,
        total,
        data: data.to_string(),
    })
}

/// Put a notebook together from the texts of its codes, in any order; a code read twice
/// counts once. Says which codes are missing, and refuses codes of two notebooks.
pub fn unpack<S: AsRef<str>>(texts: &[S]) -> Result<Notebook, HandoverError> {
    let parts: Vec<Part> = texts
        .iter()
        .map(|t| read_part(t.as_ref()))
        .collect::<Result<_, _>>()?;
    let first = parts.first().ok_or(HandoverError::NotANotebook)?;
    let mut found = BTreeMap::new();
    for part in &parts {
        if part.set != first.set {
            return Err(HandoverError::Mixed);
        }
        if part.total != first.total {
            return Err(HandoverError::Damaged);
        }
        if let Some(earlier) = found.insert(part.index, &part.data) {
            if *earlier != part.data {
                return Err(HandoverError::Damaged);
            }
        }
    }
    let missing: Vec<usize> = (1..=first.total)
        .filter(|i| !found.contains_key(i))
        .collect();
    if !missing.is_empty() {
        return Err(HandoverError::Missing {
            total: first.total,
            missing,
        });
    }
    let data: String = found.into_values().map(String::as_str).collect();
    from_data(&first.set, &data)
}

fn from_data(set: &str, data: &str) -> Result<Notebook, HandoverError> {
    let bytes = base45::decode(data).ok_or(HandoverError::Damaged)?;
    if set_id(&bytes) != set {
        return Err(HandoverError::Damaged);
    }
    let json = unsqueeze(&bytes, MAX_UNPACKED_BYTES).map_err(|e| match e {
        Unsqueeze::TooLarge => HandoverError::TooLarge,
        Unsqueeze::Damaged => HandoverError::Damaged,
    })?;
    let Packed(game, team, team_name, device, ideas, votes) = std::str::from_utf8(&json)
        .ok()
        .and_then(|text| crate::model::persist::read_json(text).ok())
        .ok_or(HandoverError::Damaged)?;
    let notebook = Notebook {
        game,
        team,
        team_name,
        device,
        ideas: ideas
            .into_iter()
            .map(|(n, text, category)| NotebookIdea { n, text, category })
            .collect(),
        votes: votes.into_iter().collect(),
    };
    notebook.check().map_err(HandoverError::Invalid)?;
    Ok(notebook)
}

/// FNV-1a, 32 bits, as eight hex digits: enough to tell two notebooks apart and to
/// notice a damaged one (the codes' own error correction catches the rest).
fn set_id(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    });
    format!("{hash:08X}")
}

/// What one more code read while scanning gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scan {
    /// A code of a notebook not yet complete: how many of its codes are read.
    Partial {
        have: usize,
        total: usize,
    },
    Complete(Notebook),
}

/// Codes as a camera reads them, in any order and many times over, kept per notebook
/// until one is complete.
#[derive(Clone, Debug, Default)]
pub struct Collector {
    /// Per notebook, the most recently seen last: its set id and codes by number.
    sets: Vec<(String, BTreeMap<usize, String>)>,
}

impl Collector {
    pub fn add(&mut self, text: &str) -> Result<Scan, HandoverError> {
        let part = read_part(text)?;
        let at = self.sets.iter().position(|(set, _)| *set == part.set);
        let mut entry = match at {
            Some(at) => self.sets.remove(at),
            None => (part.set.clone(), BTreeMap::new()),
        };
        entry
            .1
            .entry(part.index)
            .or_insert_with(|| text.to_string());
        let (have, total) = (entry.1.len(), part.total);
        if have < total {
            self.sets.push(entry);
            if self.sets.len() > SETS_KEPT {
                self.sets.remove(0);
            }
            return Ok(Scan::Partial { have, total });
        }
        // Complete (or damaged beyond use): either way this set is done with.
        let texts: Vec<&String> = entry.1.values().collect();
        unpack(&texts).map(Scan::Complete)
    }

    /// How far the notebook read last has come: codes read, codes in all.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let (_, parts) = self.sets.last()?;
        let total = parts.values().next().and_then(|t| read_part(t).ok())?.total;
        Some((parts.len(), total))
    }
}

//! The live link's handshake, as two QR codes: the facilitator's window shows a join
//! code per team (its WebRTC offer, packed), the team's tablet reads it and shows its
//! answer code, the facilitator's camera reads that. With no server in between, these
//! codes are the whole signalling; they carry no game data, and a data channel opened
//! by them carries the same checked messages as the windows of one browser.
//!
//! A code is a prefix and base45 (the QR code's alphanumeric characters): a packed
//! offer with two candidates is about a hundred bytes, a QR code of version 6.

pub mod packing;
pub mod sdp;

use crate::protocol::base45;
use packing::Reader;
use sdp::Essentials;

/// Bumped when a code changes shape.
pub const CODE_VERSION: u8 = 1;
const JOIN_PREFIX: &str = "KSJ";
const ANSWER_PREFIX: &str = "KSA";
/// Longer than any code this app makes; a longer text is not looked at.
const MAX_CODE_CHARS: usize = 400;

/// The facilitator's offer for one team: read by that team's tablet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JoinCode {
    pub team: u8,
    /// Which of the team's offers this is: an answer to an older one is refused.
    pub round: u8,
    pub offer: Essentials,
}

/// A tablet's answer to a join code: read by the facilitator's camera.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerCode {
    pub team: u8,
    pub round: u8,
    pub answer: Essentials,
}

/// Why a device could not make its side of a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LiveProblem {
    /// The browser has no WebRTC.
    Unsupported,
    /// The device has no address on any network.
    NoNetwork,
    /// The browser refused, in its words.
    Failed(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    /// Some other QR code (a web address, a notebook's code).
    NotOurs,
    /// A join code where an answer was looked for, or the other way round.
    WrongKind,
    /// Made by another version of the app.
    OtherVersion(u8),
    Damaged,
}

impl JoinCode {
    pub fn to_text(&self) -> String {
        code_text(JOIN_PREFIX, self.team, self.round, &self.offer)
    }

    pub fn from_text(text: &str) -> Result<JoinCode, CodeProblem> {
        let (team, round, offer) = read_code(text, JOIN_PREFIX, ANSWER_PREFIX)?;
        Ok(JoinCode { team, round, offer })
    }
}

impl AnswerCode {
    pub fn to_text(&self) -> String {
        code_text(ANSWER_PREFIX, self.team, self.round, &self.answer)
    }

    pub fn from_text(text: &str) -> Result<AnswerCode, CodeProblem> {
        let (team, round, answer) = read_code(text, ANSWER_PREFIX, JOIN_PREFIX)?;
        Ok(AnswerCode {
            team,
            round,
            answer,
        })
    }
}

fn code_text(prefix: &str, team: u8, round: u8, essentials: &Essentials) -> String {
    let mut bytes = vec![CODE_VERSION, team, round];
    packing::write(essentials, &mut bytes);
    format!("{prefix}{}", base45::encode(&bytes))
}

fn read_code(text: &str, prefix: &str, other: &str) -> Result<(u8, u8, Essentials), CodeProblem> {
    let text = text.trim();
    let Some(data) = text.strip_prefix(prefix) else {
        return Err(if text.starts_with(other) {
            CodeProblem::WrongKind
        } else {
            CodeProblem::NotOurs
        });
    };
    if text.len() > MAX_CODE_CHARS {
        return Err(CodeProblem::Damaged);
    }
    let bytes = base45::decode(data).ok_or(CodeProblem::Damaged)?;
    let mut reader = Reader(&bytes);
    match reader.byte() {
        Some(CODE_VERSION) => {}
        Some(other) => return Err(CodeProblem::OtherVersion(other)),
        None => return Err(CodeProblem::Damaged),
    }
    let team = reader.byte().ok_or(CodeProblem::Damaged)?;
    let round = reader.byte().ok_or(CodeProblem::Damaged)?;
    let essentials = reader.essentials().ok_or(CodeProblem::Damaged)?;
    if !reader.0.is_empty() {
        return Err(CodeProblem::Damaged);
    }
    Ok((team, round, essentials))
}

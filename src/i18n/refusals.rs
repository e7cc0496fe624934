//! Why a team's request was not applied, in the tablet's own language.

use crate::model::{Lang, Refusal};

use super::{fill, game_error_text, Msg};

/// The reason, as a sentence; `turn_of` names the team whose turn it is.
pub fn refusal_text(refusal: &Refusal, turn_of: &str, lang: Lang) -> String {
    match refusal {
        Refusal::NotYourTurn => fill(Msg::RefusedNotYourTurn.get(lang), &[("team", turn_of)]),
        Refusal::NotNow => Msg::RefusedNotNow.get(lang).to_string(),
        Refusal::NoSuchTeam => Msg::RefusedNoSuchTeam.get(lang).to_string(),
        Refusal::Game { error } => game_error_text(error, lang),
    }
}

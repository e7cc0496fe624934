//! Why a stored or imported session did not open, said so a facilitator can act on it.

use crate::model::persist::LoadError;
use crate::model::Lang;

use super::{fill, Msg};

pub fn load_error_text(error: &LoadError, lang: Lang) -> String {
    match error {
        LoadError::Unreadable(detail) => fill(Msg::LoadUnreadable.get(lang), &[("detail", detail)]),
        LoadError::TooNew { found } => {
            fill(Msg::LoadTooNew.get(lang), &[("found", &found.to_string())])
        }
        LoadError::Inconsistent(detail) => {
            fill(Msg::LoadInconsistent.get(lang), &[("detail", detail)])
        }
        LoadError::IsADeck => Msg::LoadIsDeck.get(lang).to_string(),
    }
}

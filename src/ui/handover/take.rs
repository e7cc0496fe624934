//! A notebook read from codes or a file, taken into the game through the one way to
//! change it, and what came of it in words.

use leptos::prelude::*;

use crate::i18n::{game_error_text, handover_report_text, Msg};
use crate::model::Session;
use crate::protocol::handover::Notebook;
use crate::ui::state::AppState;

/// What the facilitator is told after a notebook was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Taken: what arrived, sentence by sentence.
    Taken(Vec<String>),
    /// Not taken, and why; nothing changed.
    Refused(String),
}

pub fn take(app: AppState, notebook: &Notebook) -> Outcome {
    let lang = app.lang.get_untracked();
    match app.play(|s: &mut Session| s.take_notebook(notebook)) {
        Some(report) => {
            let team = app.game(|s| {
                s.teams
                    .get(report.team)
                    .map(|t| t.name.clone())
                    .unwrap_or_default()
            });
            Outcome::Taken(handover_report_text(&report, &team, lang))
        }
        None => {
            // Said here, in the dialog, rather than behind it in the notices.
            let why = app.refused.try_update(Option::take).flatten();
            let text = why.map(|e| game_error_text(&e, lang)).unwrap_or_default();
            Outcome::Refused(
                format!("{text} {}", Msg::HandoverNothingChanged.get(lang))
                    .trim()
                    .to_string(),
            )
        }
    }
}

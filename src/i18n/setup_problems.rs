//! What stands between the setup form and a game, said so the facilitator can fix it.

use crate::model::{Lang, SetupProblem};

use super::{deck_kind_name, fill, Msg};
use crate::model::limits::{MAX_FORM_CHARS, MAX_PLAYERS, MAX_TEAM_NAME_CHARS, MIN_PLAYERS};

/// One setup problem as a sentence. Which team it is about is shown by where it stands.
pub fn setup_problem_text(problem: &SetupProblem, lang: Lang) -> String {
    match problem {
        SetupProblem::TeamCount(_) => Msg::ProblemTeamCount.get(lang).to_string(),
        SetupProblem::EmptyName { .. } => Msg::ProblemEmptyName.get(lang).to_string(),
        SetupProblem::NameTooLong { .. } => fill(
            Msg::ProblemNameTooLong.get(lang),
            &[("max", &MAX_TEAM_NAME_CHARS.to_string())],
        ),
        SetupProblem::DuplicateName { .. } => Msg::ProblemDuplicateName.get(lang).to_string(),
        SetupProblem::DuplicateColour { .. } => Msg::ProblemDuplicateColour.get(lang).to_string(),
        SetupProblem::Players { .. } => fill(
            Msg::ProblemPlayers.get(lang),
            &[
                ("min", &MIN_PLAYERS.to_string()),
                ("max", &MAX_PLAYERS.to_string()),
            ],
        ),
        SetupProblem::Duration(_) => Msg::ProblemDuration.get(lang).to_string(),
        SetupProblem::AudienceForms(_) => fill(
            Msg::ProblemAudienceForms.get(lang),
            &[("max", &MAX_FORM_CHARS.to_string())],
        ),
        SetupProblem::TooFewCards { kind, have, need } => fill(
            Msg::ProblemTooFewCards.get(lang),
            &[
                ("kind", deck_kind_name(*kind, lang)),
                ("have", &have.to_string()),
                ("need", &need.to_string()),
            ],
        ),
    }
}

//! The live link in words: why a code was not used, and why no link could be made —
//! each a complete match, so a new reason cannot go without a sentence.

use crate::model::Lang;
use crate::protocol::live::{CodeProblem, LiveProblem};

use super::{fill, Msg};

/// Which code the camera was looking for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookingFor {
    /// The tablet looks for its team's join code.
    JoinCode,
    /// The facilitator's camera looks for a tablet's answer.
    Answer,
}

pub fn code_problem_text(
    problem: &CodeProblem,
    looking_for: LookingFor,
    lang: Lang,
) -> &'static str {
    match (problem, looking_for) {
        (CodeProblem::NotOurs, _) => Msg::CodeNotOurs,
        (CodeProblem::WrongKind, LookingFor::Answer) => Msg::CodeJoinNotAnswer,
        (CodeProblem::WrongKind, LookingFor::JoinCode) => Msg::CodeAnswerNotJoin,
        (CodeProblem::OtherVersion(_), _) => Msg::CodeOtherVersion,
        (CodeProblem::Damaged, _) => Msg::CodeDamaged,
    }
    .get(lang)
}

/// Why this device could not make its side of the link, as the end of a sentence.
pub fn live_problem_text(problem: &LiveProblem, lang: Lang) -> String {
    match problem {
        LiveProblem::Unsupported => Msg::LiveUnsupported.get(lang).to_string(),
        LiveProblem::NoNetwork => Msg::LiveNoNetwork.get(lang).to_string(),
        LiveProblem::Failed(reason) => fill(Msg::LiveFailed.get(lang), &[("reason", reason)]),
    }
}

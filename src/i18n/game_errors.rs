//! Why a move was refused, as a sentence that stands on its own: after the notice's
//! lead-in on the facilitator's screen, or alone on a team's tablet.

use crate::model::{
    AgendaError, GameError, IdeaError, Lang, Phase, PlanError, PlanProblem, RoundError,
};

use super::{deck_kind_name, fill, phase_name, pick, plan_problem_text, Msg};
use crate::model::limits::{MAX_IDEAS, MAX_IDEA_CHARS, MAX_PHASE_MINUTES};

/// The reason a move was refused, in words the facilitator and the teams can act on.
pub fn game_error_text(error: &GameError, lang: Lang) -> String {
    match error {
        GameError::WrongStage => Msg::RefusedWrongStage.get(lang).to_string(),
        GameError::Unreachable(field) => fill(
            Msg::RefusedUnreachable.get(lang),
            &[("n", &(usize::from(field.0) + 1).to_string())],
        ),
        GameError::NoCards(kind) => fill(
            Msg::RefusedNoCards.get(lang),
            &[("kind", deck_kind_name(*kind, lang))],
        ),
        GameError::NotPlaying => fill(
            Msg::RefusedNotPlaying.get(lang),
            &[("phase", phase_name(Phase::Play, lang))],
        ),
        GameError::NothingToUndo => Msg::RefusedNothingToUndo.get(lang).to_string(),
        GameError::Round(error) => round_error_text(error, lang),
        GameError::Idea(error) => idea_error_text(error, lang),
        GameError::Agenda(error) => agenda_error_text(error, lang),
        GameError::Plan(error) => plan_error_text(error, lang),
        GameError::Unfinished(problems) => unfinished_text(problems, lang),
        GameError::Handover(refused) => super::handover_refused_text(refused, lang),
    }
}

fn round_error_text(error: &RoundError, lang: Lang) -> String {
    match error {
        RoundError::WrongStage => Msg::RefusedRoundStep.get(lang).to_string(),
        RoundError::PassUsed => Msg::PassUsed.get(lang).to_string(),
        RoundError::LeaderCannotPass => Msg::RefusedLeaderCannotPass.get(lang).to_string(),
    }
}

fn idea_error_text(error: &IdeaError, lang: Lang) -> String {
    match error {
        IdeaError::Empty => Msg::IdeaEmpty.get(lang).to_string(),
        IdeaError::TooLong => fill(
            Msg::RefusedIdeaTooLong.get(lang),
            &[("max", &MAX_IDEA_CHARS.to_string())],
        ),
        IdeaError::UnknownIdea(_) => Msg::RefusedUnknownIdea.get(lang).to_string(),
        IdeaError::NoVotesLeft => Msg::RefusedNoVotesLeft.get(lang).to_string(),
        IdeaError::NoVoteToRemove => Msg::RefusedNoVoteToRemove.get(lang).to_string(),
        IdeaError::TooFewToGroup => Msg::RefusedTooFewToGroup.get(lang).to_string(),
        IdeaError::BankFull => fill(
            pick(
                lang,
                "Idébanken er fuld ({max} idéer). Saml nogle af dem i grupper, eller slet dem, I ikke skal bruge.",
                "The idea bank is full ({max} ideas). Group some of them, or delete those you will not use.",
            ),
            &[("max", &MAX_IDEAS.to_string())],
        ),
    }
}

fn agenda_error_text(error: &AgendaError, lang: Lang) -> String {
    match error {
        AgendaError::AtTheEnd => Msg::ClickerLastPhase.get(lang).to_string(),
        AgendaError::AlreadyStarted(phase) => fill(
            Msg::RefusedPhaseStarted.get(lang),
            &[("phase", phase_name(*phase, lang))],
        ),
        AgendaError::Minutes(_) => fill(
            Msg::RefusedPhaseMinutes.get(lang),
            &[("max", &MAX_PHASE_MINUTES.to_string())],
        ),
    }
}

fn plan_error_text(error: &PlanError, lang: Lang) -> String {
    match error {
        PlanError::Full => Msg::PlanFull.get(lang).to_string(),
        PlanError::NoSuchActivity(_) => Msg::RefusedNoSuchActivity.get(lang).to_string(),
    }
}

/// What the plan still lacks before the game can be finished, every problem said.
fn unfinished_text(problems: &[PlanProblem], lang: Lang) -> String {
    let problems: Vec<String> = problems
        .iter()
        .map(|p| plan_problem_text(p, lang))
        .collect();
    fill(
        Msg::RefusedUnfinished.get(lang),
        &[("problems", &problems.join(" "))],
    )
    .trim_end()
    .to_string()
}

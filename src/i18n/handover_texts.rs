//! The handover in words: why codes or a file were not a notebook, why a notebook was
//! not taken, and what one brought — each a complete match, so a new reason cannot go
//! without a sentence.

use crate::model::team::piece_letter;
use crate::model::{Ballot, BallotRefused, HandoverRefused, HandoverReport, Lang, NotebookError};
use crate::protocol::handover::{HandoverError, NotebookProblem};

use super::{fill, Msg};
use crate::model::limits::{MAX_IDEA_CHARS, MAX_NOTEBOOK_IDEAS, MAX_TEAMS, MAX_TEAM_NAME_CHARS};

/// Why codes or a file could not be read as a notebook.
pub fn handover_error_text(error: &HandoverError, lang: Lang) -> String {
    match error {
        HandoverError::NotANotebook => Msg::HandoverNotANotebook.get(lang).to_string(),
        HandoverError::Version(v) => fill(
            Msg::HandoverVersion.get(lang),
            &[("version", &v.to_string())],
        ),
        HandoverError::TooLarge => Msg::HandoverTooLarge.get(lang).to_string(),
        HandoverError::Damaged => Msg::HandoverDamaged.get(lang).to_string(),
        HandoverError::Mixed => Msg::HandoverMixed.get(lang).to_string(),
        HandoverError::Missing { total, missing } => {
            let numbers: Vec<String> = missing.iter().map(usize::to_string).collect();
            let and = format!(" {} ", Msg::HandoverAnd.get(lang));
            let listed = match numbers.split_last() {
                Some((last, [])) => last.clone(),
                Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
                None => String::new(),
            };
            fill(
                Msg::HandoverMissing.get(lang),
                &[("missing", &listed), ("total", &total.to_string())],
            )
        }
        HandoverError::Invalid(problem) => notebook_problem_text(problem, lang),
    }
}

fn notebook_problem_text(problem: &NotebookProblem, lang: Lang) -> String {
    match problem {
        NotebookProblem::Team => Msg::HandoverBadTeam.get(lang).to_string(),
        NotebookProblem::TeamName => fill(
            Msg::HandoverBadTeamName.get(lang),
            &[("max", &MAX_TEAM_NAME_CHARS.to_string())],
        ),
        NotebookProblem::Device => Msg::HandoverBadDevice.get(lang).to_string(),
        NotebookProblem::Game => Msg::HandoverBadGame.get(lang).to_string(),
        NotebookProblem::TooManyIdeas => fill(
            Msg::HandoverTooManyIdeas.get(lang),
            &[("max", &MAX_NOTEBOOK_IDEAS.to_string())],
        ),
        NotebookProblem::IdeaNumber(n) => fill(
            Msg::HandoverBadIdeaNumber.get(lang),
            &[("n", &n.to_string())],
        ),
        NotebookProblem::IdeaText(n) => fill(
            Msg::HandoverBadIdeaText.get(lang),
            &[("n", &n.to_string()), ("max", &MAX_IDEA_CHARS.to_string())],
        ),
        NotebookProblem::Votes => Msg::HandoverBadVotes.get(lang).to_string(),
    }
}

/// Why the game did not take a notebook.
pub fn handover_refused_text(refused: &HandoverRefused, lang: Lang) -> String {
    match refused {
        HandoverRefused::OtherGame => Msg::HandoverOtherGame.get(lang).to_string(),
        HandoverRefused::NoSuchTeam(team) => fill(
            Msg::HandoverNoSuchTeam.get(lang),
            &[("letter", &piece_letter((*team).min(MAX_TEAMS - 1)))],
        ),
    }
}

/// What a notebook brought, sentence by sentence; `team` is the game's name for it.
pub fn handover_report_text(report: &HandoverReport, team: &str, lang: Lang) -> Vec<String> {
    let new = match report.new_ideas {
        0 => fill(Msg::HandoverNoneNew.get(lang), &[("team", team)]),
        1 => fill(Msg::HandoverNewOne.get(lang), &[("team", team)]),
        n => fill(
            Msg::HandoverNew.get(lang),
            &[("n", &n.to_string()), ("team", team)],
        ),
    };
    let known = match report.known_ideas {
        0 => None,
        1 => Some(Msg::HandoverKnownOne.get(lang).to_string()),
        n => Some(fill(Msg::HandoverKnown.get(lang), &[("n", &n.to_string())])),
    };
    let mut sentences = vec![match known {
        Some(known) => format!("{new}, {known}."),
        None => format!("{new}."),
    }];
    sentences.extend(ballot_text(&report.ballot, lang));
    if let Some(name) = &report.named {
        sentences.push(fill(Msg::HandoverNamed.get(lang), &[("name", name)]));
    }
    sentences
}

fn ballot_text(ballot: &Ballot, lang: Lang) -> Option<String> {
    match ballot {
        Ballot::None => None,
        Ballot::Taken(n) => Some(fill(
            Msg::HandoverVotesTaken.get(lang),
            &[("n", &n.to_string())],
        )),
        Ballot::Refused(BallotRefused::NotIdeaBank) => {
            Some(Msg::HandoverVotesNotNow.get(lang).to_string())
        }
        Ballot::Refused(BallotRefused::TooMany { dots, allowance }) => Some(fill(
            Msg::HandoverVotesTooMany.get(lang),
            &[
                ("allowance", &allowance.to_string()),
                ("dots", &dots.to_string()),
            ],
        )),
        Ballot::Refused(BallotRefused::UnknownIdea(_)) => {
            Some(Msg::HandoverVotesUnknown.get(lang).to_string())
        }
    }
}

/// Why the notebook on the team's device did not take a change.
pub fn notebook_error_text(error: &NotebookError, lang: Lang) -> String {
    match error {
        NotebookError::Empty => Msg::IdeaEmpty.get(lang).to_string(),
        NotebookError::TooLong => fill(
            Msg::RefusedIdeaTooLong.get(lang),
            &[("max", &MAX_IDEA_CHARS.to_string())],
        ),
        NotebookError::Full => fill(
            Msg::NotebookFull.get(lang),
            &[("max", &MAX_NOTEBOOK_IDEAS.to_string())],
        ),
        NotebookError::NoSuchIdea(_) => Msg::RefusedUnknownIdea.get(lang).to_string(),
        NotebookError::NoDotsLeft => Msg::RefusedNoVotesLeft.get(lang).to_string(),
    }
}

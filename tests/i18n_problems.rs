//! Every problem and refusal the model can report has a sentence in both languages,
//! with every placeholder filled; the sentences shown before they moved to `i18n` read
//! as they did.
#![cfg(not(target_arch = "wasm32"))]

use kernespillet::i18n::{
    game_error_text, plan_problem_text, session_title, setup_problem_text, storage_notice_text,
};
use kernespillet::model::persist::LoadError;
use kernespillet::model::{
    ActivityField, AgendaError, Category, DeckKind, FieldId, GameError, HandoverRefused, IdeaError,
    Lang, Phase, PlanError, PlanProblem, RoundError, SessionSummary, SetupProblem,
};
use kernespillet::storage::StorageNotice;

fn setup_problems() -> Vec<SetupProblem> {
    vec![
        SetupProblem::TeamCount(7),
        SetupProblem::EmptyName { team: 0 },
        SetupProblem::NameTooLong { team: 0 },
        SetupProblem::DuplicateName { team: 1 },
        SetupProblem::DuplicateColour { team: 1 },
        SetupProblem::Players { team: 2 },
        SetupProblem::Duration(500),
        SetupProblem::TooFewCards {
            kind: DeckKind::Category(Category::Kernen),
            have: 2,
            need: 5,
        },
    ]
}

fn plan_problems() -> Vec<PlanProblem> {
    vec![
        PlanProblem::Count(2),
        PlanProblem::Missing {
            activity: 2,
            field: ActivityField::Owner,
        },
        PlanProblem::BadDate { activity: 1 },
        PlanProblem::TooLong { activity: 3 },
        PlanProblem::FollowUp,
    ]
}

fn summary(name: &str) -> SessionSummary {
    SessionSummary {
        id: "x".into(),
        name: name.into(),
        core_task: String::new(),
        team_names: Vec::new(),
        created_at_ms: 0,
        phase: Phase::Play,
        finished: false,
    }
}

fn storage_notices() -> Vec<StorageNotice> {
    vec![
        StorageNotice::Restored(summary("Fredag")),
        StorageNotice::NotRestored(LoadError::IsADeck),
        StorageNotice::StorageFull,
        StorageNotice::SaveFailed("QuotaExceededError".into()),
        StorageNotice::DecksNotOpened(2),
        StorageNotice::NewerVersionKept,
    ]
}

fn game_errors() -> Vec<GameError> {
    vec![
        GameError::WrongStage,
        GameError::Unreachable(FieldId(11)),
        GameError::NoCards(DeckKind::Joker),
        GameError::NotPlaying,
        GameError::NothingToUndo,
        GameError::Round(RoundError::WrongStage),
        GameError::Round(RoundError::PassUsed),
        GameError::Round(RoundError::LeaderCannotPass),
        GameError::Idea(IdeaError::Empty),
        GameError::Idea(IdeaError::TooLong),
        GameError::Idea(IdeaError::UnknownIdea(4)),
        GameError::Idea(IdeaError::NoVotesLeft),
        GameError::Idea(IdeaError::NoVoteToRemove),
        GameError::Idea(IdeaError::TooFewToGroup),
        GameError::Agenda(AgendaError::AtTheEnd),
        GameError::Agenda(AgendaError::AlreadyStarted(Phase::Break)),
        GameError::Agenda(AgendaError::Minutes(0)),
        GameError::Plan(PlanError::Full),
        GameError::Plan(PlanError::NoSuchActivity(5)),
        GameError::Unfinished(plan_problems()),
        GameError::Handover(HandoverRefused::OtherGame),
        GameError::Handover(HandoverRefused::NoSuchTeam(3)),
    ]
}

/// A finished sentence: something to read, no `{placeholder}` left, ending as a sentence.
fn assert_sentence(text: &str, what: &str) {
    assert!(!text.trim().is_empty(), "{what}: empty");
    assert!(
        !text.contains('{') && !text.contains('}'),
        "{what}: unfilled: {text}"
    );
    assert!(text.ends_with('.'), "{what}: not a sentence: {text}");
}

#[test]
fn every_problem_and_refusal_is_a_filled_sentence_in_both_languages() {
    for lang in Lang::ALL {
        for p in setup_problems() {
            assert_sentence(&setup_problem_text(&p, lang), &format!("{p:?}"));
        }
        for p in plan_problems() {
            assert_sentence(&plan_problem_text(&p, lang), &format!("{p:?}"));
        }
        for n in storage_notices() {
            assert_sentence(&storage_notice_text(&n, lang), &format!("{n:?}"));
        }
        for e in game_errors() {
            assert_sentence(&game_error_text(&e, lang), &format!("{e:?}"));
        }
    }
}

#[test]
fn each_refusal_gives_its_own_reason() {
    for lang in Lang::ALL {
        let mut seen = std::collections::BTreeSet::new();
        for e in game_errors() {
            assert!(
                seen.insert(game_error_text(&e, lang)),
                "{e:?} says what another says"
            );
        }
    }
}

#[test]
fn sentences_moved_from_the_screens_read_as_before() {
    let da = Lang::Da;
    let text = |p: SetupProblem| setup_problem_text(&p, da);
    assert_eq!(
        text(SetupProblem::NameTooLong { team: 0 }),
        "Navnet må højst være 24 tegn."
    );
    assert_eq!(
        text(SetupProblem::Players { team: 0 }),
        "Et hold skal have mellem 1 og 10 spillere."
    );
    assert_eq!(
        text(SetupProblem::TeamCount(1)),
        "Der skal være mellem 2 og 6 hold."
    );
    assert_eq!(
        plan_problem_text(
            &PlanProblem::Missing {
                activity: 2,
                field: ActivityField::Owner
            },
            da
        ),
        "Aktivitet 2 mangler »Ejer«."
    );
    assert_eq!(session_title(&summary(""), da), "Spil uden navn");
    assert_eq!(
        storage_notice_text(&StorageNotice::DecksNotOpened(2), da),
        "Gemte kortsæt, der ikke kunne åbnes: 2. De er lagt til side, så intet er slettet."
    );
}

#[test]
fn a_refusal_says_why_in_plain_words() {
    assert_eq!(
        game_error_text(&GameError::Unreachable(FieldId(11)), Lang::Da),
        "Brikken kan ikke nå felt 12 med det, holdet slog. Vælg et af de markerede felter."
    );
    assert_eq!(
        game_error_text(&GameError::NotPlaying, Lang::En),
        "Rolling and moving only happen in the “Play” phase."
    );
    let unfinished = game_error_text(
        &GameError::Unfinished(vec![PlanProblem::FollowUp]),
        Lang::Da,
    );
    assert_eq!(
        unfinished,
        "Spillet kan først afsluttes, når planen er færdig. Vælg en dato for opfølgning."
    );
}

#[test]
fn every_handover_problem_and_report_is_a_filled_sentence() {
    use kernespillet::i18n::{handover_error_text, handover_report_text};
    use kernespillet::model::{Ballot, BallotRefused, HandoverReport};
    use kernespillet::protocol::handover::{HandoverError, NotebookProblem};
    let errors = [
        HandoverError::NotANotebook,
        HandoverError::Version(2),
        HandoverError::TooLarge,
        HandoverError::Damaged,
        HandoverError::Mixed,
        HandoverError::Missing {
            total: 3,
            missing: vec![2],
        },
        HandoverError::Invalid(NotebookProblem::Team),
        HandoverError::Invalid(NotebookProblem::TeamName),
        HandoverError::Invalid(NotebookProblem::Device),
        HandoverError::Invalid(NotebookProblem::Game),
        HandoverError::Invalid(NotebookProblem::TooManyIdeas),
        HandoverError::Invalid(NotebookProblem::IdeaNumber(0)),
        HandoverError::Invalid(NotebookProblem::IdeaText(4)),
        HandoverError::Invalid(NotebookProblem::Votes),
    ];
    let ballots = [
        Ballot::None,
        Ballot::Taken(5),
        Ballot::Refused(BallotRefused::NotIdeaBank),
        Ballot::Refused(BallotRefused::TooMany {
            dots: 9,
            allowance: 6,
        }),
        Ballot::Refused(BallotRefused::UnknownIdea(3)),
    ];
    for lang in Lang::ALL {
        let mut seen = std::collections::BTreeSet::new();
        for e in &errors {
            let text = handover_error_text(e, lang);
            assert_sentence(&text, &format!("{e:?}"));
            assert!(seen.insert(text), "{e:?} says what another says");
        }
        for (i, ballot) in ballots.iter().enumerate() {
            let report = HandoverReport {
                team: 0,
                new_ideas: i,
                known_ideas: 2 - i.min(2),
                ballot: ballot.clone(),
                named: (i == 1).then(|| "Ravnene".to_string()),
            };
            for sentence in handover_report_text(&report, "Uglerne", lang) {
                assert_sentence(&sentence, &format!("{report:?}"));
            }
        }
    }
}

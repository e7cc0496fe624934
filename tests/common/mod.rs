//! Shared helpers for the native model tests.
#![allow(dead_code)]

use kernespillet::model::export::{ExportLabels, ReportLabels};
use kernespillet::model::{
    Category, Deck, GameSetup, Lang, Phase, Session, TeamColour, TeamSetup, STANDARD_DECK_ID,
};

pub const STANDARD_DECK: &str = include_str!("../../assets/decks/standard.json");

pub fn standard_deck() -> Deck {
    kernespillet::model::standard_deck().clone()
}

pub fn setup(teams: usize) -> GameSetup {
    GameSetup {
        teams: (0..teams)
            .map(|i| TeamSetup {
                name: format!("Hold {}", i + 1),
                colour: TeamColour::ALL[i],
                players: 2,
            })
            .collect(),
        core_task: "Vi hjælper borgerne til at klare sig selv.".into(),
        duration_minutes: None,
        deck_id: STANDARD_DECK_ID.into(),
        cards_off: Default::default(),
        audience: Default::default(),
    }
}

/// A fixed "now" early in a session, in milliseconds since the Unix epoch.
pub const NOW: u64 = 1_700_000_000_000;

/// A new session, moved on from the opening and the pride round to play.
pub fn new_session(teams: usize, seed: u64) -> Session {
    let mut session = Session::new(&setup(teams), &standard_deck(), seed, NOW).unwrap();
    session.advance_phase(NOW).unwrap();
    session.advance_phase(NOW).unwrap();
    session
}

/// Play one move, choosing the `pick`-th option wherever there is a choice.
/// Returns false if the session was already finished with its options.
pub fn step(session: &mut Session, pick: usize) {
    use kernespillet::model::{Category, Stage};
    match session.stage.clone() {
        Stage::AwaitingRoll => {
            session.roll().unwrap();
        }
        Stage::ChoosingTarget { .. } => {
            let targets = session.targets();
            session.move_to(targets[pick % targets.len()], NOW).unwrap();
        }
        Stage::ChoosingCategory { .. } => {
            session
                .choose_category(Category::ALL[pick % Category::ALL.len()], NOW)
                .unwrap();
        }
        Stage::Card(_) => session.complete_card().unwrap(),
    }
}

/// The exports' Danish words, written out here so a test reads the file it expects.
pub fn export_labels() -> ExportLabels<'static> {
    ExportLabels {
        title: "Handleplan",
        core_task: "Kerneopgave",
        core_task_opening: "Kerneopgave ved start",
        follow_up: "Opfølgning",
        activity: "Aktivitet",
        what: "Hvad",
        why: "Hvorfor",
        category: "Kategori",
        owner: "Ejer",
        first_step: "Første skridt",
        deadline: "Deadline",
        measure: "Hvordan ved vi, at det virker?",
        category_name: &|c| match c {
            Category::Kernen => "Kernen",
            _ => "Andet",
        },
        report: ReportLabels {
            lang: Lang::Da,
            time: "Sådan gik tiden",
            phase: "Fase",
            planned: "Planlagt",
            used: "Brugt",
            minutes: "min.",
            skipped: "sprunget over",
            teams: "Hvert hold",
            team: "Hold",
            cards: "Kort",
            ideas: "Idéer",
            wedges: "Stykker",
            categories: "Idéer pr. kategori",
            vote: "Afstemningen",
            votes: "Stemmer",
            became: "Blev til",
            talked: "Kortene I talte om",
            phase_name: &|p| match p {
                Phase::Play => "Spil",
                _ => "Anden fase",
            },
        },
    }
}

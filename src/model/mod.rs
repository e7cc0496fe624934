//! The whole game as pure Rust: no leptos, no web_sys, no js_sys. Everything here runs
//! under a native `cargo test`.

pub mod agenda;
pub mod audience;
pub mod board;
pub mod card_round;
pub mod category;
pub mod deck;
pub mod deck_file;
pub mod deck_library;
mod deck_ref;
pub mod export;
pub mod handleplan;
pub mod handover;
pub mod ideas;
pub mod lang;
pub mod moves;
pub mod notebook;
pub mod persist;
pub mod piles;
pub mod rng;
pub mod room_view;
pub mod saved;
pub mod session;
mod session_flow;
pub mod shown_card;
pub mod team;
pub mod team_request;
pub mod timer;

pub use agenda::{Agenda, AgendaError, Phase, PhasePlan};
pub use audience::{fill_placeholders, Audience, DanishForms, EnglishWord, Form, OwnWord};
pub use board::{Board, FieldId, FieldKind, FieldPlace};
pub use card_round::{CardRound, CardTimings, RoundError, RoundStage, Speaker};
pub use category::{Category, DeckKind};
pub use deck::{
    Card, CardForm, Deck, DeckProblem, DeckProblemKind, ProblemAt, TextField, MAX_HINT_CHARS,
    MAX_TEXT_CHARS,
};
pub use deck_library::{standard_deck, Clash, DeckLibrary, EditRefused, STANDARD_DECK_ID};
pub use handleplan::{Activity, ActivityField, Handleplan, PlanError, PlanProblem, ACTIVITIES};
pub use handover::{Ballot, BallotRefused, HandoverRefused, HandoverReport};
pub use ideas::{Idea, IdeaBank, IdeaError};
pub use lang::{Lang, LocalText};
pub use notebook::{BallotIdea, NotebookBallot, NotebookDraft, NotebookError};
pub use piles::{Pile, Piles};
pub use room_view::RoomView;
pub use saved::{SessionSummary, MAX_NAME_CHARS};
pub use session::{board, ActiveCard, Event, GameError, PlayState, Session, Stage};
pub use session_flow::{MAX_CORE_TASK_CHARS, MAX_NOTES_CHARS};
pub use team::{GameSetup, PieceShape, SetupProblem, Team, TeamColour, TeamSetup};
pub use team_request::{Applied, Refusal, TeamMay, TeamRequest};
pub use timer::Timer;

//! Leptos components, a folder per screen. They render model state and call model
//! methods; the rules live in `crate::model`.
//!
//! `state` is the app's state and the one way to read and change the game; `shell` is
//! what stays around every screen; `saved`, `setup`, `decks` and `play` are the screens;
//! `room` the projector's window and tab ownership; `notebook` a team's notebook on a
//! device with no network and `handover` the facilitator's side of taking it in; `widgets` the small shared pieces;
//! `browser` the browser around the game (keys, display, clock, files, offline).

mod app;
mod browser;
mod decks;
mod handover;
mod live;
mod notebook;
mod play;
mod print;
mod replay;
mod report;
mod room;
mod saved;
mod setup;
mod shell;
mod state;
mod tablet;
mod widgets;

pub use app::App;
pub use browser::keys::{command_for, KeyCommand, KeyTarget};
pub use browser::offline::register_service_worker;
pub use decks::DeckScreen;
pub use play::board::Board;
pub use play::turn::card_table::CardTable;
pub use play::turn::TurnPanel;
pub use state::{AppState, Loaded, Role, Screen, Watching};

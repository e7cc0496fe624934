//! Leptos components: one screen or widget per file. They render model state and call
//! model methods; the rules live in `crate::model`.

mod announcer;
mod app;
mod board;
mod card_view;
mod confirm_dialog;
mod deck_loader;
mod die;
mod focus;
mod geometry;
mod header;
mod icons;
mod notices;
mod palette;
mod piece_badge;
mod play_screen;
mod setup_screen;
mod state;
mod teams_panel;
mod turn_panel;

pub use app::App;
pub use board::Board;
pub use state::{AppState, DeckState};
pub use turn_panel::TurnPanel;

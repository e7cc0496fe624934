//! Leptos components: one screen or widget per file. They render model state and call
//! model methods; the rules live in `crate::model`.

mod announcer;
mod app;
mod board;
mod card_editor;
mod card_preview;
mod card_view;
mod clock;
mod confirm_dialog;
mod deck_actions;
mod deck_card_row;
mod deck_cards;
mod deck_chooser;
mod deck_import;
mod deck_screen;
mod deck_screen_state;
mod deck_summary;
mod die;
mod file_io;
mod focus;
mod geometry;
mod header;
mod icons;
mod modal;
mod notices;
mod palette;
mod piece_badge;
mod play_screen;
mod problem_list;
mod setup_screen;
mod state;
mod teams_panel;
mod turn_panel;

pub use app::App;
pub use board::Board;
pub use deck_screen::DeckScreen;
pub use state::{AppState, Loaded};
pub use turn_panel::TurnPanel;

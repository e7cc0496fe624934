//! KerneSpillet: a Danish dialogue board game about a team's core task.
//!
//! `model` is the game as pure Rust; `storage` is the only code touching
//! localStorage; `ui` renders the model with Leptos; `i18n` holds every string.

pub mod i18n;
pub mod js_error;
pub mod model;
pub mod protocol;
pub mod storage;
pub mod ui;

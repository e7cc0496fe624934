//! The other windows of a game: the projector's window and the channel that feeds it,
//! which tab owns a game, and what the room sees in the phases worked in forms.

pub mod audience_views;
pub mod ownership;
pub mod presenter;
pub mod projector_app;

//! The other windows of a game: the projector's window and the channel between it and
//! the window that owns the game (`link` on the owner's side, `follow` on the
//! projector's), which tab owns a game, and what the room sees in the phases the
//! facilitator works in with forms.

pub mod audience_views;
pub mod builds;
pub mod channel;
pub mod follow;
pub mod link;
pub mod other_build;
pub mod other_version;
pub mod ownership;
pub mod projector_app;
pub mod tablets;
pub mod transport;

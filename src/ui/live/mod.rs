//! The live link between devices, with no server: the facilitator's window and each
//! team's tablet connect by WebRTC over the room's network, after a handshake of two QR
//! codes (the join code on the facilitator's screen, the answer on the tablet's). The
//! link carries the same checked messages as the windows of one browser.

pub mod connect_dialog;
pub mod guest;
pub mod host;
pub mod join_panel;
pub mod link_status;
pub mod peer;
pub mod peer_link;

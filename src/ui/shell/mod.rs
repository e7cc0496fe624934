//! What stays around every screen: the header, notices about storage and refused
//! moves, the banner of a watching tab, the screen-reader announcer, the key overview,
//! the dark screen and the quiet hint after a key that had nothing to do.

pub mod announcer;
pub mod blank_screen;
pub mod header;
pub mod notices;
pub mod quiet_note;
pub mod shortcuts;
pub mod watching_banner;

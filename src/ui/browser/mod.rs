//! The browser around the game: keys and clickers, fullscreen and the wake lock,
//! focus, the clock, the camera, files in and out, the offline worker and persistent
//! storage.

pub mod camera;
pub mod clock;
pub mod display;
pub mod file_io;
pub mod focus;
pub mod keys;
pub mod offline;
pub mod persistence;
pub mod soon;
pub mod timing;

//! Which screen shows while no game is being played, and where the print view goes
//! back to.

/// Which screen shows while no game is being played.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The saved sessions, to resume, rename, copy, export or delete.
    Start,
    Setup,
    Decks,
    /// The print-and-play sheets; back goes to the screen they were opened from.
    Print {
        from: PrintFrom,
    },
}

/// The screens the print view is opened from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintFrom {
    Setup,
    Decks,
}

impl PrintFrom {
    pub fn screen(self) -> Screen {
        match self {
            PrintFrom::Setup => Screen::Setup,
            PrintFrom::Decks => Screen::Decks,
        }
    }
}

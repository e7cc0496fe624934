//! What a window is to the game it shows. One game has one writer, the facilitator's
//! window that owns it; every other window shows it and changes nothing. Whatever would
//! change the game — a move, a clicker step, the clock's tick, a save, serving the
//! projector, asking to keep storage — asks `writes()`; what a window shows asks
//! `sees_private()`, `shows_controls()` or `faces_room()`. Nothing else decides it.

/// Why a tab only watches the game it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Watching {
    /// Another tab had it open first.
    OpenElsewhere,
    /// Another tab took it over from this one.
    TakenOver,
}

/// A window's part in the game it shows. A team's tablet will be one more variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The facilitator's window that owns the game (or, with no game open, the window
    /// setting one up): the only one that changes and saves it.
    Facilitator,
    /// A tab showing a game another tab owns: it follows the owner's saves.
    Watching(Watching),
    /// The projector's window: the room's view of a game, sent by its owner.
    Projector,
    /// A team's tablet: the room's view with what its team may do (once it has chosen
    /// its team); each step it takes is asked of the facilitator's window.
    Tablet { team: Option<usize> },
}

impl Role {
    /// May this window change the game, save it, run its clock, serve the windows that
    /// show it, and ask the browser to keep what is stored?
    pub fn writes(self) -> bool {
        matches!(self, Role::Facilitator)
    }

    /// Does this window hold the whole game, the facilitator's notes, the cards' hints
    /// and the next card in each pile included? The room never does.
    pub fn sees_private(self) -> bool {
        matches!(self, Role::Facilitator | Role::Watching(_))
    }

    /// Does it show the facilitator's buttons and forms? A watching tab shows them
    /// (inert, to take the game over from); the projector and a tablet show none (a
    /// tablet has its team's own, by what the team may do).
    pub fn shows_controls(self) -> bool {
        matches!(self, Role::Facilitator | Role::Watching(_))
    }

    /// Does it show the facilitator's controls without being allowed to use them? Then
    /// they are inert (a watching tab, until it takes the game over).
    pub fn controls_inert(self) -> bool {
        self.shows_controls() && !self.writes()
    }

    /// Is this window what the room looks at whatever else is open? (The facilitator's
    /// window is too, but only while no projector window is open.)
    pub fn faces_room(self) -> bool {
        matches!(self, Role::Projector)
    }

    /// The team a tablet plays for, once chosen.
    pub fn team(self) -> Option<usize> {
        match self {
            Role::Tablet { team } => team,
            _ => None,
        }
    }

    /// Why the window only watches, if it does.
    pub fn watching(self) -> Option<Watching> {
        match self {
            Role::Watching(why) => Some(why),
            _ => None,
        }
    }
}

//! Why a stored or imported game did not open, as data: the messages are made from it
//! in the facilitator's language (`i18n/load_errors.rs`), so no parser's English and no
//! long value ever reaches the screen. Any value carried here is already cut to
//! [`MAX_QUOTED_CHARS`](super::limits::MAX_QUOTED_CHARS).

use super::limits::quoted;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LoadError {
    /// Not a saved game, or damaged so that it cannot be read.
    Unreadable(Unreadable),
    /// Written by a newer version of the app; left untouched.
    TooNew { found: u32 },
    /// Says it is older than the first version ever released: not one of ours.
    TooOld { found: u32 },
    /// Read, but the game in it is impossible (a piece off the board, a lost card...).
    Inconsistent(Broken),
    /// A deck file, not a session.
    IsADeck,
}

/// Where and how reading stopped.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Unreadable {
    /// Not JSON at all; the line and character (from 1) where reading stopped.
    NotJson { line: usize, column: usize },
    /// The text stops in the middle (a half-written file or a cut copy).
    CutShort { line: usize, column: usize },
    /// JSON, but without the version every saved game carries.
    NotAGame,
    /// A field is missing or holds the wrong kind of value; its place, as
    /// `teams[2].name`.
    Field { path: String },
    /// Nothing is stored under this game's id any more (only a set-aside copy).
    NotStored,
}

/// The text fields a saved game carries, each with its limit in `limits.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LongText {
    SessionName,
    TeamName,
    CoreTask,
    CoreTaskFinal,
    Suggestion,
    Idea,
    IdeaOrigin,
    Notes,
    PlanField,
    AudienceWord,
}

/// What a saved game counts, each with its limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Counted {
    Teams,
    Players,
    Ideas,
    Activities,
    LogEvents,
}

/// Where a stored game names a team that is not in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TeamReference {
    Turn,
    Idea,
    Suggestion,
    Vote,
    Log,
}

/// Which invariant a stored game breaks.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Broken {
    /// Its id cannot name a stored game.
    Id,
    TooLong {
        text: LongText,
        limit: usize,
    },
    OutOfRange {
        what: Counted,
        found: usize,
    },
    /// A team, idea or log entry refers to a team the game does not have.
    UnknownTeam(TeamReference),
    OffBoard {
        team: usize,
    },
    /// The teams do not stand on the start fields of a game with this many teams: one
    /// was lost or added.
    StartFields,
    Die(u8),
    /// The deck in it does not pass the deck check.
    Deck,
    /// A card in a pile or on the table that the deck does not have.
    UnknownCard {
        id: String,
    },
    /// A card in two places at once.
    CardTwice {
        id: String,
    },
    /// A card of the deck in no pile and not on the table.
    CardLost {
        id: String,
    },
    /// A card in another kind's pile.
    CardInWrongPile {
        id: String,
    },
    /// A vote, group or activity refers to an idea the bank does not have.
    UnknownIdea,
    Agenda,
    CardRound,
}

impl Unreadable {
    /// The parser's error as the place it happened, without its English words.
    pub fn from_parser(error: &serde_json::Error) -> Unreadable {
        let (line, column) = (error.line(), error.column());
        match error.classify() {
            serde_json::error::Category::Eof => Unreadable::CutShort { line, column },
            _ => Unreadable::NotJson { line, column },
        }
    }

    /// A value of the wrong kind, named by its place in the game.
    pub fn field(path: &str) -> Unreadable {
        Unreadable::Field {
            path: quoted(if path.is_empty() || path == "." {
                "(top)"
            } else {
                path
            }),
        }
    }
}

/// Why a file the facilitator picked was not read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FileUnread {
    /// Larger than any file of ours; not read at all, so a huge file costs nothing.
    TooLarge { bytes: f64 },
    /// The browser could not read it (moved, deleted, no permission) or it is not text.
    NotReadable,
}

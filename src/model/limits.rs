//! Every limit on a text's length and on a count, in one table.
//!
//! The forms cap their fields with these, the moves refuse what breaks them, and a
//! session or deck read from a file or from storage is checked against the same numbers
//! (`persist.rs`), so a 1 MB team name cannot come in by a side door. Lengths count
//! characters (`chars()`), as a facilitator counts them, not bytes.

// --- Teams and the game's set-up ---

/// The board has six start fields.
pub const MAX_TEAMS: usize = 6;
/// A game is a conversation between teams: one team alone has nobody to visit.
pub const MIN_TEAMS: usize = 2;
pub const MIN_PLAYERS: u32 = 1;
pub const MAX_PLAYERS: u32 = 10;
/// Short enough for a piece's label on the projector and a tablet's heading.
pub const MAX_TEAM_NAME_CHARS: usize = 24;
/// The facilitator's name for a kept game, as the list shows it.
pub const MAX_SESSION_NAME_CHARS: usize = 80;
/// The core task as written at set-up, and the team's one sentence at the end.
pub const MAX_CORE_TASK_CHARS: usize = 400;
/// One form of the word for "those we are here for" ("borgerens").
pub const MAX_FORM_CHARS: usize = 40;
/// A planned phase; two hours is the whole game, so three is generous.
pub const MAX_PHASE_MINUTES: u32 = 180;

// --- What the room writes during a game ---

pub const MAX_IDEA_CHARS: usize = 280;
/// The idea bank of one game. Two hours with six teams make about 60; the limit only
/// stops a runaway file or tablet from filling the storage.
pub const MAX_IDEAS: usize = 500;
/// Where an idea from a tablet or notebook came from (`<device>:<number>`).
pub const MAX_IDEA_ORIGIN_CHARS: usize = 64;
/// Entries in a game's log. A three-hour game with six teams writes about 1 500.
pub const MAX_LOG_EVENTS: usize = 20_000;
/// The facilitator's own notes.
pub const MAX_NOTES_CHARS: usize = 4000;
/// One field of an activity in the handleplan (what, who, first step, when).
pub const MAX_PLAN_FIELD_CHARS: usize = 300;
/// Ideas a tablet's ballot may carry to vote on.
pub const MAX_BALLOT_IDEAS: usize = 200;
/// Ideas one team's notebook may carry in a handover.
pub const MAX_NOTEBOOK_IDEAS: usize = 50;

/// A session file to import; a full game is about 60 KB, an old one with its deck copied
/// about 150 KB. Larger is refused before it is read.
pub const MAX_IMPORT_FILE_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

// --- Decks ---

/// The longest question that fits the projector's card at 1280×720 with its type at
/// 48 px, as the back of the room needs it (tests/e2e/layout.test.mjs shows one).
pub const MAX_CARD_TEXT_CHARS: usize = 230;
/// The limit before the projector's fit was measured: a stored deck with such a
/// question still opens (`Deck::from_stored_json`).
pub const EARLIER_MAX_CARD_TEXT_CHARS: usize = 300;
/// A facilitator hint is read close up, so it may be a little longer.
pub const MAX_HINT_CHARS: usize = 400;
pub const MAX_DECK_NAME_CHARS: usize = 60;
/// The cards of one deck. The standard deck has about 120; a deck ten times that would
/// take minutes to read through in the editor and stops a runaway file.
pub const MAX_DECK_CARDS: usize = 1000;
/// The facilitator's own decks in one browser. Each is stored in full (a large one is
/// about 60 KB), and the browser's storage is shared with the kept games.
pub const MAX_OWN_DECKS: usize = 30;

// --- Messages ---

/// The most of any value a message quotes: enough to recognise it, never a wall of text
/// (a refused 1 MB name is named, not repeated).
pub const MAX_QUOTED_CHARS: usize = 60;

/// `text` as a message may quote it: at most [`MAX_QUOTED_CHARS`], with "…" where it
/// was cut, and line breaks shown as spaces so a quote stays on one line.
pub fn quoted(text: &str) -> String {
    let mut shown: String = text
        .chars()
        .take(MAX_QUOTED_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(MAX_QUOTED_CHARS).is_some() {
        shown.push('…');
    }
    shown
}

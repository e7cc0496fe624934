//! The messages between the windows of one game. The facilitator's window owns the game
//! and is its only writer; other windows (the projector's, later a team's tablet) get
//! the room's view of it and send back what they would like done.
//!
//! Any page of this site can post on the channel, and a message may come from an older
//! or newer version of the app, so every message is input like a file: size-limited,
//! versioned, parsed and checked before anything uses it. Each names the game it is
//! about and the window that sent it, so a window only ever follows and serves its own
//! game.

pub mod base45;
pub mod build;
pub mod handover;
pub mod live;
pub mod qr;

use serde::{Deserialize, Serialize};

use crate::model::replay_shown::ReplayShown;
use crate::model::saved::is_valid_id;
use crate::model::{Lang, Refusal, RoomView, TeamMay, TeamRequest};

/// Bumped whenever a message changes shape; a window refuses other versions.
pub const PROTOCOL_VERSION: u32 = 1;

/// The largest message accepted. A room view of a long session is some ten kilobytes.
pub const MAX_MESSAGE_BYTES: usize = 1 << 20;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub version: u32,
    /// The game the message is about (a session id).
    pub game: String,
    /// The window that sent it.
    pub from: String,
    /// The one window it is meant for; every window of the game when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// The build of the app that sent it (`build::is_valid_build`): windows of one
    /// protocol version but two builds can play together, but the room is told, so the
    /// older side is reloaded. Absent in messages from builds before it was added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub build: Option<String>,
    pub body: Body,
}

// Externally tagged (`{"view": {…}}`, `"hello"`): an internally tagged enum is read
// through serde's buffer, which cannot read a map's number keys (the votes by idea, the
// suggestions by team) — such a view would be refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    /// A window that shows the game opened (or reopened) and asks for it. With no game
    /// (an empty `game`), it asks whichever window owns a game: a projector opened from
    /// an address that names none follows the first game to answer.
    Hello,
    /// The game's owner is there (it started, reloaded or took the game over): windows
    /// showing the game say hello to it.
    Ready,
    /// The room's view of the game, from its owner, in the language the room reads.
    View {
        view: Box<RoomView>,
        lang: Lang,
        /// The room sees a dark screen.
        blank: bool,
    },
    /// A key pressed in a window that shows the game, for the owner to carry out.
    Key { key: RoomKey },
    /// A tablet (`device`, the same across reloads) plays for `team` from now on, or
    /// (with no team) asks for the game to choose its team from; sent again now and then,
    /// so the facilitator sees it is still there.
    Join { team: Option<usize>, device: String },
    /// The room's view for one team's tablet, with what the team may do now and the last
    /// of its requests the game has applied.
    TeamView {
        view: Box<RoomView>,
        team: Option<usize>,
        may: TeamMay,
        applied: u64,
    },
    /// Request number `seq` from a tablet (numbered per device, applied at most once).
    Request { seq: u64, request: TeamRequest },
    /// Request `seq` was not applied, and why.
    Refused { seq: u64, reason: Refusal },
    /// The window is closing, or leaving the game.
    Bye,
    /// The owner replays the game: the step the room sees, in the language it reads; none
    /// when the replay closes and the room sees the game again.
    Replay {
        shown: Option<Box<ReplayShown>>,
        lang: Lang,
    },
}

/// The keys a projector's window hands to the game's owner. Fullscreen stays with the
/// window it was pressed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoomKey {
    Next,
    Previous,
    /// The dark screen, on or off.
    Blank,
    /// The overview of keys, shown on the facilitator's screen, not the room's.
    Shortcuts,
}

/// Why a message was dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    TooLarge(usize),
    /// Not a message of ours, or damaged; the parser's words.
    Unreadable(String),
    /// From another version of the app.
    Version(u32),
    /// A game or window id that could not be ours.
    BadId,
    /// A room view that does not describe a possible game.
    ImpossibleView(&'static str),
}

impl Message {
    pub fn new(game: &str, from: &str, body: Body) -> Message {
        Message {
            version: PROTOCOL_VERSION,
            game: game.to_string(),
            from: from.to_string(),
            to: None,
            build: None,
            body,
        }
    }

    /// The same message, marked as sent by `build` of the app.
    pub fn from_build(self, build: &str) -> Message {
        Message {
            build: Some(build.to_string()),
            ..self
        }
    }

    /// The same message, for one window only.
    pub fn to(self, window: &str) -> Message {
        Message {
            to: Some(window.to_string()),
            ..self
        }
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).expect("a message always serialises")
    }

    /// Read a message received from another window, and check it.
    pub fn from_text(text: &str) -> Result<Message, Refused> {
        if text.len() > MAX_MESSAGE_BYTES {
            return Err(Refused::TooLarge(text.len()));
        }
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| Refused::Unreadable(e.to_string()))?;
        // The version first: a newer app's message may not parse as ours at all.
        let version = value.get("version").and_then(|v| v.as_u64());
        match version {
            Some(v) if v == u64::from(PROTOCOL_VERSION) => {}
            Some(v) => return Err(Refused::Version(u32::try_from(v).unwrap_or(u32::MAX))),
            None => return Err(Refused::Unreadable("no version".into())),
        }
        let message: Message = crate::model::persist::read_value(value)
            .map_err(|(_, e)| Refused::Unreadable(e.to_string()))?;
        message.check()?;
        Ok(message)
    }

    fn check(&self) -> Result<(), Refused> {
        let game_ok = is_valid_id(&self.game) || self.asks_any_game();
        let windows_ok = std::iter::once(&self.from)
            .chain(self.to.iter())
            .all(|id| is_valid_id(id));
        let build_ok = self.build.as_deref().is_none_or(build::is_valid_build);
        if !(game_ok && windows_ok && build_ok) {
            return Err(Refused::BadId);
        }
        match &self.body {
            Body::View { view, .. } | Body::TeamView { view, .. } => {
                view.check().map_err(Refused::ImpossibleView)?;
                if view.game_id != self.game {
                    return Err(Refused::ImpossibleView("the view is of another game"));
                }
            }
            Body::Join { device, .. } if !is_valid_id(device) => return Err(Refused::BadId),
            Body::Replay {
                shown: Some(shown), ..
            } => shown.check().map_err(Refused::ImpossibleView)?,
            _ => {}
        }
        if let Body::TeamView {
            view,
            team: Some(team),
            ..
        } = &self.body
        {
            if *team >= view.teams.len() {
                return Err(Refused::ImpossibleView(
                    "the view is for a team not in the game",
                ));
            }
        }
        Ok(())
    }

    /// A hello from a window that follows no game yet, to any window that owns one.
    pub fn asks_any_game(&self) -> bool {
        self.game.is_empty() && self.body == Body::Hello
    }

    /// Whether `window`, which shows or owns `game`, should act on this message: it is
    /// about that game (or asks for any), meant for that window (or for all), and not
    /// its own.
    pub fn is_for(&self, game: &str, window: &str) -> bool {
        (self.game == game || self.asks_any_game())
            && self.from != window
            && self.to.as_deref().is_none_or(|to| to == window)
    }
}

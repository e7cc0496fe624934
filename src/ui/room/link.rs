//! The facilitator's side of presenter mode: the window that owns a game sends the
//! room's view of it (and nothing more) to the projector's window that was opened for
//! that game, and carries out the clicker keys pressed there. A tab that only watches,
//! or owns another game, neither answers that projector nor takes its keys.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::replay_shown::ReplayShown;
use crate::protocol::{Body, Message, RoomKey};
use crate::ui::browser::keys::{run_forwarded, KeyCommand};
use crate::ui::browser::soon::Soon;
use crate::ui::state::AppState;

use super::channel::{listen, post, this_window};
use super::tablets;

const PROJECTOR_QUERY: &str = "view=projector";
const TABLET_QUERY: &str = "view=tablet";
const PROJECTOR_WINDOW: &str = "kernespillet-projector";

/// The game this window serves: its own, while it owns it.
pub fn served_game(app: AppState) -> Option<String> {
    app.role
        .get_untracked()
        .writes()
        .then(|| app.session_id())
        .flatten()
}

/// The projector's address for a game: the projector follows that game only.
pub fn projector_url(game: &str) -> String {
    format!(
        "{}?{PROJECTOR_QUERY}&game={game}",
        window().location().pathname().unwrap_or_default()
    )
}

/// What a window was opened as, by its address: the facilitator's (no `view=`), the
/// projector's or a team's tablet, with the game its address names.
pub enum OpenedAs {
    Facilitator,
    Projector(Option<String>),
    Tablet(Option<String>),
}

pub fn opened_as() -> OpenedAs {
    let query = window().location().search().unwrap_or_default();
    let parts: Vec<&str> = query.trim_start_matches('?').split('&').collect();
    let game = parts
        .iter()
        .find_map(|part| part.strip_prefix("game="))
        .map(str::to_string);
    if parts.contains(&PROJECTOR_QUERY) {
        OpenedAs::Projector(game)
    } else if parts.contains(&TABLET_QUERY) {
        OpenedAs::Tablet(game)
    } else {
        OpenedAs::Facilitator
    }
}

/// Open a team's tablet for this window's game in a window of its own: how a
/// facilitator tries the tablets at the desk, or lends a laptop to a team.
pub fn open_tablet_window(app: AppState) {
    let Some(game) = served_game(app) else {
        return;
    };
    let url = format!(
        "{}?{TABLET_QUERY}&game={game}",
        window().location().pathname().unwrap_or_default()
    );
    let opened = window()
        .open_with_url_and_target_and_features(&url, "_blank", "popup=yes,width=768,height=1024")
        .ok()
        .flatten();
    if opened.is_none() {
        app.quiet_note.set(Some(Msg::ProjectorBlocked));
    }
}

/// Open (or bring back) the projector window for this window's game. Browsers allow it
/// only from a click.
pub fn open_projector_window(app: AppState) {
    let Some(game) = served_game(app) else {
        return;
    };
    let url = projector_url(&game);
    // Open by name without a URL first: a projector window already showing this game is
    // only brought forward, not reloaded (which would leave fullscreen).
    let opened = window()
        .open_with_url_and_target_and_features(
            "",
            PROJECTOR_WINDOW,
            "popup=yes,width=1280,height=720",
        )
        .ok()
        .flatten();
    match opened {
        Some(projector) => {
            let shows_this_game = projector
                .location()
                .href()
                .is_ok_and(|href| href.ends_with(&url));
            if !shows_this_game {
                let _ = projector.location().set_href(&url);
            }
            let _ = projector.focus();
        }
        None => app.quiet_note.set(Some(Msg::ProjectorBlocked)),
    }
}

/// The owning window: answer the projector of its game, send it every change the room
/// can see, carry out its keys.
pub fn serve_room(app: AppState) {
    let me = this_window();
    listen(move |message| {
        let Some(game) = served_game(app) else {
            return;
        };
        if !message.is_for(&game, &this_window()) {
            return;
        }
        let from = message.from.clone();
        match message.body {
            Body::Hello => {
                // Newly open: the effect below sends the view; open already: send again.
                // (A projector that follows no game yet takes the first that answers.)
                if app.projector_open.get_untracked() {
                    send_view(app);
                } else {
                    app.projector_open.set(true);
                }
            }
            Body::Bye if tablets::is_tablet(app, &from) => tablets::left(app, &from),
            Body::Bye => {
                app.projector_open.set(false);
                app.blank.set(false);
            }
            Body::Key { key } => run_forwarded(app, command_of(key)),
            Body::Join { team, device } => tablets::joined(app, &game, from, team, device),
            Body::Request { seq, request } => tablets::requested(app, &game, &from, seq, &request),
            Body::Ready
            | Body::View { .. }
            | Body::TeamView { .. }
            | Body::Refused { .. }
            | Body::Replay { .. } => {}
        }
    });
    tablets::keep_tablets_in_step(app, move || served_game(app));
    // Whenever this window comes to own a game (opened, reloaded, taken over), the
    // projector showing that game says hello to it.
    let owned = Memo::new(move |_| {
        app.role
            .get()
            .writes()
            .then(|| app.game(|s| Some(s.id.clone())))
            .flatten()
    });
    Effect::new(move |_| {
        if let Some(game) = owned.get() {
            post(Message::new(&game, &me, Body::Ready));
        }
    });
    // Sent in the task after the change, once this window shows it (see `Soon`).
    let view_soon = Soon::default();
    Effect::new(move |_| {
        // Track what the room sees; send only while a projector listens.
        app.room.track();
        app.lang.track();
        app.blank.track();
        if app.projector_open.get() {
            view_soon.run(move || send_view(app));
        }
    });
}

fn send_view(app: AppState) {
    let Some(game) = served_game(app) else {
        return;
    };
    let Some(view) = app.room.get_untracked() else {
        return;
    };
    let body = Body::View {
        view: Box::new(view),
        lang: app.lang.get_untracked(),
        blank: app.blank.get_untracked(),
    };
    post(Message::new(&game, &this_window(), body));
}

/// This window leaves its game for the list: the projector showing it goes back to
/// waiting instead of showing a game nobody plays on.
pub fn leave_game(app: AppState) {
    if let Some(game) = served_game(app) {
        post(Message::new(&game, &this_window(), Body::Bye));
    }
    crate::ui::live::host::close_all();
    app.projector_open.set(false);
    app.blank.set(false);
}

/// The replay of this window's game, at one step (or closed: `None`), to the projector
/// showing the game, while one is open.
pub fn send_replay(app: AppState, game: &str, shown: Option<ReplayShown>) {
    if !app.projector_open.get_untracked() || served_game(app).as_deref() != Some(game) {
        return;
    }
    let body = Body::Replay {
        shown: shown.map(Box::new),
        lang: app.lang.get_untracked(),
    };
    post(Message::new(game, &this_window(), body));
}

fn command_of(key: RoomKey) -> KeyCommand {
    match key {
        RoomKey::Next => KeyCommand::Next,
        RoomKey::Previous => KeyCommand::Previous,
        RoomKey::Blank => KeyCommand::Blank,
        RoomKey::Shortcuts => KeyCommand::Shortcuts,
    }
}

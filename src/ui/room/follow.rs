//! The projector's side of presenter mode: follow the one game this window was opened
//! for, show the room's view its owner sends, and hand the clicker keys back to that
//! owner. Messages about other games are dropped and counted. Opened from an address
//! that names no game, it follows the first game whose owner answers.

use leptos::prelude::*;

use crate::model::replay_shown::ReplayShown;
use crate::model::RoomView;
use crate::protocol::{Body, Message, RoomKey};
use crate::ui::browser::keys::KeyCommand;
use crate::ui::state::AppState;

use super::channel::{count_dropped, listen, post, this_window};
use super::link::projector_url;

/// Follow `game` (or, with none, the first that answers): what its owner sends goes
/// into `received`, the language and the dark screen into the state. Returns how to
/// hand a key to the owner.
pub fn follow_game(
    app: AppState,
    game: Option<String>,
    received: RwSignal<Option<RoomView>>,
    replaying: RwSignal<Option<ReplayShown>>,
) -> impl Fn(KeyCommand) + Copy + Send + Sync + 'static {
    let game = StoredValue::new(game);
    // The owner that sent the view shown, so a key steps that window only.
    let owner = StoredValue::new(None::<String>);
    let send = move |body: Body, to: Option<String>| {
        let followed = game.get_value().unwrap_or_default();
        let message = Message::new(&followed, &this_window(), body);
        post(match to {
            Some(to) => message.to(&to),
            None => message,
        });
    };
    listen(move |message| {
        if game.with_value(Option::is_none) && matches!(message.body, Body::View { .. }) {
            adopt(game, &message.game);
        }
        let Some(followed) = game.get_value() else {
            return;
        };
        if message.game != followed {
            count_dropped();
            return;
        }
        if !message.is_for(&followed, &this_window()) {
            return;
        }
        match message.body {
            Body::View { view, lang, blank } => {
                owner.set_value(Some(message.from));
                received.set(Some(*view));
                app.lang.set(lang);
                app.blank.set(blank);
            }
            Body::Replay { shown, lang } => {
                owner.set_value(Some(message.from));
                replaying.set(shown.map(|shown| *shown));
                app.lang.set(lang);
            }
            Body::Ready => send(Body::Hello, None),
            Body::Bye if owner.with_value(|o| o.as_ref() == Some(&message.from)) => {
                // The facilitator left the game: wait for it, showing nothing of it.
                owner.set_value(None);
                received.set(None);
                replaying.set(None);
                app.blank.set(false);
            }
            // What tablets and their requests say is not for the projector.
            Body::Bye
            | Body::Hello
            | Body::Key { .. }
            | Body::Join { .. }
            | Body::TeamView { .. }
            | Body::Request { .. }
            | Body::Refused { .. } => {}
        }
    });
    send(Body::Hello, None);
    let goodbye = window_event_listener_untyped("pagehide", move |_| send(Body::Bye, None));
    on_cleanup(move || goodbye.remove());
    move |command| {
        let key = match command {
            KeyCommand::Next => RoomKey::Next,
            KeyCommand::Previous => RoomKey::Previous,
            KeyCommand::Blank => RoomKey::Blank,
            KeyCommand::Shortcuts => RoomKey::Shortcuts,
            KeyCommand::Fullscreen | KeyCommand::LeaveFullscreen => return,
        };
        if game.with_value(Option::is_some) {
            send(Body::Key { key }, owner.get_value());
        }
    }
}

/// Follow `id` from now on, and say so in the address, so a reload keeps to it.
fn adopt(game: StoredValue<Option<String>>, id: &str) {
    game.set_value(Some(id.to_string()));
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&projector_url(id)),
        );
    }
}

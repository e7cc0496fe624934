//! Presenter mode: a second window on the projector shows the room the game, while this
//! window stays the facilitator's control. The two talk over a BroadcastChannel (same
//! browser, no network). Only the control window changes and saves the session; the
//! projector window shows what it is sent and hands clicker keys back.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Msg;
use crate::model::{Lang, Session};

use crate::ui::browser::keys::{run_forwarded, KeyCommand};
use crate::ui::state::AppState;

const CHANNEL: &str = "kernespillet-presenter";
const PROJECTOR_QUERY: &str = "view=projector";
const PROJECTOR_WINDOW: &str = "kernespillet-projector";

#[derive(Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Message {
    /// A projector window is open (or was reopened) and asks for the game.
    Hello,
    /// The projector window is closing.
    Bye,
    /// A control window started (or was reloaded): projectors say hello again.
    ControlReady,
    /// The game as the control window has it now.
    State {
        session: Option<Box<Session>>,
        lang: Lang,
        blank: bool,
    },
    /// A clicker key pressed in the projector window, for the control window to carry out.
    Key { command: KeyCommand },
}

/// Is this window the projector's?
pub fn is_projector_window() -> bool {
    window()
        .location()
        .search()
        .is_ok_and(|query| query.contains(PROJECTOR_QUERY))
}

/// Open (or bring back) the projector window. Browsers allow it only from a click.
pub fn open_projector_window(app: AppState) {
    let url = format!(
        "{}?{PROJECTOR_QUERY}",
        window().location().pathname().unwrap_or_default()
    );
    // Open by name without a URL first: a projector window already open is only
    // brought forward, not reloaded (which would leave fullscreen).
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
            let fresh = projector
                .location()
                .href()
                .is_ok_and(|href| href == "about:blank");
            if fresh {
                let _ = projector.location().set_href(&url);
            }
            let _ = projector.focus();
        }
        None => app.quiet_note.set(Some(Msg::ProjectorBlocked)),
    }
}

struct Channel(web_sys::BroadcastChannel);

impl Channel {
    fn open(on_message: impl Fn(Message) + 'static) -> Option<Channel> {
        let channel = web_sys::BroadcastChannel::new(CHANNEL).ok()?;
        let handler =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let message = ev
                    .data()
                    .as_string()
                    .and_then(|text| serde_json::from_str::<Message>(&text).ok());
                if let Some(message) = message {
                    on_message(message);
                }
            });
        channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
        Some(Channel(channel))
    }

    fn post(&self, message: &Message) {
        if let Ok(text) = serde_json::to_string(message) {
            let _ = self.0.post_message(&JsValue::from_str(&text));
        }
    }
}

/// Send on the channel, if the browser gave us one.
fn post(channel: StoredValue<Option<Channel>, LocalStorage>, message: &Message) {
    channel.with_value(|c| {
        if let Some(c) = c {
            c.post(message)
        }
    });
}

/// The control window: answer projectors, send every change, carry out their keys.
pub fn serve_projector(app: AppState) {
    let channel = StoredValue::new_local(None::<Channel>);
    let send_state = move || {
        let message = Message::State {
            session: app.session.get_untracked().map(Box::new),
            lang: app.lang.get_untracked(),
            blank: app.blank.get_untracked(),
        };
        post(channel, &message);
    };
    channel.set_value(Channel::open(move |message| match message {
        // A tab that only watches the game leaves the projector to the owning tab.
        _ if app.watching.get_untracked().is_some() => {}
        Message::Hello => {
            // Newly open: the effect below sends the state; open already: send it again.
            if app.projector_open.get_untracked() {
                send_state();
            } else {
                app.projector_open.set(true);
            }
        }
        Message::Bye => {
            app.projector_open.set(false);
            app.blank.set(false);
        }
        Message::Key { command } => run_forwarded(app, command),
        Message::ControlReady | Message::State { .. } => {}
    }));
    post(channel, &Message::ControlReady);
    Effect::new(move |_| {
        // Track what the room sees; send only while a projector listens.
        app.session.track();
        app.lang.track();
        app.blank.track();
        if app.projector_open.get() {
            send_state();
        }
    });
}

/// The projector window: ask for the game, show what is sent, send keys back.
/// Returns how to forward a key to the control window.
pub fn follow_control(app: AppState) -> impl Fn(KeyCommand) + Copy {
    let channel = StoredValue::new_local(None::<Channel>);
    let post = move |message: Message| post(channel, &message);
    channel.set_value(Channel::open(move |message| match message {
        Message::State {
            session,
            lang,
            blank,
        } => {
            app.session.set(session.map(|s| *s));
            app.lang.set(lang);
            app.blank.set(blank);
        }
        Message::ControlReady => post(Message::Hello),
        Message::Hello | Message::Bye | Message::Key { .. } => {}
    }));
    post(Message::Hello);
    let handle = window_event_listener_untyped("pagehide", move |_| post(Message::Bye));
    on_cleanup(move || handle.remove());
    move |command| post(Message::Key { command })
}

//! The projector window: the room's view of the game, large and without controls. It
//! follows the control window and never writes the session.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::DeckLibrary;

use super::announcer::Announcer;
use super::app::keep_document_language;
use super::blank_screen::BlankScreen;
use super::display::{fullscreen_signal, keep_screen_on, toggle_fullscreen};
use super::keys::listen_for_keys;
use super::play_screen::PlayScreen;
use super::presenter::follow_control;
use super::setup_screen::default_setup;
use super::shortcuts::Shortcuts;
use super::state::{AppState, Loaded};

#[component]
pub fn ProjectorApp() -> impl IntoView {
    // Start empty: the game comes from the control window, the one that owns it.
    let lang = crate::storage::load_lang();
    let app = AppState::for_audience(Loaded {
        session: None,
        setup: default_setup(lang),
        decks: DeckLibrary::default(),
        lang,
        notice: None,
    });
    provide_context(app);
    keep_document_language(app);
    keep_screen_on(app);
    let forward = follow_control(app);
    listen_for_keys(app, forward);
    let fullscreen = fullscreen_signal();
    let playing = Memo::new(move |_| app.session.with(Option::is_some));
    view! {
        <header class="app-header projector-header">
            <div class="brand">
                <h1>{move || app.t(Msg::AppTitle)}</h1>
            </div>
            <div class="header-actions">
                <button class="secondary" on:click=move |_| toggle_fullscreen()>
                    {move || app.t(if fullscreen.get() { Msg::FullscreenOff } else { Msg::FullscreenOn })}
                </button>
            </div>
        </header>
        {move || if playing.get() {
            view! { <PlayScreen/> }.into_any()
        } else {
            view! {
                <main class="projector-waiting" id="main">
                    <p>{move || app.t(Msg::ProjectorWaiting)}</p>
                </main>
            }.into_any()
        }}
        <BlankScreen/>
        <Show when=move || app.shortcuts_open.get()>
            <Shortcuts/>
        </Show>
        <Announcer/>
    }
}

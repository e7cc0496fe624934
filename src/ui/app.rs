//! The root component: loads what was stored, provides the state, saves every change.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::Lang;
use crate::storage;

use super::announcer::Announcer;
use super::deck_loader::load_default_deck;
use super::header::Header;
use super::notices::Notices;
use super::play_screen::PlayScreen;
use super::setup_screen::SetupScreen;
use super::state::AppState;

#[component]
pub fn App() -> impl IntoView {
    // Read storage before the first signal exists, so the first save writes back what
    // was loaded rather than an empty game.
    let (session, notice) = storage::load_session();
    let app = AppState::new(session, storage::load_lang(), notice);
    provide_context(app);
    save_session_on_change(app);
    keep_document_language(app);
    spawn_local(async move { app.deck.set(load_default_deck().await) });

    let playing = move || app.session.with(Option::is_some);
    view! {
        <Header/>
        <Notices/>
        <Show when=playing fallback=|| view! { <SetupScreen/> }>
            <PlayScreen/>
        </Show>
        <Announcer/>
    }
}

/// Persist the session after every change; a failure is shown, and play goes on with
/// the session in memory.
fn save_session_on_change(app: AppState) {
    Effect::new(move |_| {
        let result = app.session.with(|s| storage::save_session(s.as_ref()));
        if let Err(notice) = result {
            app.notice.set(Some(notice));
        }
    });
}

/// Keep `<html lang>` in step with the chosen language, for screen readers and
/// hyphenation.
fn keep_document_language(app: AppState) {
    Effect::new(move |_| {
        let code = match app.lang.get() {
            Lang::Da => "da",
            Lang::En => "en",
        };
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", code);
        }
    });
}

//! The root component: loads what was stored, provides the state, saves every change.

use leptos::prelude::*;

use crate::model::{Lang, STANDARD_DECK_ID};
use crate::storage;

use super::announcer::Announcer;
use super::blank_screen::BlankScreen;
use super::deck_screen::DeckScreen;
use super::display::{keep_screen_on, keep_typing_in_view};
use super::header::Header;
use super::keys::{listen_for_keys, run_command};
use super::notices::Notices;
use super::play_screen::PlayScreen;
use super::presenter::{is_projector_window, serve_projector};
use super::projector_app::ProjectorApp;
use super::quiet_note::QuietNote;
use super::setup_screen::{default_setup, SetupScreen};
use super::shortcuts::Shortcuts;
use super::state::{AppState, Loaded, Screen};

#[component]
pub fn App() -> impl IntoView {
    if is_projector_window() {
        return view! { <ProjectorApp/> }.into_any();
    }
    // Read storage before the first signal exists, so the first save writes back what
    // was loaded rather than an empty game.
    let app = AppState::new(load());
    provide_context(app);
    save_session_on_change(app);
    save_setup_on_change(app);
    save_decks_on_change(app);
    keep_document_language(app);
    keep_screen_on(app);
    keep_typing_in_view();
    serve_projector(app);
    listen_for_keys(app, move |command| run_command(app, command));

    // A memo, so a move in the game does not rebuild the whole screen.
    let playing = Memo::new(move |_| app.session.with(Option::is_some));
    let screen = move || {
        if playing.get() {
            view! { <PlayScreen/> }.into_any()
        } else if app.screen.get() == Screen::Decks {
            view! { <DeckScreen/> }.into_any()
        } else {
            view! { <SetupScreen/> }.into_any()
        }
    };
    view! {
        <Header/>
        <Notices/>
        {screen}
        <BlankScreen on_dismiss=move |_| app.blank.set(false)/>
        <QuietNote/>
        <Show when=move || app.shortcuts_open.get()>
            <Shortcuts/>
        </Show>
        <Announcer/>
    }
    .into_any()
}

fn load() -> Loaded {
    let lang = storage::load_lang();
    let (session, session_notice) = storage::load_session();
    let (decks, decks_notice) = storage::load_decks();
    let mut setup = storage::load_setup_draft().unwrap_or_else(|| default_setup(lang));
    if decks.get(&setup.deck_id).is_none() {
        // The chosen deck is gone (deleted, or set aside above): fall back openly.
        setup.choose_deck(STANDARD_DECK_ID);
    }
    Loaded {
        session,
        setup,
        decks,
        lang,
        notice: session_notice.or(decks_notice),
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

fn save_setup_on_change(app: AppState) {
    Effect::new(move |_| app.setup.with(storage::save_setup_draft));
}

fn save_decks_on_change(app: AppState) {
    Effect::new(move |_| {
        if let Err(notice) = app.decks.with(storage::save_decks) {
            app.notice.set(Some(notice));
        }
    });
}

/// Keep `<html lang>` in step with the chosen language, for screen readers and
/// hyphenation.
pub(super) fn keep_document_language(app: AppState) {
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

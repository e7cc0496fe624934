//! The root component: loads what was stored, provides the state, saves every change.

use leptos::prelude::*;

use crate::model::{Lang, STANDARD_DECK_ID};
use crate::storage::{self, sessions};

use crate::ui::browser::display::{keep_screen_on, keep_typing_in_view};
use crate::ui::browser::keys::{listen_for_keys, run_command};
use crate::ui::browser::persistence::ask_to_keep_storage;
use crate::ui::decks::DeckScreen;
use crate::ui::play::PlayScreen;
use crate::ui::room::ownership::{claim, follow_owner};
use crate::ui::room::presenter::{is_projector_window, serve_projector};
use crate::ui::room::projector_app::ProjectorApp;
use crate::ui::saved::StartScreen;
use crate::ui::setup::{default_setup, SetupScreen};
use crate::ui::shell::announcer::Announcer;
use crate::ui::shell::blank_screen::BlankScreen;
use crate::ui::shell::header::Header;
use crate::ui::shell::notices::Notices;
use crate::ui::shell::quiet_note::QuietNote;
use crate::ui::shell::shortcuts::Shortcuts;
use crate::ui::shell::watching_banner::WatchingBanner;
use crate::ui::state::{AppState, Loaded, Screen};

#[component]
pub fn App() -> impl IntoView {
    if is_projector_window() {
        return view! { <ProjectorApp/> }.into_any();
    }
    // Read storage before the first signal exists, so the first save writes back what
    // was loaded rather than an empty game.
    let app = AppState::new(load());
    provide_context(app);
    if let Some(id) = app.session_id() {
        // A reload returns to the tab's game: claim it again.
        claim(app, id);
    }
    follow_owner(app);
    ask_to_keep_storage(app);
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
        } else {
            match app.screen.get() {
                Screen::Start => view! { <StartScreen/> }.into_any(),
                Screen::Decks => view! { <DeckScreen/> }.into_any(),
                Screen::Setup => view! { <SetupScreen/> }.into_any(),
            }
        }
    };
    view! {
        <Header/>
        <Notices/>
        <WatchingBanner/>
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
    // Mend what can be mended before anything is read.
    let mut notices = sessions::recover();
    let session = sessions::open_in_this_tab().and_then(|id| match sessions::load(&id) {
        Ok(session) => Some(session),
        Err(_) => {
            // Gone or unreadable since: the list shows what there is.
            sessions::set_open_in_this_tab(None);
            None
        }
    });
    let (decks, decks_notice) = storage::load_decks();
    notices.extend(decks_notice);
    let mut setup = storage::load_setup_draft().unwrap_or_else(|| default_setup(lang));
    if decks.get(&setup.deck_id).is_none() {
        // The chosen deck is gone (deleted, or set aside above): fall back openly.
        setup.choose_deck(STANDARD_DECK_ID);
    }
    // A first visit goes straight to setting up a game; later ones list the games.
    let screen = if sessions::list().is_empty() {
        Screen::Setup
    } else {
        Screen::Start
    };
    Loaded {
        session,
        setup,
        decks,
        lang,
        notices,
        screen,
    }
}

/// Persist the session after every change, unless another tab owns it; a failure is
/// shown, and play goes on with the session in memory.
fn save_session_on_change(app: AppState) {
    Effect::new(move |_| {
        let watching = app.watching.get().is_some();
        let result = app.session.with(|s| match s {
            Some(session) if !watching => sessions::save(session),
            _ => Ok(()),
        });
        if let Err(notice) = result {
            app.tell(notice);
        }
    });
}

fn save_setup_on_change(app: AppState) {
    Effect::new(move |_| app.setup.with(storage::save_setup_draft));
}

fn save_decks_on_change(app: AppState) {
    Effect::new(move |_| {
        if let Err(notice) = app.decks.with(storage::save_decks) {
            app.tell(notice);
        }
    });
}

/// Keep `<html lang>` in step with the chosen language, for screen readers and
/// hyphenation.
pub fn keep_document_language(app: AppState) {
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

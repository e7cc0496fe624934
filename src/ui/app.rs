//! The root component: loads what was stored, provides the state, saves every change.

use leptos::prelude::*;

use crate::model::Lang;
use crate::ui::browser::display::{keep_screen_on, keep_typing_in_view};
use crate::ui::browser::keys::{listen_for_keys, run_command};
use crate::ui::browser::persistence::ask_to_keep_storage;
use crate::ui::decks::DeckScreen;
use crate::ui::notebook::{notebook_address, NotebookApp};
use crate::ui::play::PlayScreen;
use crate::ui::print::PrintScreen;
use crate::ui::room::link::{opened_as, serve_room, OpenedAs};
use crate::ui::room::other_build::OtherBuildNotice;
use crate::ui::room::other_version::OtherVersionNotice;
use crate::ui::room::ownership::{claim, follow_owner};
use crate::ui::room::projector_app::ProjectorApp;
use crate::ui::saved::StartScreen;
use crate::ui::setup::SetupScreen;
use crate::ui::shell::announcer::Announcer;
use crate::ui::shell::blank_screen::BlankScreen;
use crate::ui::shell::header::Header;
use crate::ui::shell::notices::Notices;
use crate::ui::shell::quiet_note::QuietNote;
use crate::ui::shell::shortcuts::Shortcuts;
use crate::ui::shell::watching_banner::WatchingBanner;
use crate::ui::state::loaded::load;
use crate::ui::state::saving::save_on_change;
use crate::ui::state::{AppState, Screen};
use crate::ui::tablet::TabletApp;

#[component]
pub fn App() -> impl IntoView {
    match opened_as() {
        OpenedAs::Projector(game) => return view! { <ProjectorApp game/> }.into_any(),
        OpenedAs::Tablet(game) => return view! { <TabletApp game/> }.into_any(),
        OpenedAs::Facilitator => {}
    }
    if let Some(address) = notebook_address() {
        return view! { <NotebookApp address/> }.into_any();
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
    save_on_change(app);
    keep_document_language(app);
    keep_screen_on(app);
    keep_typing_in_view();
    serve_room(app);
    listen_for_keys(app, move |command| run_command(app, command));

    // A memo, so a move in the game does not rebuild the whole screen.
    let playing = app.game_memo(|_| true);
    let screen = move || {
        if playing.get() {
            view! { <PlayScreen/> }.into_any()
        } else {
            match app.screen.get() {
                Screen::Start => view! { <StartScreen/> }.into_any(),
                Screen::Decks => view! { <DeckScreen/> }.into_any(),
                Screen::Setup => view! { <SetupScreen/> }.into_any(),
                Screen::Print { from } => view! { <PrintScreen from/> }.into_any(),
            }
        }
    };
    view! {
        <Header/>
        <Notices/>
        <OtherVersionNotice/>
        <OtherBuildNotice/>
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

//! The projector window: the room's view of the game, large and without controls. It
//! follows the control window and never writes the session.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::DeckLibrary;

use crate::ui::app::keep_document_language;
use crate::ui::browser::display::keep_screen_on;
use crate::ui::browser::keys::{listen_for_keys, KeyCommand};
use crate::ui::play::PlayScreen;
use crate::ui::room::presenter::follow_control;
use crate::ui::setup::default_setup;
use crate::ui::shell::announcer::Announcer;
use crate::ui::shell::blank_screen::BlankScreen;
use crate::ui::shell::shortcuts::Shortcuts;
use crate::ui::state::{AppState, Loaded, Screen};

#[component]
pub fn ProjectorApp() -> impl IntoView {
    // Start empty: the game comes from the control window, the one that owns it.
    let lang = crate::storage::load_lang();
    let app = AppState::for_audience(Loaded {
        session: None,
        setup: default_setup(lang),
        decks: DeckLibrary::default(),
        lang,
        notices: Vec::new(),
        screen: Screen::Start,
    });
    provide_context(app);
    // Larger type for the room (see play.css); the page title names the window.
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("audience");
    }
    // The window's title follows the language the control window sends.
    Effect::new(move |_| {
        document().set_title(&format!(
            "{} – {}",
            app.t(Msg::AppTitle),
            app.t(Msg::OpenProjector)
        ))
    });
    keep_document_language(app);
    keep_screen_on(app);
    let forward = follow_control(app);
    listen_for_keys(app, forward);
    let playing = Memo::new(move |_| app.session.with(Option::is_some));
    view! {
        {move || if playing.get() {
            view! { <PlayScreen/> }.into_any()
        } else {
            view! {
                <main class="projector-waiting" id="main">
                    <p>{move || app.t(Msg::ProjectorWaiting)}</p>
                </main>
            }.into_any()
        }}
        <BlankScreen on_dismiss=move |_| forward(KeyCommand::Blank)/>
        <Show when=move || app.shortcuts_open.get()>
            <Shortcuts/>
        </Show>
        <Announcer/>
    }
}

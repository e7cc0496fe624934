//! The projector window: the room's view of one game, large and without controls. It
//! follows the game it was opened for and never holds or writes the game itself.

use leptos::prelude::*;

use super::other_build::OtherBuildNotice;
use super::other_version::OtherVersionNotice;

use crate::i18n::Msg;
use crate::model::replay_shown::ReplayShown;
use crate::ui::app::keep_document_language;
use crate::ui::browser::display::keep_screen_on;
use crate::ui::browser::keys::{listen_for_keys, KeyCommand};
use crate::ui::play::PlayScreen;
use crate::ui::replay::stage::ReplayStage;
use crate::ui::room::follow::follow_game;
use crate::ui::shell::announcer::Announcer;
use crate::ui::shell::blank_screen::BlankScreen;
use crate::ui::state::{AppState, Loaded};

/// `game`: the game this window shows, from its address.
#[component]
pub fn ProjectorApp(game: Option<String>) -> impl IntoView {
    // Start empty: the view comes from the window that owns the game.
    let lang = crate::storage::load_lang();
    let received = RwSignal::new(None);
    let app = AppState::for_projector(Loaded::without_game(lang), received);
    provide_context(app);
    // Larger type for the room (see play.css); the page title names the window.
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("audience");
    }
    // The window's title follows the language the owner sends.
    Effect::new(move |_| {
        document().set_title(&format!(
            "{} – {}",
            app.t(Msg::AppTitle),
            app.t(Msg::OpenProjector)
        ))
    });
    keep_document_language(app);
    keep_screen_on(app);
    let replaying = RwSignal::new(None);
    let forward = follow_game(app, game, received, replaying);
    listen_for_keys(app, forward);
    let showing = app.room_memo(|_| true);
    // A replay's board is drawn for its teams' pieces: another game's replay draws it
    // anew. The last step shown stays while the screen goes back to the game.
    let replay_teams = Memo::new(move |_| {
        replaying.with(|r: &Option<ReplayShown>| {
            r.as_ref().map(|r| {
                r.teams
                    .iter()
                    .map(|t| (t.name.clone(), t.colour, t.shape))
                    .collect::<Vec<_>>()
            })
        })
    });
    let last_shown = Memo::new(move |before: Option<&Option<ReplayShown>>| {
        replaying.get().or_else(|| before.cloned().flatten())
    });
    view! {
        {move || if replay_teams.get().is_some() {
            // Drawn only once a step has come, so the last step shown is always there.
            let shown = Signal::derive(move || last_shown.get().expect("a step shown"));
            view! {
                <main class="projector-replay" id="main">
                    // The room can tell a replay from the game going on.
                    <h1 class="replay-room-title">{app.tr(Msg::ReplayHeading)}</h1>
                    <ReplayStage shown/>
                </main>
            }.into_any()
        } else if showing.get() {
            view! { <PlayScreen/> }.into_any()
        } else {
            view! {
                <main class="projector-waiting" id="main">
                    <p>{app.tr(Msg::ProjectorWaiting)}</p>
                    <OtherVersionNotice/>
                </main>
            }.into_any()
        }}
        // Says nothing to the room; reloads this window when it runs an older build.
        <OtherBuildNotice/>
        <BlankScreen on_dismiss=move |_| forward(KeyCommand::Blank)/>
        <Announcer/>
    }
}

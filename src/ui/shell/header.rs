//! The top bar: the name, the language switch and the way back to all games.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::team::rename_default_names;
use crate::storage;

use crate::ui::browser::display::FullscreenButton;
use crate::ui::live::connect_dialog::ConnectDialog;
use crate::ui::live::link_status::{team_links, LinkStatus};
use crate::ui::room::link::open_projector_window;
use crate::ui::setup::default_team_name;
use crate::ui::state::use_app;

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let in_game = app.game_memo(|_| true);
    let in_game = move || in_game.get();
    let switch_language = move |_| {
        let before = app.lang.get_untracked();
        let next = before.other();
        app.lang.set(next);
        storage::save_lang(next);
        // Default team names follow the language; names the teams chose stay.
        let from = move |i| default_team_name(i, before);
        let to = move |i| default_team_name(i, next);
        app.setup
            .update(|s| rename_default_names(s.teams.iter_mut().map(|t| &mut t.name), from, to));
        app.edit(|s| rename_default_names(s.teams.iter_mut().map(|t| &mut t.name), from, to));
    };
    let connecting = RwSignal::new(false);
    let links = team_links();
    let connect_label = move || {
        let live = links.with(|all| all.iter().filter(|l| l.status == LinkStatus::Live).count());
        match live {
            0 => app.t(Msg::ConnectTablets).to_string(),
            count => fill(
                app.t(Msg::ConnectTabletsCount),
                &[("count", &count.to_string())],
            ),
        }
    };
    view! {
        <header class="app-header">
            <div class="brand">
                <h1>{app.tr(Msg::AppTitle)}</h1>
                <span class="tagline" hidden=in_game>{app.tr(Msg::Tagline)}</span>
            </div>
            <div class="header-actions">
                <Show when=move || app.projector_open.get() && app.blank.get()>
                    <button class="primary" on:click=move |_| app.blank.set(false)>
                        {app.tr(Msg::ShowProjectorAgain)}
                    </button>
                </Show>
                <Show when=move || in_game() && app.role.get().writes()>
                    <button class="secondary projector-button" on:click=move |_| open_projector_window(app)>
                        {move || app.t(if app.projector_open.get() { Msg::ProjectorOpen } else { Msg::OpenProjector })}
                    </button>
                </Show>
                <Show when=move || in_game() && app.role.get().writes()>
                    <button class="secondary connect-tablets" on:click=move |_| connecting.set(true)>
                        {connect_label.clone()}
                    </button>
                </Show>
                <FullscreenButton/>
                <button
                    class="secondary shortcuts-button"
                    aria-keyshortcuts="?"
                    on:click=move |_| app.shortcuts_open.set(true)
                >
                    {app.tr(Msg::ShortcutsButton)}
                </button>
                <button
                    class="secondary"
                    lang=move || app.lang.get().other().code()
                    on:click=switch_language
                >
                    {app.tr(Msg::SwitchLanguage)}
                </button>
                <Show when=in_game>
                    // The game stays saved; the list is where it is resumed.
                    <button class="secondary all-sessions" on:click=move |_| app.leave_session()>
                        {app.tr(Msg::AllSessions)}
                    </button>
                </Show>
            </div>
        </header>
        <Show when=move || connecting.get()>
            <ConnectDialog on_close=move |_| connecting.set(false)/>
        </Show>
    }
}

//! The top bar: the name, the language switch and "New game".

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::Lang;
use crate::storage;

use super::confirm_dialog::ConfirmDialog;
use super::display::FullscreenButton;
use super::presenter::open_projector_window;
use super::state::use_app;

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let (asking, set_asking) = signal(false);
    let in_game = move || app.session.with(Option::is_some);
    let switch_language = move |_| {
        let next = match app.lang.get() {
            Lang::Da => Lang::En,
            Lang::En => Lang::Da,
        };
        app.lang.set(next);
        storage::save_lang(next);
    };
    let throw_away = move |_| {
        set_asking.set(false);
        app.session.set(None);
        app.refused.set(None);
    };
    view! {
        <header class="app-header">
            <div class="brand">
                <h1>{move || app.t(Msg::AppTitle)}</h1>
                <span class="tagline" hidden=in_game>{move || app.t(Msg::Tagline)}</span>
            </div>
            <div class="header-actions">
                <Show when=move || app.projector_open.get() && app.blank.get()>
                    <button class="primary" on:click=move |_| app.blank.set(false)>
                        {move || app.t(Msg::ShowProjectorAgain)}
                    </button>
                </Show>
                <Show when=in_game>
                    <button class="secondary projector-button" on:click=move |_| open_projector_window(app)>
                        {move || app.t(if app.projector_open.get() { Msg::ProjectorOpen } else { Msg::OpenProjector })}
                    </button>
                </Show>
                <FullscreenButton/>
                <button
                    class="secondary shortcuts-button"
                    aria-keyshortcuts="?"
                    on:click=move |_| app.shortcuts_open.set(true)
                >
                    {move || app.t(Msg::ShortcutsButton)}
                </button>
                <button
                    class="secondary"
                    lang=move || if app.lang.get() == Lang::Da { "en" } else { "da" }
                    on:click=switch_language
                >
                    {move || app.t(Msg::SwitchLanguage)}
                </button>
                <Show when=in_game>
                    <button class="secondary" on:click=move |_| set_asking.set(true)>
                        {move || app.t(Msg::NewGame)}
                    </button>
                </Show>
            </div>
        </header>
        <Show when=move || asking.get()>
            <ConfirmDialog
                title=Msg::ConfirmNewGameTitle
                body=Msg::ConfirmNewGameBody
                confirm=Msg::ConfirmNewGameYes
                on_confirm=throw_away
                on_cancel=move |_| set_asking.set(false)
            />
        </Show>
    }
}

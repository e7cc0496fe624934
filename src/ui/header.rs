//! The top bar: the name, the language switch and "New game".

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::Lang;
use crate::storage;

use super::confirm_dialog::ConfirmDialog;
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
                <span class="tagline">{move || app.t(Msg::Tagline)}</span>
            </div>
            <div class="header-actions">
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

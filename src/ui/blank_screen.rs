//! A dark screen for the room (the "." key), e.g. while the team talks without the
//! board. A tap or "." shows the game again.

use leptos::prelude::*;

use crate::i18n::Msg;

use super::state::use_app;

#[component]
pub fn BlankScreen() -> impl IntoView {
    let app = use_app();
    view! {
        // With a projector window open, the projector goes dark, not the control window.
        <Show when=move || app.blank.get() && (app.audience || !app.projector_open.get())>
            <button class="blank-screen" on:click=move |_| app.blank.set(false)>
                <span class="visually-hidden">{move || app.t(Msg::BlankTitle)}</span>
                <span class="blank-help">{move || app.t(Msg::BlankHelp)}</span>
            </button>
        </Show>
    }
}

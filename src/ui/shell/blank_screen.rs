//! A dark screen for the room (the "." key), e.g. while the team talks without the
//! board. A tap or "." shows the game again.

use leptos::prelude::*;

use crate::i18n::Msg;

use crate::ui::state::use_app;

/// `on_dismiss` shows the game again: here, or (in the projector's window) by asking the
/// control window, which owns the blank state.
#[component]
pub fn BlankScreen(#[prop(into)] on_dismiss: Callback<()>) -> impl IntoView {
    let app = use_app();
    let button = NodeRef::<leptos::html::Button>::new();
    // The dark screen takes the focus, so a stray Space or Enter cannot press a button
    // nobody can see; it only brings the game back.
    Effect::new(move |_| {
        if let Some(button) = button.get() {
            let _ = button.focus();
        }
    });
    view! {
        // With a projector window open, the projector goes dark, not the control window.
        <Show when=move || app.blank.get() && (app.role.get().faces_room() || !app.projector_open.get())>
            <button node_ref=button class="blank-screen" on:click=move |_| on_dismiss.run(())>
                <span class="visually-hidden">{app.tr(Msg::BlankTitle)}</span>
                // The room sees only dark; how to bring the game back is for the
                // facilitator's screen.
                <Show when=move || !app.role.get().faces_room()>
                    <span class="blank-help">{app.tr(Msg::BlankHelp)}</span>
                </Show>
            </button>
        </Show>
    }
}

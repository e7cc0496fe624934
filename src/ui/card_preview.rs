//! A card as the room will see it on the projector, before it is ever drawn.

use leptos::prelude::*;

use crate::i18n::Msg;

use super::card_view::CardView;
use super::deck_screen_state::use_deck_screen;
use super::modal::Modal;
use super::state::use_app;

#[component]
pub fn CardPreview() -> impl IntoView {
    let app = use_app();
    let screen = use_deck_screen();
    let close = move || screen.previewing.set(None);
    let card = screen.previewing.get_untracked();
    view! {
        <Modal
            title=Signal::derive(move || app.t(Msg::PreviewHeading).to_string())
            on_close=move |_| close()
            class="card-preview"
        >
            {card.map(|card| view! { <div class="preview-stage"><CardView card/></div> })}
            <div class="dialog-actions">
                <button class="primary" on:click=move |_| close()>{move || app.t(Msg::Dismiss)}</button>
            </div>
        </Modal>
    }
}

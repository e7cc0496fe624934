//! A card as the room will see it on the projector, before it is ever drawn.

use leptos::prelude::*;

use crate::i18n::Msg;

use crate::ui::decks::screen_state::use_deck_screen;
use crate::ui::state::use_app;
use crate::ui::widgets::card_view::CardView;
use crate::ui::widgets::modal::Modal;

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
            {card.map(|card| view! { <div class="preview-stage"><CardView hint=card.hint.clone() card/></div> })}
            <div class="dialog-actions">
                <button class="primary" on:click=move |_| close()>{app.tr(Msg::Dismiss)}</button>
            </div>
        </Modal>
    }
}

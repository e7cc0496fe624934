//! The facilitator's own view while the projector window shows the room the game: the
//! card's hint, the next card in each pile (to be ready for it) and private notes.

use leptos::prelude::*;

use crate::i18n::{deck_kind_name, Msg};
use crate::model::{Category, DeckKind};

use crate::ui::state::use_app;
use crate::ui::widgets::card_view::KindIcon;

#[component]
pub fn FacilitatorPanel() -> impl IntoView {
    let app = use_app();
    let next_cards = move || {
        let lang = app.lang.get();
        app.session.with(|s| {
            let Some(s) = s.as_ref() else {
                return Vec::new();
            };
            Category::ALL
                .into_iter()
                .map(DeckKind::Category)
                .map(|kind| {
                    let text = s
                        .next_card(kind)
                        .map(|card| card.text.get(lang).to_string());
                    (kind, text)
                })
                .collect::<Vec<_>>()
        })
    };
    let notes = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.notes.clone()).unwrap_or_default())
    };
    view! {
        <section class="facilitator-panel" aria-labelledby="facilitator-heading">
            <h2 id="facilitator-heading">{move || app.t(Msg::ForFacilitator)}</h2>
            <h3>{move || app.t(Msg::NextCards)}</h3>
            <ul class="next-cards">
                {move || next_cards().into_iter().map(|(kind, text)| view! {
                    <li>
                        <KindIcon kind class="next-card-icon"/>
                        <span class="visually-hidden">{deck_kind_name(kind, app.lang.get())} ": "</span>
                        <span class="next-card-text">{text.unwrap_or_else(|| app.t(Msg::NextCardUnknown).to_string())}</span>
                    </li>
                }).collect_view()}
            </ul>
            <label class="notes">
                <span class="label">{move || app.t(Msg::NotesLabel)}</span>
                <textarea
                    rows="3"
                    maxlength="4000"
                    prop:value=notes
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        app.play(|s| {
                            s.set_notes(&text);
                            Ok(())
                        });
                    }
                ></textarea>
            </label>
        </section>
    }
}

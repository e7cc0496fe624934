//! Which deck the next game uses: the standard deck or one of the facilitator's own.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};

use crate::ui::state::use_app;

#[component]
pub fn DeckChooser() -> impl IntoView {
    let app = use_app();
    let decks = move || {
        app.decks.with(|library| {
            library
                .all()
                .map(|d| (d.id.clone(), d.name.clone(), d.cards.len()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <fieldset class="deck-chooser">
            <legend>{app.tr(Msg::ChooseDeck)}</legend>
            <For
                each=decks
                key=|deck| deck.clone()
                children=move |(id, name, count)| {
                    let deck_attr = id.clone();
                    let chosen = {
                        let id = id.clone();
                        move || app.setup.with(|s| s.deck_id == id)
                    };
                    view! {
                        <label class="choice deck-choice" data-deck=deck_attr>
                            <input
                                type="radio"
                                name="deck"
                                prop:checked=chosen
                                on:change=move |_| app.setup.update(|s| s.choose_deck(&id))
                            />
                            <span class="deck-choice-name">{move || name.get(app.lang.get()).to_string()}</span>
                            <span class="deck-choice-count">
                                {move || fill(app.t(Msg::DeckCardCount), &[("n", &count.to_string())])}
                            </span>
                        </label>
                    }
                }
            />
        </fieldset>
    }
}

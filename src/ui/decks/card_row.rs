//! One card in the deck screen's list: in the game or not, its text, and what can be
//! done with it.

use leptos::prelude::*;

use crate::i18n::{form_name, Msg};
use crate::model::print::text_size;
use crate::model::shown_card::card_for;
use crate::model::Card;

use crate::ui::browser::focus::focus_first;
use crate::ui::decks::screen_state::use_deck_screen;
use crate::ui::state::use_app;

/// `cards`: the open tab's cards in order, to know whether this one can move up or down.
#[component]
pub fn CardRow(card: Card, cards: Memo<Vec<Card>>, editable: Memo<bool>) -> impl IntoView {
    let app = use_app();
    let screen = use_deck_screen();
    let id = card.id.clone();
    let first = {
        let id = id.clone();
        move || cards.with(|all| all.first().is_some_and(|c| c.id == id))
    };
    let last = {
        let id = id.clone();
        move || cards.with(|all| all.last().is_some_and(|c| c.id == id))
    };
    let on = {
        let id = id.clone();
        move || app.setup.with(|s| !s.cards_off.contains(&id))
    };
    let switch = {
        let id = id.clone();
        move |on: bool| app.setup.update(|s| s.switch_card(&id, on))
    };
    let move_card = {
        let id = id.clone();
        move |earlier: bool| {
            let moved = screen.edit(app, |deck| {
                deck.move_card(&id, earlier);
            });
            if moved {
                // Moved in the list, the row may lose the focus (and its button may now
                // be disabled, at the top or the bottom): keep the focus on this card.
                let button = if earlier { "move-up" } else { "move-down" };
                focus_first(format!(
                    "[data-card='{id}'] .{button}:not([disabled]), [data-card='{id}'] .edit"
                ));
            }
        }
    };
    let move_up = move_card.clone();
    // Read as the next game would show it: with the word chosen at setup.
    let shown = {
        let card = card.clone();
        Memo::new(move |_| {
            app.setup
                .with(|s| card_for(&card, &s.audience, &s.core_task))
        })
    };
    let text = move || shown.with(|c| c.text.clone());
    let form = card.form;
    let edit = card.clone();
    let delete_id = id.clone();
    let checkbox_id = format!("on-{id}");
    let off = {
        let on = on.clone();
        move || !on()
    };
    view! {
        <li class="card-row" data-card=id.clone() class:off=off>
            <input
                type="checkbox"
                id=checkbox_id.clone()
                class="card-on"
                prop:checked=on
                on:change:target=move |ev| switch(ev.target().checked())
            />
            <label class="card-row-text" for=checkbox_id>
                <span class="visually-hidden">{app.tr(Msg::CardOn)} ": "</span>
                <span class="card-row-question" lang=move || text().shown_lang(app.lang.get()).code()>
                    {move || text().get(app.lang.get()).to_string()}
                </span>
                <span class="card-row-form">{move || form_name(form, app.lang.get())}</span>
                // The deck check for paper: this question would be cut off on a printed card.
                <Show when=move || text_size(text().get(app.lang.get())).is_none()>
                    <span class="card-row-warning">{app.tr(Msg::PrintCardTooLongNote)}</span>
                </Show>
            </label>
            <div class="card-row-actions">
                <button class="secondary small preview" on:click=move |_| screen.previewing.set(Some(shown.get_untracked()))>
                    {app.tr(Msg::PreviewCard)}
                </button>
                <Show when=move || editable.get()>
                    <button class="secondary small edit" on:click={let edit = edit.clone(); move |_| screen.editing.set(Some((edit.clone(), false)))}>
                        {app.tr(Msg::EditCard)}
                    </button>
                    <button
                        class="secondary small icon move-up"
                        disabled={let first = first.clone(); move || first()}
                        aria-label=app.tr(Msg::MoveUp)
                        title=app.tr(Msg::MoveUp)
                        on:click={let move_up = move_up.clone(); move |_| move_up(true)}
                    >
                        "↑"
                    </button>
                    <button
                        class="secondary small icon move-down"
                        disabled={let last = last.clone(); move || last()}
                        aria-label=app.tr(Msg::MoveDown)
                        title=app.tr(Msg::MoveDown)
                        on:click={let move_card = move_card.clone(); move |_| move_card(false)}
                    >
                        "↓"
                    </button>
                    <button
                        class="secondary small danger-text delete"
                        on:click={let id = delete_id.clone(); move |_| screen.deleting.set(Some(id.clone()))}
                    >
                        {app.tr(Msg::DeleteCard)}
                    </button>
                </Show>
            </div>
        </li>
    }
}

//! The chosen deck by category: one tab per kind, and the cards of the open one.

use leptos::prelude::*;

use crate::i18n::{deck_kind_name, fill, Msg};
use crate::model::{Card, CardForm, DeckKind, LocalText};

use crate::ui::browser::focus::focus_first;
use crate::ui::decks::card_row::CardRow;
use crate::ui::decks::screen_state::use_deck_screen;
use crate::ui::state::use_app;
use crate::ui::widgets::card_view::KindIcon;

/// Only the open tab is in the Tab order; arrow keys, Home and End move between tabs,
/// as screen-reader users expect of a tab list.
#[component]
pub fn KindTabs() -> impl IntoView {
    let app = use_app();
    let screen = use_deck_screen();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let all = DeckKind::ALL;
        let at = all
            .iter()
            .position(|k| *k == screen.kind.get_untracked())
            .unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => (at + 1) % all.len(),
            "ArrowLeft" | "ArrowUp" => (at + all.len() - 1) % all.len(),
            "Home" => 0,
            "End" => all.len() - 1,
            _ => return,
        };
        ev.prevent_default();
        screen.kind.set(all[next]);
        focus_first(format!("#tab-{}", all[next].key()));
    };
    view! {
        <div class="kind-tabs" role="tablist" aria-label=app.tr(Msg::KindTabs) on:keydown=on_key>
            {DeckKind::ALL
                .into_iter()
                .map(|kind| {
                    let selected = move || screen.kind.get() == kind;
                    let count = move || screen.deck.with(|d| d.count(kind));
                    view! {
                        <button
                            class="kind-tab"
                            role="tab"
                            id=format!("tab-{}", kind.key())
                            aria-controls="kind-panel"
                            aria-selected=move || selected().to_string()
                            tabindex=move || if selected() { "0" } else { "-1" }
                            data-kind=kind.key()
                            on:click=move |_| screen.kind.set(kind)
                        >
                            <KindIcon kind class="tab-icon"/>
                            <span class="tab-name">{move || deck_kind_name(kind, app.lang.get())}</span>
                            <span class="tab-count">{count}</span>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
pub fn CardList() -> impl IntoView {
    let app = use_app();
    let screen = use_deck_screen();
    let editable = screen.editable;
    let cards = Memo::new(move |_| {
        let kind = screen.kind.get();
        screen
            .deck
            .with(|d| d.cards_of(kind).cloned().collect::<Vec<_>>())
    });
    let new_card = move |_| {
        let kind = screen.kind.get_untracked();
        let card = Card {
            id: screen.deck.with_untracked(|d| d.fresh_card_id(kind)),
            kind,
            form: CardForm::Open,
            text: LocalText::default(),
            hint: None,
        };
        screen.editing.set(Some((card, true)));
    };
    view! {
        <section
            class="kind-panel"
            id="kind-panel"
            role="tabpanel"
            aria-labelledby=move || format!("tab-{}", screen.kind.get().key())
        >
            <h3 class="visually-hidden">
                {move || fill(app.t(Msg::KindPanelHeading), &[("kind", deck_kind_name(screen.kind.get(), app.lang.get()))])}
            </h3>
            <ol class="card-list">
                // Keyed by the card as it is: moving or switching one card leaves the
                // other rows (and a row's own buttons) where they are.
                <For each=move || cards.get() key=|card| card.clone() let:card>
                    <CardRow card cards editable/>
                </For>
            </ol>
            <Show when=move || editable.get()>
                <button class="primary new-card" on:click=new_card>
                    "+ " {app.tr(Msg::NewCard)}
                </button>
            </Show>
        </section>
    }
}

//! Importing a deck file: it is checked like any deck, a broken file changes nothing,
//! and a deck that already exists is only replaced when the facilitator says so.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::{Clash, Deck};

use crate::ui::decks::actions::too_many_decks;
use crate::ui::decks::screen_state::{use_deck_screen, DeckScreenState};
use crate::ui::state::{use_app, AppState};
use crate::ui::widgets::confirm_dialog::ConfirmDialog;
use crate::ui::widgets::json_file_button::JsonFileButton;

#[component]
pub fn DeckImport() -> impl IntoView {
    let app = use_app();
    let screen = use_deck_screen();
    // A valid deck whose id the facilitator already uses, waiting for an answer.
    let pending = RwSignal::new(None::<Deck>);

    let on_read = Callback::new(move |(file_name, text): (String, Result<String, String>)| {
        // The last import's problems go as soon as another file is read, so they never
        // stand behind this one's question or message.
        screen.clear();
        match text {
            Err(reason) => screen.tell(fill(app.t(Msg::FileUnreadable), &[("reason", &reason)])),
            Ok(text) => match Deck::from_json(&text) {
                Err(problems) => screen.refuse(
                    fill(app.t(Msg::ImportFailed), &[("file", &file_name)]),
                    problems,
                ),
                Ok(deck) => match app.decks.with_untracked(|l| l.clash(&deck)) {
                    Some(Clash::Own(_)) => pending.set(Some(deck)),
                    Some(Clash::Standard) => {
                        if let Some(name) = add(app, screen, deck, false) {
                            screen.tell(fill(app.t(Msg::ImportedAsNew), &[("name", &name)]));
                        }
                    }
                    None => {
                        add(app, screen, deck, false);
                    }
                },
            },
        }
    });
    let answer = move |replace: bool| {
        if let Some(deck) = pending.get_untracked() {
            add(app, screen, deck, replace);
        }
        pending.set(None);
    };
    let clash_name = Signal::derive(move || {
        pending.with(|deck| {
            deck.as_ref()
                .and_then(|deck| app.decks.with(|l| l.clash(deck)))
                .map(|clash| match clash {
                    Clash::Own(name) => name.get(app.lang.get()).to_string(),
                    Clash::Standard => String::new(),
                })
                .unwrap_or_default()
        })
    });

    view! {
        <JsonFileButton label=Msg::ImportDeck input_class="import-file" on_read/>
        <Show when=move || pending.with(Option::is_some)>
            <ConfirmDialog
                title=Msg::ImportClashTitle
                body=Signal::derive(move || fill(app.t(Msg::ImportClashBody), &[("name", &clash_name.get())]))
                confirm=Msg::ImportReplace
                alternative=(Msg::ImportAsNew, Callback::new(move |_| answer(false)))
                on_confirm=move |_| answer(true)
                on_cancel=move |_| pending.set(None)
            />
        </Show>
    }
}

/// Store the deck, choose it for the next game, say so; returns its name, or `None` when
/// the facilitator already has as many decks as may be kept (and is told so).
fn add(app: AppState, screen: DeckScreenState, deck: Deck, replace: bool) -> Option<String> {
    let lang = app.lang.get_untracked();
    let name = deck.name.get(lang).to_string();
    let count = deck.cards.len();
    let card_ids: BTreeSet<String> = deck.cards.iter().map(|c| c.id.clone()).collect();
    let mut stored = None;
    app.decks
        .update(|library| stored = library.import(deck, replace));
    let Some(id) = stored else {
        screen.tell(too_many_decks(lang));
        return None;
    };
    let mut still_off = 0;
    app.setup.update(|s| {
        let was_chosen = s.deck_id == id;
        s.choose_deck(&id);
        if replace && was_chosen {
            // The facilitator's choices for the next game stay, card by card, for
            // the cards the new file still has.
            s.cards_off.retain(|card| card_ids.contains(card));
            still_off = s.cards_off.len();
        }
    });
    let mut message = fill(
        app.t(Msg::Imported),
        &[("name", &name), ("n", &count.to_string())],
    );
    if still_off > 0 {
        message.push(' ');
        message.push_str(&fill(
            app.t(Msg::ImportKeptOff),
            &[("n", &still_off.to_string())],
        ));
    }
    screen.tell(message);
    Some(name)
}

//! What can be done with the chosen deck as a whole: rename it, give it English text,
//! copy it, export it to a file, import one, delete it.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::deck_library::slug;
use crate::model::{DeckLibrary, Lang, LocalText, STANDARD_DECK_ID};

use crate::model::limits::{MAX_DECK_NAME_CHARS, MAX_OWN_DECKS};
use crate::ui::browser::file_io::download_text;
use crate::ui::decks::import::DeckImport;
use crate::ui::decks::screen_state::use_deck_screen;
use crate::ui::state::use_app;
use crate::ui::widgets::confirm_dialog::ConfirmDialog;

#[component]
pub fn DeckActions() -> impl IntoView {
    let app = use_app();
    let screen = use_deck_screen();
    let (asking_delete, set_asking_delete) = signal(false);
    let deck_id = move || app.setup.with(|s| s.deck_id.clone());
    let editable = screen.editable;

    let copy = move |_| {
        let lang = app.lang.get_untracked();
        let source = screen.deck.get_untracked();
        let name = LocalText {
            da: fill(
                Msg::CopyName.get(Lang::Da),
                &[("name", source.name.get(Lang::Da))],
            ),
            en: fill(
                Msg::CopyName.get(Lang::En),
                &[("name", source.name.get(Lang::En))],
            ),
        };
        if app.decks.with_untracked(DeckLibrary::is_full) {
            screen.tell(too_many_decks(app.lang.get_untracked()));
            return;
        }
        let mut new_id = None;
        app.decks
            .update(|library| new_id = library.copy(&source.id, name.clone()));
        if let Some(id) = new_id {
            app.setup.update(|s| s.choose_deck(&id));
            screen.tell(fill(app.t(Msg::Copied), &[("name", name.get(lang))]));
        }
    };
    let export = move |_| {
        let deck = screen.deck.get_untracked();
        // Named as the deck is called now, which may be newer than its id.
        let name = slug(deck.name.get(app.lang.get_untracked()));
        let file = format!(
            "kernespillet-{}.json",
            if name.is_empty() { &deck.id } else { &name }
        );
        match download_text(&file, &deck.to_json(), "application/json") {
            Ok(()) => screen.tell(fill(app.t(Msg::Exported), &[("file", &file)])),
            Err(reason) => screen.tell(fill(app.t(Msg::ExportFailed), &[("reason", &reason)])),
        }
    };
    let delete = move |_| {
        set_asking_delete.set(false);
        let id = deck_id();
        app.decks.update(|library| {
            library.remove(&id);
        });
        app.setup.update(|s| s.choose_deck(STANDARD_DECK_ID));
    };
    // The name in the language shown; a Danish-only deck has only its Danish name.
    let rename = move |input: web_sys::HtmlInputElement| {
        let lang = app.lang.get_untracked();
        let name = input.value().trim().to_string();
        let saved = screen.edit(app, |deck| {
            let lang = if deck.languages.contains(&lang) {
                lang
            } else {
                Lang::Da
            };
            *deck.name.get_exact_mut(lang) = name;
        });
        if !saved {
            // Show what is stored, not the refused text.
            input.set_value(
                screen
                    .deck
                    .with_untracked(|d| d.name.get(lang).to_string())
                    .as_str(),
            );
        }
    };
    let set_english = move |input: web_sys::HtmlInputElement| {
        let on = input.checked();
        let saved = screen.edit(app, |deck| {
            deck.languages = if on {
                vec![Lang::Da, Lang::En]
            } else {
                vec![Lang::Da]
            };
        });
        if !saved {
            input.set_checked(!on);
        }
    };
    let name = move || screen.deck.with(|d| d.name.get(app.lang.get()).to_string());
    let has_english = move || screen.deck.with(|d| d.languages.contains(&Lang::En));

    view! {
        <section class="deck-actions">
            <Show
                when=move || editable.get()
                fallback=move || view! { <p class="help read-only">{app.tr(Msg::StandardReadOnly)}</p> }
            >
                <label class="deck-name">
                    <span class="label">{app.tr(Msg::DeckName)}</span>
                    <input
                        type="text"
                        maxlength=MAX_DECK_NAME_CHARS.to_string()
                        prop:value=name
                        on:change:target=move |ev| rename(ev.target())
                    />
                </label>
                <label class="choice">
                    <input
                        type="checkbox"
                        prop:checked=has_english
                        on:change:target=move |ev| set_english(ev.target())
                    />
                    <span>{app.tr(Msg::EnglishToo)}</span>
                </label>
            </Show>
            <div class="deck-buttons">
                <button class="secondary" on:click=copy>{app.tr(Msg::CopyDeck)}</button>
                <button class="secondary" on:click=export>{app.tr(Msg::ExportDeck)}</button>
                <DeckImport/>
                <Show when=move || editable.get()>
                    <button class="secondary danger-text" on:click=move |_| set_asking_delete.set(true)>
                        {app.tr(Msg::DeleteDeck)}
                    </button>
                </Show>
            </div>
        </section>
        <Show when=move || asking_delete.get()>
            <ConfirmDialog
                title=Msg::ConfirmDeleteDeckTitle
                body=Signal::derive(move || app.t(Msg::ConfirmDeleteDeckBody).to_string())
                confirm=Msg::DeleteDeck
                on_confirm=delete
                on_cancel=move |_| set_asking_delete.set(false)
            />
        </Show>
    }
}

/// Why no deck was added: the library holds as many as may be kept.
pub fn too_many_decks(lang: Lang) -> String {
    fill(
        Msg::TooManyDecks.get(lang),
        &[("max", &MAX_OWN_DECKS.to_string())],
    )
}

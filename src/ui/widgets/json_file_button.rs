//! A button that lets the facilitator pick a JSON file and hands over its name and text
//! (or why it could not be read). Deck and session imports both use it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::i18n::{file_unread_text, Msg};

use crate::ui::browser::file_io::read_text;
use crate::ui::state::use_app;

#[component]
pub fn JsonFileButton(
    label: Msg,
    /// The hidden file input's class, for tests to set files on.
    input_class: &'static str,
    /// Runs with the file's name and its text, or why it was not read (a whole sentence
    /// in the facilitator's language).
    on_read: Callback<(String, Result<String, String>)>,
) -> impl IntoView {
    let app = use_app();
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().expect("an input").unchecked_into();
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Cleared so that choosing the same file again is noticed.
        input.set_value("");
        let name = file.name();
        spawn_local(async move {
            let text = read_text(file).await;
            let lang = app.lang.get_untracked();
            on_read.run((name, text.map_err(|why| file_unread_text(why, lang))))
        });
    };
    view! {
        <button class="secondary" on:click=move |_| {
            if let Some(input) = input_ref.get() {
                input.click();
            }
        }>
            {move || app.t(label)}
        </button>
        <input
            node_ref=input_ref
            class=input_class
            type="file"
            accept=".json,application/json"
            hidden
            aria-label=move || app.t(label)
            on:change=on_change
        />
    }
}

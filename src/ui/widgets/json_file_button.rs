//! A button that lets the facilitator pick a JSON file and hands over its name and text
//! (or why it could not be read). Deck and session imports both use it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::i18n::Msg;

use crate::ui::browser::file_io::read_text;
use crate::ui::state::use_app;

#[component]
pub fn JsonFileButton(
    label: Msg,
    /// The hidden file input's class, for tests to set files on.
    input_class: &'static str,
    /// Runs with the file's name and its text, or the browser's reason it was unreadable.
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
        spawn_local(async move { on_read.run((name, read_text(file).await)) });
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

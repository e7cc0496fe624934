//! A modal dialog: a title, content, Esc to close, and focus moved into it.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::ui::browser::focus::return_focus_on_close;
use wasm_bindgen::JsCast;

/// Shows `children` over the page until `on_close` runs (Esc, or a button inside).
/// The first field or button inside gets the focus, so keyboard users land in it.
#[component]
pub fn Modal(
    /// The heading, also the dialog's accessible name.
    #[prop(into)]
    title: Signal<String>,
    #[prop(into)] on_close: Callback<()>,
    /// An extra class for the dialog box, e.g. for a wide layout.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    return_focus_on_close();
    let dialog_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let Some(dialog) = dialog_ref.get() else {
            return;
        };
        let first = dialog
            // A disabled control cannot take the focus; skip to the first that can.
            .query_selector(
                "input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)",
            )
            .ok()
            .flatten();
        if let Some(element) = first.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.stop_propagation();
            on_close.run(());
        }
    };
    view! {
        <div class="backdrop" on:keydown=on_key>
            <div
                node_ref=dialog_ref
                class=format!("dialog {class}")
                role="dialog"
                aria-modal="true"
                aria-labelledby="modal-title"
            >
                <h2 id="modal-title">{move || title.get()}</h2>
                {children()}
            </div>
        </div>
    }
}

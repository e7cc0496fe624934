//! A modal question before anything that cannot be undone.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::i18n::Msg;

use crate::ui::browser::focus::{forget_return_focus, return_focus_on_close};
use crate::ui::state::use_app;

/// Asks `title`/`body`; `on_confirm` runs only on the explicit yes. Cancel has the
/// focus, so a stray Enter from a clicker never destroys anything.
#[component]
pub fn ConfirmDialog(
    title: Msg,
    /// The question, in the current language (filled where its message is named).
    #[prop(into)]
    body: Signal<String>,
    confirm: Msg,
    #[prop(into)] on_confirm: Callback<()>,
    #[prop(into)] on_cancel: Callback<()>,
    /// A third, harmless answer between cancel and confirm.
    #[prop(optional)]
    alternative: Option<(Msg, Callback<()>)>,
) -> impl IntoView {
    let app = use_app();
    return_focus_on_close();
    let cancel_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = cancel_ref.get() {
            let _ = button.focus();
        }
    });
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            on_cancel.run(());
        }
    };
    view! {
        <div class="backdrop" on:keydown=on_key>
            <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="dialog-title" aria-describedby="dialog-body">
                <h2 id="dialog-title">{move || app.t(title)}</h2>
                <p id="dialog-body">{move || body.get()}</p>
                <div class="dialog-actions">
                    <button node_ref=cancel_ref class="secondary" on:click=move |_| on_cancel.run(())>
                        {app.tr(Msg::Cancel)}
                    </button>
                    {alternative.map(|(label, run)| view! {
                        <button class="secondary" on:click=move |_| run.run(())>
                            {move || app.t(label)}
                        </button>
                    })}
                    <button class="danger" on:click=move |_| {
                        forget_return_focus();
                        on_confirm.run(());
                    }>
                        {move || app.t(confirm)}
                    </button>
                </div>
            </div>
        </div>
    }
}

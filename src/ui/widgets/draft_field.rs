//! A text field of the game that keeps what is typed as a draft (see `state::draft`): a
//! line, a few lines, or a date.

use leptos::prelude::*;

use crate::ui::state::draft::Draft;

/// `kind` is the input's type ("text", "date"); `rows` above 0 makes it a textarea.
#[component]
pub fn DraftField(
    draft: Draft,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = 0)] rows: u32,
    maxlength: usize,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let value = move || draft.value();
    if rows > 0 {
        view! {
            <textarea class=class rows=rows maxlength=maxlength prop:value=value
                on:input:target=move |ev| draft.input(ev.target().value())
                on:change=move |_| draft.leave()></textarea>
        }
        .into_any()
    } else {
        view! {
            <input class=class type=kind maxlength=maxlength prop:value=value
                on:input:target=move |ev| draft.input(ev.target().value())
                on:change=move |_| draft.leave()/>
        }
        .into_any()
    }
}

//! The team's own sentence for the core task, sent to the facilitator in the Kernen
//! phase (who may use it for the game's sentence).

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::limits::MAX_CORE_TASK_CHARS;
use crate::model::TeamRequest;
use crate::ui::state::use_app;

#[component]
pub fn SuggestKernen() -> impl IntoView {
    let app = use_app();
    let team = move || app.role.get().team().unwrap_or(0);
    let sent = app.room_memo(move |r| r.kernen_suggestions.get(&team()).cloned());
    let text = RwSignal::new(sent.get_untracked().unwrap_or_default());
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        app.ask(TeamRequest::SuggestKernen {
            text: text.get_untracked(),
        });
    };
    let is_sent = move || sent.get().is_some_and(|s| s == text.get().trim());
    view! {
        <form class="panel suggest-kernen" on:submit=send>
            <label>
                <span class="label">{app.tr(Msg::SuggestHeading)}</span>
                <textarea rows="3" maxlength=MAX_CORE_TASK_CHARS prop:value=move || text.get()
                    on:input:target=move |ev| text.set(ev.target().value())></textarea>
            </label>
            <button class="primary" type="submit">{app.tr(Msg::SuggestSend)}</button>
            <Show when=is_sent>
                <p class="status" role="status">{app.tr(Msg::SuggestSent)}</p>
            </Show>
        </form>
    }
}

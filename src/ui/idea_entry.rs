//! Writing down the team's insight or idea from the card on the table; one or more per
//! card, each tagged with team, category and card.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::Stage;

use super::state::use_app;

#[component]
pub fn IdeaEntry() -> impl IntoView {
    let app = use_app();
    let text = app.idea_draft;
    let (empty, set_empty) = signal(false);
    let card_id = move || {
        app.session.with(|s| match s.as_ref().map(|s| &s.stage) {
            Some(Stage::Card(active)) => Some(active.id.clone()),
            _ => None,
        })
    };
    let saved = move || {
        let card = card_id();
        app.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.ideas
                        .ideas
                        .iter()
                        .filter(|i| i.card == card && i.team == s.active_team)
                        .map(|i| i.text.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = text.get_untracked();
        if value.trim().is_empty() {
            set_empty.set(true);
            return;
        }
        set_empty.set(false);
        app.play(|s| s.record_idea(&value).map(|_| ()));
        text.set(String::new());
    };
    view! {
        <form class="idea-entry" on:submit=save>
            <label>
                <span class="label">{move || app.t(Msg::IdeaLabel)}</span>
                <textarea
                    class="idea-input"
                    rows="2"
                    maxlength="280"
                    aria-invalid=move || empty.get().to_string()
                    prop:value=move || text.get()
                    on:input:target=move |ev| text.set(ev.target().value())
                ></textarea>
            </label>
            <Show when=move || empty.get()>
                <p class="row-problems" role="alert">{move || app.t(Msg::IdeaEmpty)}</p>
            </Show>
            <button class="secondary save-idea" type="submit">{move || app.t(Msg::SaveIdea)}</button>
            <Show when=move || !saved().is_empty()>
                <div class="saved-ideas">
                    <p class="label">{move || app.t(Msg::IdeasFromCard)}</p>
                    <ul>{move || saved().into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                </div>
            </Show>
        </form>
    }
}

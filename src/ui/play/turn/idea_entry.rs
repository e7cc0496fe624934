//! Writing down the team's insight or idea from the card on the table; one or more per
//! card, each tagged with team, category and card.

use leptos::prelude::*;

use crate::i18n::Msg;

use crate::ui::state::use_app;

#[component]
pub fn IdeaEntry() -> impl IntoView {
    let app = use_app();
    let text = app.idea_draft;
    let (empty, set_empty) = signal(false);
    let saved = app.room_memo(|r| {
        let card = r.active_card().map(|c| c.id.clone());
        r.ideas
            .ideas
            .iter()
            .filter(|i| i.card == card && i.team == r.active_team)
            .map(|i| i.text.clone())
            .collect::<Vec<_>>()
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = text.get_untracked();
        if value.trim().is_empty() {
            set_empty.set(true);
            return;
        }
        set_empty.set(false);
        // A refused idea (too long) stays in the field, with the reason in the notice.
        if app.save_idea(&value) {
            app.type_idea(String::new());
        }
    };
    // One line, so the card step fits the screen: the newest saved idea and how many.
    let saved_line = move || {
        let saved = saved.get();
        let count = saved.len();
        saved.last().map(|last| {
            view! {
                <p class="saved-ideas">
                    <span class="label">{app.tr(Msg::IdeasFromCard)}</span>
                    {format!(" ({count}): ")}
                    <span class="last-idea">{last.clone()}</span>
                </p>
            }
        })
    };
    view! {
        <form class="idea-entry" on:submit=save>
            <label class="label" for="idea-input">{app.tr(Msg::IdeaLabel)}</label>
            <div class="idea-row">
                <input
                    type="text"
                    id="idea-input"
                    class="idea-input"
                    maxlength="280"
                    autocomplete="off"
                    aria-invalid=move || empty.get().to_string()
                    prop:value=move || text.get()
                    on:input:target=move |ev| app.type_idea(ev.target().value())
                />
                <button class="secondary save-idea" type="submit">{app.tr(Msg::SaveIdea)}</button>
            </div>
            <Show when=move || empty.get()>
                <p class="row-problems" role="alert">{app.tr(Msg::IdeaEmpty)}</p>
            </Show>
            {saved_line}
        </form>
    }
}

//! The core task in one sentence, written now, beside the wording the team began with.

use leptos::prelude::*;

use crate::i18n::{phase_name, Msg};
use crate::model::limits::MAX_CORE_TASK_CHARS;
use crate::model::Phase;
use crate::ui::state::draft::Draft;
use crate::ui::state::use_app;
use crate::ui::tablet::suggestion::SuggestKernen;
use crate::ui::widgets::draft_field::DraftField;

#[component]
pub fn KernenView() -> impl IntoView {
    let app = use_app();
    let before = app.room_memo(|r| r.core_task.clone());
    let now_text = move || app.room(|r| r.core_task_final.clone());
    let controls = Memo::new(move |_| app.role.get().shows_controls());
    let tablet = Memo::new(move |_| app.role.get().team().is_some());
    view! {
        <section class="phase-view kernen">
            <h2 tabindex="-1">{move || phase_name(Phase::Kernen, app.lang.get())}</h2>
            <p class="lead">{app.tr(Msg::KernenIntro)}</p>
            <div class="kernen-columns">
                <div class="panel">
                    <h3>{app.tr(Msg::KernenBefore)}</h3>
                    {move || {
                        let text = before.get();
                        if text.is_empty() {
                            view! { <p class="help">{app.tr(Msg::NoCoreTaskAtStart)}</p> }.into_any()
                        } else {
                            view! { <blockquote class="core-task-quote">{text}</blockquote> }.into_any()
                        }
                    }}
                </div>
                // The facilitator writes the sentence, a team's tablet sends its own,
                // the room reads it.
                {move || if controls.get() {
                    view! { <KernenField/> }.into_any()
                } else if tablet.get() {
                    view! { <SuggestKernen/> }.into_any()
                } else {
                    view! {
                        <div class="panel">
                            <h3>{app.tr(Msg::KernenNow)}</h3>
                            <blockquote class="core-task-quote">{now_text}</blockquote>
                        </div>
                    }.into_any()
                }}
            </div>
            <Show when=move || !tablet.get()>
                <Suggestions/>
            </Show>
        </section>
    }
}

/// The sentence as the facilitator types it for the team.
#[component]
fn KernenField() -> impl IntoView {
    let app = use_app();
    let sentence = Draft::new(
        move || app.room(|r| r.core_task_final.clone()),
        move |text| app.edit(|s| s.set_core_task_final(&text)),
    );
    view! {
        <label class="panel">
            <span class="label">{app.tr(Msg::KernenNow)}</span>
            <DraftField draft=sentence rows=4 maxlength=MAX_CORE_TASK_CHARS class="core-task-final"/>
        </label>
    }
}

/// The teams' own sentences, sent from their tablets; the facilitator may take one as
/// the game's sentence (and go on from there).
#[component]
fn Suggestions() -> impl IntoView {
    let app = use_app();
    let suggestions = app.room_memo(|r| {
        r.kernen_suggestions
            .iter()
            .map(|(team, text)| (r.team_name(*team).to_string(), text.clone()))
            .collect::<Vec<_>>()
    });
    let use_it = move |text: String| app.edit(|s| s.set_core_task_final(&text));
    view! {
        <Show when=move || suggestions.with(|s| !s.is_empty())>
            <section class="panel suggestions">
                <h3>{app.tr(Msg::SuggestionsHeading)}</h3>
                <ul>
                    <For each=move || suggestions.get() key=|s| s.clone() let:suggestion>
                        {
                            let (team, text) = suggestion;
                            let chosen = text.clone();
                            view! {
                                <li>
                                    <blockquote class="core-task-quote">{text}</blockquote>
                                    <span class="suggestion-team">{team}</span>
                                    <Show when=move || app.role.get().writes()>
                                        <button class="secondary small use-suggestion" on:click={let chosen = chosen.clone(); move |_| use_it(chosen.clone())}>
                                            {app.tr(Msg::UseSuggestion)}
                                        </button>
                                    </Show>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}

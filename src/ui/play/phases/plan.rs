//! The handleplan: the top ideas become exactly three activities, each with what, why,
//! category, one owner, a first step and a deadline.

use leptos::prelude::*;

use crate::i18n::{fill, phase_name, plan_problem_text, Msg};
use crate::model::{Activity, Phase, ACTIVITIES};
use crate::ui::play::phases::activity_form::ActivityForm;
use crate::ui::state::use_app;

#[component]
pub fn PlanView() -> impl IntoView {
    let app = use_app();
    // A memo: typing in an activity must not rebuild the three forms.
    let count = app.room_memo(|r| r.plan.activities.len());
    let full = move || count.get() >= ACTIVITIES;
    let problems = move || {
        app.room(|r| {
            r.plan
                .problems()
                .iter()
                .map(|p| plan_problem_text(p, app.lang.get()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="phase-view plan">
            <h2 tabindex="-1">{move || phase_name(Phase::Handleplan, app.lang.get())}</h2>
            <p class="lead">{app.tr(Msg::PlanIntro)}</p>
            <div class="plan-columns">
                <div class="panel plan-ideas">
                    <h3>{app.tr(Msg::RankedHeading)}</h3>
                    <TopIdeas full=Signal::derive(full)/>
                    <button class="secondary empty-activity" disabled=full
                        on:click=move |_| { app.play(|s| s.plan.add(Activity::default())); }>
                        {app.tr(Msg::EmptyActivity)}
                    </button>
                    <Show when=full>
                        <p class="help">{app.tr(Msg::PlanFull)}</p>
                    </Show>
                </div>
                <div class="activities">
                    <For each=move || 0..count.get() key=|index| *index let:index>
                        <ActivityForm index/>
                    </For>
                </div>
            </div>
            <ul class="row-problems plan-problems" aria-live="polite">
                {move || problems().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
            <Show when=move || problems().is_empty()>
                <p class="plan-complete">{app.tr(Msg::PlanComplete)}</p>
            </Show>
        </section>
    }
}

/// The ideas with the most votes not yet made into an activity, each a button away from
/// becoming one.
#[component]
fn TopIdeas(full: Signal<bool>) -> impl IntoView {
    let app = use_app();
    let top = app.room_memo(|r| {
        let used: Vec<u32> = r.plan.activities.iter().filter_map(|a| a.idea).collect();
        r.ideas
            .ranked()
            .into_iter()
            .filter(|ranked| !used.contains(&ranked.lead.id))
            .take(6)
            .map(|ranked| (ranked.lead.id, ranked.lead.text.clone(), ranked.votes))
            .collect::<Vec<_>>()
    });
    view! {
        <ul>
            <For each=move || top.get() key=|idea| (idea.0, idea.2) let:idea>
                {
                    let (id, text, votes) = idea;
                    view! {
                        <li data-idea=id>
                            <span class="ranked-text">{text}</span>
                            <span class="ranked-votes">
                                {move || fill(app.t(Msg::VotesCount), &[("n", &votes.to_string())])}
                            </span>
                            <button class="secondary small make-activity" disabled=full
                                on:click=move |_| { app.play(|s| s.activity_from_idea(id)); }>
                                {app.tr(Msg::MakeActivity)}
                            </button>
                        </li>
                    }
                }
            </For>
        </ul>
    }
}

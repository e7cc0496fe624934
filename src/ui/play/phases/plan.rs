//! The handleplan: the top ideas become exactly three activities, each with what, why,
//! category, one owner, a first step and a deadline.

use leptos::prelude::*;

use crate::i18n::{category_name, fill, phase_name, plan_problem_text, Msg};
use crate::model::{Activity, Category, Phase, ACTIVITIES};

use crate::ui::state::use_app;

#[component]
pub fn PlanView() -> impl IntoView {
    let app = use_app();
    // A memo: typing in an activity must not rebuild the three forms.
    let count = Memo::new(move |_| {
        app.session
            .with(|s| s.as_ref().map(|s| s.plan.activities.len()).unwrap_or(0))
    });
    let count = move || count.get();
    let full = move || count() >= ACTIVITIES;
    let top_ideas = move || {
        app.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    let used: Vec<u32> = s.plan.activities.iter().filter_map(|a| a.idea).collect();
                    s.ideas
                        .ranked()
                        .into_iter()
                        .filter(|r| !used.contains(&r.lead.id))
                        .take(6)
                        .map(|r| (r.lead.id, r.lead.text.clone(), r.votes))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let problems = move || {
        app.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.plan
                        .problems()
                        .iter()
                        .map(|p| plan_problem_text(p, app.lang.get()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <section class="phase-view plan">
            <h2 tabindex="-1">{move || phase_name(Phase::Handleplan, app.lang.get())}</h2>
            <p class="lead">{move || app.t(Msg::PlanIntro)}</p>
            <div class="plan-columns">
                <div class="panel plan-ideas">
                    <h3>{move || app.t(Msg::RankedHeading)}</h3>
                    <ul>
                        {move || top_ideas().into_iter().map(|(id, text, votes)| view! {
                            <li data-idea=id>
                                <span class="ranked-text">{text}</span>
                                <span class="ranked-votes">{move || fill(app.t(Msg::VotesCount), &[("n", &votes.to_string())])}</span>
                                <button class="secondary small make-activity" disabled=full
                                    on:click=move |_| app.play(|s| s.activity_from_idea(id).map(|_| ()))>
                                    {move || app.t(Msg::MakeActivity)}
                                </button>
                            </li>
                        }).collect_view()}
                    </ul>
                    <button class="secondary empty-activity" disabled=full
                        on:click=move |_| app.play(|s| s.plan.add(Activity::default()).map(|_| ()).map_err(Into::into))>
                        {move || app.t(Msg::EmptyActivity)}
                    </button>
                    <Show when=full>
                        <p class="help">{move || app.t(Msg::PlanFull)}</p>
                    </Show>
                </div>
                <div class="activities">
                    {move || (0..count()).map(|index| view! { <ActivityForm index/> }).collect_view()}
                </div>
            </div>
            <ul class="row-problems plan-problems" aria-live="polite">
                {move || problems().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
            <Show when=move || problems().is_empty()>
                <p class="plan-complete">{move || app.t(Msg::PlanComplete)}</p>
            </Show>
        </section>
    }
}

/// One activity's fields; every keystroke is saved.
#[component]
fn ActivityForm(index: usize) -> impl IntoView {
    let app = use_app();
    let activity = move || {
        app.session.with(|s| {
            s.as_ref()
                .and_then(|s| s.plan.activities.get(index).cloned())
                .unwrap_or_default()
        })
    };
    let edit = move |change: Box<dyn FnOnce(&mut Activity)>| {
        app.play(|s| s.plan.update(index, change).map_err(Into::into));
    };
    let text_field = move |label: Msg,
                           class: &'static str,
                           get: fn(&Activity) -> String,
                           set: fn(&mut Activity, String),
                           multiline: bool| {
        let input = if multiline {
            view! {
                <textarea rows="2" maxlength="300" prop:value=move || get(&activity())
                    on:input:target=move |ev| { let v = ev.target().value(); edit(Box::new(move |a| set(a, v))); }></textarea>
            }.into_any()
        } else {
            view! {
                <input type="text" maxlength="300" prop:value=move || get(&activity())
                    on:input:target=move |ev| { let v = ev.target().value(); edit(Box::new(move |a| set(a, v))); }/>
            }.into_any()
        };
        view! {
            <label class=format!("activity-field {class}")>
                <span class="label">{move || app.t(label)}</span>
                {input}
            </label>
        }
    };
    view! {
        <fieldset class="activity" data-activity=index>
            <legend>{move || fill(app.t(Msg::ActivityN), &[("n", &(index + 1).to_string())])}</legend>
            {text_field(Msg::FieldWhat, "what", |a| a.what.clone(), |a, v| a.what = v, true)}
            {text_field(Msg::FieldWhy, "why", |a| a.why.clone(), |a, v| a.why = v, true)}
            <div class="activity-row">
                <label class="activity-field category">
                    <span class="label">{move || app.t(Msg::FieldCategory)}</span>
                    <select on:change:target=move |ev| {
                        let key = ev.target().value();
                        let category = Category::ALL.into_iter().find(|c| c.key() == key);
                        edit(Box::new(move |a| a.category = category));
                    }>
                        <option value="" selected=move || activity().category.is_none()>"–"</option>
                        {Category::ALL.into_iter().map(|c| view! {
                            <option value=c.key() selected=move || activity().category == Some(c)>{move || category_name(c, app.lang.get())}</option>
                        }).collect_view()}
                    </select>
                </label>
                {text_field(Msg::FieldOwner, "owner", |a| a.owner.clone(), |a, v| a.owner = v, false)}
                <label class="activity-field deadline">
                    <span class="label">{move || app.t(Msg::FieldDeadline)}</span>
                    <input type="date" prop:value=move || activity().deadline
                        on:input:target=move |ev| { let v = ev.target().value(); edit(Box::new(move |a| a.deadline = v)); }/>
                </label>
            </div>
            {text_field(Msg::FieldFirstStep, "first-step", |a| a.first_step.clone(), |a, v| a.first_step = v, false)}
            {text_field(Msg::FieldMeasure, "measure", |a| a.measure.clone(), |a, v| a.measure = v, false)}
            <button class="secondary small danger-text remove-activity"
                on:click=move |_| app.play(|s| s.plan.remove(index).map(|_| ()).map_err(Into::into))>
                {move || app.t(Msg::RemoveActivity)}
            </button>
        </fieldset>
    }
}

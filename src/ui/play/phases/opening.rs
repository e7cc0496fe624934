//! The opening: why we are here, our agreements, the teams, and the core task as the
//! team words it today.

use leptos::prelude::*;

use crate::i18n::Msg;

use crate::ui::state::use_app;
use crate::ui::widgets::piece_badge::PieceBadge;

#[component]
pub fn OpeningView() -> impl IntoView {
    let app = use_app();
    let core_task = app.room_memo(|r| r.core_task.clone());
    let core_task = move || core_task.get();
    let teams = app.room_memo(|r| r.teams.clone());
    let teams = move || teams.get();
    view! {
        <section class="phase-view opening">
            <h2 tabindex="-1">{app.tr(Msg::OpeningHeading)}</h2>
            <p class="lead">{app.tr(Msg::OpeningPurpose)}</p>
            <div class="opening-columns">
                <div class="panel">
                    <h3>{app.tr(Msg::RulesHeading)}</h3>
                    <ul class="rules">
                        {[Msg::Rule1, Msg::Rule2, Msg::Rule3, Msg::Rule4]
                            .into_iter()
                            .map(|rule| view! { <li>{move || app.t(rule)}</li> })
                            .collect_view()}
                    </ul>
                </div>
                <div class="panel">
                    <h3>{app.tr(Msg::CoreTaskToday)}</h3>
                    {move || {
                        let task = core_task();
                        if task.is_empty() {
                            view! { <p class="help">{app.tr(Msg::NoCoreTaskYet)}</p> }.into_any()
                        } else {
                            view! { <blockquote class="core-task-quote">{task}</blockquote> }.into_any()
                        }
                    }}
                    <ul class="opening-teams">
                        {move || teams().into_iter().map(|t| {
                            let letter = t.letter();
                            view! {
                                <li>
                                    <PieceBadge shape=t.shape colour=t.colour letter class="team-piece"/>
                                    <span>{t.name.clone()}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            </div>
        </section>
    }
}

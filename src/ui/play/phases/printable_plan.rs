//! The plan as it prints on A4 (and as the projector shows it): the core task, the
//! three activities, the follow-up date — dates written out as a reader expects them.

use leptos::prelude::*;

use crate::i18n::{category_name, long_date, Msg};
use crate::model::export;
use crate::ui::state::use_app;

#[component]
pub fn PrintablePlan() -> impl IntoView {
    let app = use_app();
    let plan = app.room_memo(|r| {
        Some((
            r.plan.clone(),
            export::final_core_task(&r.core_task, &r.core_task_final).to_string(),
            r.teams
                .iter()
                .map(|t| t.name.clone())
                .collect::<Vec<_>>()
                .join(", "),
        ))
    });
    move || {
        plan.get().map(|(plan, core, teams)| {
            let lang = app.lang.get();
            view! {
                <article class="print-plan">
                    <h2>{Msg::ExportTitle.get(lang)}</h2>
                    <p class="print-teams">{teams}</p>
                    <p class="print-core"><strong>{Msg::ExportCoreTask.get(lang)} ": "</strong>{core}</p>
                    {plan.activities.iter().enumerate().map(|(i, a)| view! {
                        <section class="print-activity">
                            <h3>{format!("{} {}: {}", Msg::ExportActivity.get(lang), i + 1, a.what)}</h3>
                            <dl>
                                <dt>{Msg::ExportWhy.get(lang)}</dt><dd>{a.why.clone()}</dd>
                                <dt>{Msg::FieldCategory.get(lang)}</dt><dd>{a.category.map(|c| category_name(c, lang)).unwrap_or("")}</dd>
                                <dt>{Msg::ExportOwner.get(lang)}</dt><dd>{a.owner.clone()}</dd>
                                <dt>{Msg::ExportFirstStep.get(lang)}</dt><dd>{a.first_step.clone()}</dd>
                                <dt>{Msg::DeadlineShort.get(lang)}</dt><dd>{long_date(&a.deadline, lang)}</dd>
                                {(!a.measure.trim().is_empty()).then(|| view! {
                                    <dt>{Msg::ExportMeasure.get(lang)}</dt><dd>{a.measure.clone()}</dd>
                                })}
                            </dl>
                        </section>
                    }).collect_view()}
                    <p class="print-follow-up"><strong>{Msg::ExportFollowUp.get(lang)} ": "</strong>{long_date(&plan.follow_up, lang)}</p>
                </article>
            }
        })
    }
}

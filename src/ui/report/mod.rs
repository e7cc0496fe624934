//! The session report: the core task at the start and at the end, pictures of what
//! happened (the category wheel, how the time went, each team, ideas per category, the
//! vote), the three activities and the cards talked with the ideas they gave. It reads
//! a copy of the game and never changes it; it prints on A4 without the app around it.

pub mod bars;
pub mod counts;
pub mod downloads;
pub mod figures;
pub mod timeline;
pub mod wheel;

use leptos::prelude::*;

use crate::i18n::{category_name, fill, long_date, session_title, Msg};
use crate::model::report::{report, rounded_minutes};
use crate::model::{Lang, Session};
use crate::ui::browser::clock::{format_date, now_ms};
use crate::ui::replay::ReplayDialog;
use crate::ui::report::downloads::{download_calendar, download_markdown};
use crate::ui::report::figures::Figures;
use crate::ui::state::use_app;

/// The report of `session`, with its actions; `on_close` goes back.
#[component]
pub fn ReportPage(session: Session, #[prop(into)] on_close: Callback<()>) -> impl IntoView {
    let app = use_app();
    let session = StoredValue::new(session);
    let (status, set_status) = signal(None::<String>);
    let replaying = RwSignal::new(false);
    let download = move |calendar: bool| {
        let lang = app.lang.get_untracked();
        let sentence = session.with_value(|s| {
            if calendar {
                download_calendar(s, lang)
            } else {
                download_markdown(s, lang)
            }
        });
        set_status.set(Some(sentence));
    };
    let print = move |_| {
        let _ = window().print();
    };
    let body = move || {
        let lang = app.lang.get();
        session.with_value(|s| view! { <ReportBody session=s.clone() lang/> })
    };
    view! {
        <section class="report" aria-labelledby="report-title">
            <div class="report-actions">
                <button class="secondary report-close" on:click=move |_| on_close.run(())>
                    {app.tr(Msg::CloseReport)}
                </button>
                <button class="primary report-print" on:click=print>{app.tr(Msg::PrintReport)}</button>
                <button class="secondary report-md" on:click=move |_| download(false)>{app.tr(Msg::ExportMarkdown)}</button>
                <button class="secondary report-ics" on:click=move |_| download(true)>{app.tr(Msg::ExportCalendar)}</button>
                <button class="secondary report-replay" on:click=move |_| replaying.set(true)>{app.tr(Msg::ShowReplay)}</button>
                <p class="status" role="status">{move || status.get()}</p>
            </div>
            {body}
            <Show when=move || replaying.get()>
                <ReplayDialog session=session.get_value() on_close=move |_| replaying.set(false)/>
            </Show>
        </section>
    }
}

#[component]
fn ReportBody(session: Session, lang: Lang) -> impl IntoView {
    let figures = report(&session, now_ms());
    let title = session_title(&session.summary(), lang);
    let teams = session
        .teams
        .iter()
        .map(|t| t.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let subtitle = fill(
        Msg::ReportSubtitle.get(lang),
        &[
            ("teams", &teams),
            ("date", &format_date(session.created_at_ms, lang)),
            ("used", &rounded_minutes(figures.played_ms).to_string()),
            ("planned", &rounded_minutes(figures.planned_ms).to_string()),
        ],
    );
    let written = |text: &str| match text.trim() {
        "" => Msg::ReportCoreMissing.get(lang).to_string(),
        text => text.to_string(),
    };
    let start = written(&session.core_task);
    let end = written(&session.core_task_final);
    let activities = session.plan.activities.clone();
    let talked = figures.talked.clone();
    let team_name = {
        let names: Vec<String> = session.teams.iter().map(|t| t.name.clone()).collect();
        move |i: usize| names.get(i).cloned().unwrap_or_default()
    };
    view! {
        <header class="report-header">
            <h2 id="report-title" tabindex="-1">{fill(Msg::ReportHeading.get(lang), &[("session", &title)])}</h2>
            <p class="report-subtitle">{subtitle}</p>
        </header>
        <div class="report-core">
            <section>
                <h3>{Msg::ReportCoreStart.get(lang)}</h3>
                <p>{start}</p>
            </section>
            <section>
                <h3>{Msg::ReportCoreEnd.get(lang)}</h3>
                <p>{end}</p>
            </section>
        </div>
        <Figures figures=figures teams=session.teams.clone() lang/>
        <section class="report-activities">
            <h3>{Msg::ReportActivities.get(lang)}</h3>
            {activities.is_empty().then(|| view! { <p>{Msg::ReportNoActivities.get(lang)}</p> })}
            <ol>
                {activities.into_iter().map(|a| view! {
                    <li>
                        <strong class="activity-what">{a.what}</strong>
                        <dl>
                            <dt>{Msg::ExportOwner.get(lang)}</dt><dd>{a.owner}</dd>
                            <dt>{Msg::ExportFirstStep.get(lang)}</dt><dd>{a.first_step}</dd>
                            <dt>{Msg::DeadlineShort.get(lang)}</dt><dd>{long_date(&a.deadline, lang)}</dd>
                            <dt>{Msg::FieldCategory.get(lang)}</dt>
                            <dd>{a.category.map(|c| category_name(c, lang)).unwrap_or("")}</dd>
                        </dl>
                    </li>
                }).collect_view()}
            </ol>
            <p class="report-follow-up">
                <strong>{Msg::ExportFollowUp.get(lang)} ": "</strong>{long_date(&session.plan.follow_up, lang)}
            </p>
        </section>
        <section class="report-talked">
            <h3>{Msg::ReportTalked.get(lang)}</h3>
            {if talked.is_empty() {
                view! { <p>{Msg::ReportNoCards.get(lang)}</p> }.into_any()
            } else {
                view! {
                    <ol>
                        {talked.into_iter().map(|t| view! {
                            <li>
                                <span class="talked-card">{t.card.text.get(lang).to_string()}</span>
                                " "
                                <span class="talked-team">"(" {team_name(t.team)} ")"</span>
                                {if t.ideas.is_empty() {
                                    view! { <p class="talked-none">{Msg::ReportNoIdeasFromCard.get(lang)}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul>{t.ideas.into_iter().map(|idea| view! { <li>{idea}</li> }).collect_view()}</ul>
                                    }.into_any()
                                }}
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}

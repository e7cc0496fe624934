//! Check-out: a date to follow up, the plan as it will print, downloads in three
//! formats, and finishing the session once the plan is complete.

use leptos::prelude::*;

use crate::i18n::{export_labels, fill, phase_name, plan_problem_text, Msg};
use crate::model::export;
use crate::model::{Phase, Session};

use crate::ui::browser::clock::now_ms;
use crate::ui::browser::file_io::download_text;
use crate::ui::browser::focus::focus_first;
use crate::ui::play::phases::printable_plan::PrintablePlan;
use crate::ui::report::downloads::{download_calendar, download_markdown};
use crate::ui::report::ReportPage;
use crate::ui::state::draft::Draft;
use crate::ui::state::use_app;
use crate::ui::widgets::draft_field::DraftField;

#[component]
pub fn CheckoutView() -> impl IntoView {
    let app = use_app();
    let (status, set_status) = signal(None::<String>);
    let follow_up = Draft::new(
        move || app.room(|r| r.plan.follow_up.clone()),
        move |date| app.edit(|s| s.set_follow_up(&date)),
    );
    let finished = app.room_memo(|r| r.finished);
    let problems = move || {
        app.room(|r| {
            r.plan
                .finish_problems()
                .iter()
                .map(|p| plan_problem_text(p, app.lang.get()))
                .collect::<Vec<_>>()
        })
    };
    let download = move |kind: &'static str| {
        let lang = app.lang.get_untracked();
        if kind == "md" {
            let sentence = untrack(|| app.game(|s| Some(download_markdown(s, lang))));
            set_status.set(sentence);
            return;
        }
        let file = untrack(|| {
            app.game(|s| {
                Some(match kind {
                    "csv" => (export::csv(s, &export_labels(lang)), "text/csv"),
                    _ => (export::json(s), "application/json"),
                })
            })
        });
        let Some((text, mime)) = file else {
            return;
        };
        let file = format!("handleplan.{kind}");
        match download_text(&file, &text, mime) {
            Ok(()) => set_status.set(Some(fill(app.t(Msg::PlanDownloaded), &[("file", &file)]))),
            Err(reason) => {
                set_status.set(Some(fill(app.t(Msg::ExportFailed), &[("reason", &reason)])))
            }
        }
    };
    let print = move |_| {
        let _ = window().print();
    };
    let calendar = move |_| {
        let lang = app.lang.get_untracked();
        let sentence = untrack(|| app.game(|s| Some(download_calendar(s, lang))));
        set_status.set(sentence);
    };
    // The report reads a copy of the game as it is when opened.
    let report = RwSignal::new(None::<Session>);
    let open_report = move |_| {
        report.set(untrack(|| app.game(|s| Some(s.clone()))));
        focus_first("#report-title".to_string());
    };
    let close_report = move |_| {
        report.set(None);
        focus_first(".checkout .show-report".to_string());
    };
    let reported = Memo::new(move |_| report.with(Option::is_some));
    view! {
        {move || report.get().map(|session| view! { <ReportPage session on_close=close_report/> })}
        <Show when=move || !reported.get()>
        <section class="phase-view checkout">
            <h2 tabindex="-1">{move || phase_name(Phase::Checkout, app.lang.get())}</h2>
            <div class="checkout-columns">
                <div class="panel">
                    <label class="follow-up">
                        <span class="label">{app.tr(Msg::FollowUpLabel)}</span>
                        <DraftField draft=follow_up kind="date" maxlength=10/>
                    </label>
                    <div class="export-buttons">
                        <button class="secondary export-md" on:click=move |_| download("md")>{app.tr(Msg::ExportMarkdown)}</button>
                        <button class="secondary export-csv" on:click=move |_| download("csv")>{app.tr(Msg::ExportCsv)}</button>
                        <button class="secondary export-json" on:click=move |_| download("json")>{app.tr(Msg::ExportJson)}</button>
                        <button class="secondary export-ics" on:click=calendar>{app.tr(Msg::ExportCalendar)}</button>
                        <button class="secondary print" on:click=print>{app.tr(Msg::PrintPlan)}</button>
                        <button class="secondary show-report" on:click=open_report>{app.tr(Msg::ShowReport)}</button>
                    </div>
                    <p class="status" role="status">{move || status.get()}</p>
                    <ul class="row-problems" aria-live="polite">
                        {move || problems().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                    </ul>
                    {move || if finished.get() {
                        view! { <p class="finished" role="status">{app.tr(Msg::Finished)}</p> }.into_any()
                    } else {
                        view! {
                            <button class="primary finish" disabled=move || !problems().is_empty()
                                on:click=move |_| { app.play(|s| s.finish(now_ms())); }>
                                {app.tr(Msg::FinishSession)}
                            </button>
                        }.into_any()
                    }}
                </div>
                <PrintablePlan/>
            </div>
        </section>
        </Show>
    }
}

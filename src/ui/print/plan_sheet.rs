//! An empty handleplan on one A4 page, for tables that write on paper: the date, the
//! core task in one sentence, the three activities' fields, and the follow-up.

use leptos::prelude::*;

use crate::i18n::{category_name, Msg};
use crate::model::{Category, Lang, ACTIVITIES};
use crate::ui::state::use_app;
use crate::ui::widgets::icons::category_icon;

/// A box to tick for each category, with its icon and name.
fn category_boxes(lang: Lang) -> impl IntoView {
    Category::ALL
        .into_iter()
        .map(|c| {
            view! {
                <span class="tick-box">
                    <span class="box" aria-hidden="true"></span>
                    <svg class="tick-icon" viewBox="-13 -13 26 26" aria-hidden="true">{category_icon(c, "#111111")}</svg>
                    {category_name(c, lang)}
                </span>
            }
        })
        .collect_view()
}

#[component]
pub fn PlanSheet() -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let line = |label: Msg, class: &'static str| {
            view! {
                <div class=format!("write-line {class}")>
                    <span class="write-label">{label.get(lang)}</span>
                    <span class="write-space"></span>
                </div>
            }
        };
        let activities = (1..=ACTIVITIES)
            .map(|n| {
                view! {
                    <section class="plan-activity">
                        <h3>{format!("{} {n}", Msg::ExportActivity.get(lang))}</h3>
                        {line(Msg::FieldWhat, "tall")}
                        {line(Msg::FieldWhy, "")}
                        <div class="write-line categories">
                            <span class="write-label">{Msg::FieldCategory.get(lang)}</span>
                            <span class="tick-boxes">{category_boxes(lang)}</span>
                        </div>
                        {line(Msg::FieldOwner, "")}
                        {line(Msg::FieldFirstStep, "")}
                        {line(Msg::FieldDeadline, "")}
                        {line(Msg::ExportMeasure, "")}
                    </section>
                }
            })
            .collect_view();
        view! {
            <div class="sheet sheet-a4 plan-sheet">
                <h2>{Msg::ExportTitle.get(lang)}</h2>
                {line(Msg::PrintPlanDate, "short")}
                {line(Msg::PrintPlanCore, "tall")}
                {activities}
                {line(Msg::ExportFollowUp, "short")}
            </div>
        }
    }
}

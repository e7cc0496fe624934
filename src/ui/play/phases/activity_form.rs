//! One activity of the handleplan: what, why, category, owner, deadline, first step and
//! how we will know. Typing keeps a draft and commits it when typing pauses.

use leptos::prelude::*;

use crate::i18n::{category_name, fill, Msg};
use crate::model::limits::MAX_PLAN_FIELD_CHARS;
use crate::model::{Activity, Category};
use crate::ui::state::draft::Draft;
use crate::ui::state::use_app;
use crate::ui::widgets::draft_field::DraftField;

/// How a field of an activity is read and written.
type ReadField = fn(&Activity) -> String;
type WriteField = fn(&mut Activity, String);

#[component]
pub fn ActivityForm(index: usize) -> impl IntoView {
    let app = use_app();
    let category = app.room_memo(move |r| r.plan.activities.get(index).and_then(|a| a.category));
    let set_category = move |key: String| {
        let chosen = Category::ALL.into_iter().find(|c| c.key() == key);
        app.play(|s| s.plan.update(index, |a| a.category = chosen));
    };
    view! {
        <fieldset class="activity" data-activity=index>
            <legend>{move || fill(app.t(Msg::ActivityN), &[("n", &(index + 1).to_string())])}</legend>
            <ActivityText index label=Msg::FieldWhat class="what" get=|a| a.what.clone() set=|a, v| a.what = v multiline=true/>
            <ActivityText index label=Msg::FieldWhy class="why" get=|a| a.why.clone() set=|a, v| a.why = v multiline=true/>
            <div class="activity-row">
                <label class="activity-field category">
                    <span class="label">{app.tr(Msg::FieldCategory)}</span>
                    <select on:change:target=move |ev| set_category(ev.target().value())>
                        <option value="" selected=move || category.get().is_none()>"–"</option>
                        {Category::ALL.into_iter().map(|c| view! {
                            <option value=c.key() selected=move || category.get() == Some(c)>{move || category_name(c, app.lang.get())}</option>
                        }).collect_view()}
                    </select>
                </label>
                <ActivityText index label=Msg::FieldOwner class="owner" get=|a| a.owner.clone() set=|a, v| a.owner = v/>
                <ActivityText index label=Msg::FieldDeadline class="deadline" get=|a| a.deadline.clone() set=|a, v| a.deadline = v kind="date"/>
            </div>
            <ActivityText index label=Msg::FieldFirstStep class="first-step" get=|a| a.first_step.clone() set=|a, v| a.first_step = v/>
            <ActivityText index label=Msg::FieldMeasure class="measure" get=|a| a.measure.clone() set=|a, v| a.measure = v/>
            <button class="secondary small danger-text remove-activity"
                on:click=move |_| { app.play(|s| s.plan.remove(index)); }>
                {app.tr(Msg::RemoveActivity)}
            </button>
        </fieldset>
    }
}

/// One written field of the activity, as a line, a few lines, or a date.
#[component]
fn ActivityText(
    index: usize,
    label: Msg,
    class: &'static str,
    get: ReadField,
    set: WriteField,
    #[prop(optional)] multiline: bool,
    #[prop(default = "text")] kind: &'static str,
) -> impl IntoView {
    let app = use_app();
    let draft = Draft::new(
        move || app.room(|r| r.plan.activities.get(index).map(get).unwrap_or_default()),
        move |text| {
            app.play(|s| s.plan.update(index, |a| set(a, text)));
        },
    );
    view! {
        <label class=format!("activity-field {class}")>
            <span class="label">{move || app.t(label)}</span>
            <DraftField draft kind rows=if multiline { 2 } else { 0 } maxlength=MAX_PLAN_FIELD_CHARS/>
        </label>
    }
}

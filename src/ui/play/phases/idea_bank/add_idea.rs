//! An idea that came up outside a card, written straight into the bank with its team
//! and (if any) its category.

use leptos::prelude::*;

use crate::i18n::{category_name, Msg};
use crate::model::Category;
use crate::ui::state::use_app;

#[component]
pub fn AddIdea() -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    let team = RwSignal::new(0usize);
    let category = RwSignal::new(None::<Category>);
    let teams = app.room_memo(|r| r.teams.iter().map(|t| t.name.clone()).collect::<Vec<_>>());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (written, by, about) = (
            text.get_untracked(),
            team.get_untracked(),
            category.get_untracked(),
        );
        if app.play(|s| s.add_idea(&written, by, about)).is_some() {
            text.set(String::new());
        }
    };
    view! {
        <form class="add-idea" on:submit=add>
            <label class="add-idea-text">
                <span class="label">{app.tr(Msg::AddIdea)}</span>
                <input type="text" maxlength="280" prop:value=move || text.get() on:input:target=move |ev| text.set(ev.target().value())/>
            </label>
            <label class="add-idea-choice">
                <span class="label">{app.tr(Msg::IdeaTeam)}</span>
                <select on:change:target=move |ev| team.set(ev.target().value().parse().unwrap_or(0))>
                    {move || teams.get().into_iter().enumerate().map(|(i, name)| view! {
                        <option value=i.to_string() selected=move || team.get() == i>{name}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="add-idea-choice">
                <span class="label">{app.tr(Msg::FieldCategory)}</span>
                <select on:change:target=move |ev| {
                    let key = ev.target().value();
                    category.set(Category::ALL.into_iter().find(|c| c.key() == key));
                }>
                    <option value="">"–"</option>
                    {Category::ALL.into_iter().map(|c| view! {
                        <option value=c.key()>{move || category_name(c, app.lang.get())}</option>
                    }).collect_view()}
                </select>
            </label>
            <button class="secondary" type="submit">{app.tr(Msg::AddIdea)}</button>
        </form>
    }
}

//! Writing a new idea: kept as it is typed, added with an optional category.

use leptos::prelude::*;

use crate::i18n::{category_name, fill, Msg};
use crate::model::Category;
use crate::ui::state::use_app;

use super::book::use_book;
use crate::model::limits::{MAX_IDEA_CHARS, MAX_NOTEBOOK_IDEAS};

#[component]
pub fn NewIdea() -> impl IntoView {
    let app = use_app();
    let book = use_book();
    let category = RwSignal::new(None::<Category>);
    let full = Memo::new(move |_| book.draft.with(|d| d.is_full()));
    let blank = Memo::new(move |_| book.draft.with(|d| d.typing.trim().is_empty()));
    let field = NodeRef::<leptos::html::Textarea>::new();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = book.draft.with_untracked(|d| d.typing.clone());
        let added = book.change(|d| {
            let n = d.add(&text, category.get_untracked())?;
            d.typing.clear();
            Ok(n)
        });
        if added.is_ok() {
            if let Some(field) = field.get() {
                let _ = field.focus();
            }
            // The new idea is last in the list: brought into view there.
            request_animation_frame(|| {
                if let Ok(Some(last)) = document().query_selector(".notebook-idea:last-child") {
                    last.scroll_into_view_with_bool(false);
                }
            });
        }
    };
    view! {
        <form class="new-idea" on:submit=add>
            <label class="new-idea-text">
                <span class="label">{app.tr(Msg::NotebookNewIdea)}</span>
                <textarea
                    node_ref=field
                    rows="3"
                    maxlength=MAX_IDEA_CHARS
                    prop:value=move || book.draft.with(|d| d.typing.clone())
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        book.edit(|d| d.typing = text);
                    }
                ></textarea>
            </label>
            <div class="new-idea-row">
                <label class="new-idea-category">
                    <span class="label">{app.tr(Msg::NotebookIdeaCategory)}</span>
                    <select on:change:target=move |ev| {
                        let key = ev.target().value();
                        category.set(Category::ALL.into_iter().find(|c| c.key() == key));
                    }>
                        <option value="" selected=move || category.get().is_none()>
                            {app.tr(Msg::NotebookNoCategory)}
                        </option>
                        {Category::ALL.into_iter().map(|c| view! {
                            <option value=c.key() selected=move || category.get() == Some(c)>
                                {move || category_name(c, app.lang.get())}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
                <button type="submit" class="primary add-notebook-idea" disabled=move || blank.get() || full.get()>
                    {app.tr(Msg::NotebookAddIdea)}
                </button>
            </div>
            <Show when=move || full.get()>
                <p class="problem" role="alert">
                    {move || fill(app.t(Msg::NotebookFull), &[("max", &MAX_NOTEBOOK_IDEAS.to_string())])}
                </p>
            </Show>
        </form>
    }
}

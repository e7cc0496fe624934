//! The ideas written so far, newest last: each can be put right or deleted before the
//! notebook is handed over.

use leptos::prelude::*;

use crate::i18n::{category_name, fill, notebook_error_text, Msg};
use crate::protocol::handover::NotebookIdea;
use crate::ui::browser::focus::focus_first_of;
use crate::ui::state::use_app;

use super::book::use_book;
use crate::model::limits::MAX_IDEA_CHARS;

#[component]
pub fn IdeaList() -> impl IntoView {
    let app = use_app();
    let book = use_book();
    let ideas = Memo::new(move |_| book.draft.with(|d| d.ideas.clone()));
    let editing = RwSignal::new(None::<u32>);
    view! {
        <section class="notebook-ideas" aria-labelledby="notebook-ideas-title">
            <h2 id="notebook-ideas-title">
                {move || fill(app.t(Msg::NotebookIdeas), &[("n", &ideas.with(Vec::len).to_string())])}
            </h2>
            <Show when=move || ideas.with(Vec::is_empty)>
                <p class="quiet">{app.tr(Msg::NotebookEmpty)}</p>
            </Show>
            <ol class="notebook-list">
                <For each=move || ideas.get() key=|idea| (idea.n, idea.text.clone(), idea.category) let:idea>
                    <IdeaRow idea editing/>
                </For>
            </ol>
            <Show when=move || book.not_kept.with(Option::is_some)>
                <p class="problem" role="alert">
                    {move || fill(app.t(Msg::NotebookNotKept), &[("reason", &book.not_kept.get().unwrap_or_default())])}
                </p>
            </Show>
        </section>
    }
}

#[component]
fn IdeaRow(idea: NotebookIdea, editing: RwSignal<Option<u32>>) -> impl IntoView {
    let app = use_app();
    let book = use_book();
    let n = idea.n;
    let text = idea.text.clone();
    let is_editing = move || editing.get() == Some(n);
    let typed = RwSignal::new(idea.text.clone());
    let problem = RwSignal::new(None::<String>);
    let remove = move |_| {
        let (after, before) = book.draft.with_untracked(|d| {
            let at = d.ideas.iter().position(|i| i.n == n).unwrap_or(0);
            (
                d.ideas.get(at + 1).map(|i| i.n),
                at.checked_sub(1).and_then(|b| d.ideas.get(b)).map(|i| i.n),
            )
        });
        if book.change(|d| d.remove(n)).is_ok() {
            let mut places: Vec<String> = [after, before]
                .into_iter()
                .flatten()
                .map(|m| format!("[data-n=\"{m}\"] .delete-notebook-idea"))
                .collect();
            places.push(".new-idea textarea".into());
            focus_first_of(places);
        }
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match book.change(|d| d.edit(n, &typed.get_untracked())) {
            Ok(()) => {
                editing.set(None);
                focus_first_of(vec![format!("[data-n=\"{n}\"] .edit-notebook-idea")]);
            }
            Err(e) => problem.set(Some(notebook_error_text(&e, app.lang.get_untracked()))),
        }
    };
    let tag = idea.category;
    view! {
        <li class="notebook-idea" data-n=n>
            <Show
                when=is_editing
                fallback=move || view! {
                    <p class="idea-text">{text.clone()}</p>
                    {tag.map(|c| view! { <p class="idea-tag">{move || category_name(c, app.lang.get())}</p> })}
                    <div class="notebook-idea-actions">
                        <button class="secondary edit-notebook-idea" aria-label=app.tr(Msg::NotebookEditIdea)
                            on:click=move |_| { problem.set(None); editing.set(Some(n)); }>
                            {app.tr(Msg::NotebookEdit)}
                        </button>
                        <button class="secondary icon delete-notebook-idea"
                            aria-label=app.tr(Msg::NotebookDeleteIdea) title=app.tr(Msg::NotebookDeleteIdea)
                            on:click=remove>"✕"</button>
                    </div>
                }
            >
                <form class="edit-idea" on:submit=save>
                    <label>
                        <span class="visually-hidden">{app.tr(Msg::NotebookEditIdea)}</span>
                        <textarea rows="3" maxlength=MAX_IDEA_CHARS autofocus
                            prop:value=move || typed.get()
                            on:input:target=move |ev| typed.set(ev.target().value())></textarea>
                    </label>
                    <div class="notebook-idea-actions">
                        <button type="button" class="secondary" on:click=move |_| editing.set(None)>
                            {app.tr(Msg::Cancel)}
                        </button>
                        <button type="submit" class="primary">{app.tr(Msg::NotebookSaveIdea)}</button>
                    </div>
                    <p class="problem" role="alert">{move || problem.get()}</p>
                </form>
            </Show>
        </li>
    }
}

//! The team's ballot in its notebook: the idea bank as the team's tablet last saw it,
//! the team's dots to give and take back with no network. The votes go with the codes
//! and the file, and become the team's votes in the game.

use leptos::prelude::*;

use crate::i18n::{fill, notebook_error_text, Msg};
use crate::model::{BallotIdea, NotebookDraft, NotebookError};
use crate::ui::state::use_app;

use super::book::use_book;

#[component]
pub fn NotebookBallotView() -> impl IntoView {
    let app = use_app();
    let book = use_book();
    let ideas = Memo::new(move |_| {
        book.draft.with(|d| {
            d.ballot
                .as_ref()
                .map(|b| b.ideas.clone())
                .unwrap_or_default()
        })
    });
    let left = Memo::new(move |_| {
        book.draft
            .with(|d| d.ballot.as_ref().map_or(0, |b| b.left()))
    });
    let problem = RwSignal::new(None::<String>);
    let change = move |f: fn(&mut NotebookDraft, u32) -> Result<(), NotebookError>, id: u32| {
        problem.set(
            book.change(|d| f(d, id))
                .err()
                .map(|e| notebook_error_text(&e, app.lang.get_untracked())),
        );
    };
    view! {
        <section class="notebook-ballot" aria-labelledby="notebook-ballot-title">
            <h2 id="notebook-ballot-title">{app.tr(Msg::BallotHeading)}</h2>
            <p class="lead">{app.tr(Msg::NotebookBallotHelp)}</p>
            <p class="votes-left big">{move || fill(app.t(Msg::VotesLeft), &[("n", &left.get().to_string())])}</p>
            <ul class="ballot-list">
                <For each=move || ideas.get() key=|idea| idea.id let:idea>
                    <BallotRow idea left change/>
                </For>
            </ul>
            <p class="problem" role="alert">{move || problem.get()}</p>
        </section>
    }
}

#[component]
fn BallotRow(
    idea: BallotIdea,
    left: Memo<u32>,
    change: impl Fn(fn(&mut NotebookDraft, u32) -> Result<(), NotebookError>, u32)
        + Copy
        + Send
        + Sync
        + 'static,
) -> impl IntoView {
    let app = use_app();
    let book = use_book();
    let id = idea.id;
    let ours = Memo::new(move |_| {
        book.draft
            .with(|d| d.ballot.as_ref().map_or(0, |b| b.on(id)))
    });
    view! {
        <li class="ballot-row" data-idea=id>
            <span class="ballot-text">{idea.text}</span>
            <button class="secondary unvote" aria-label=app.tr(Msg::Unvote) title=app.tr(Msg::Unvote)
                disabled=move || ours.get() == 0 on:click=move |_| change(NotebookDraft::unvote, id)>"−"</button>
            <span class="ballot-ours" aria-label=move || fill(app.t(Msg::VotesCount), &[("n", &ours.get().to_string())])>
                {move || ours.get()}
            </span>
            <button class="primary vote" aria-label=app.tr(Msg::Vote) title=app.tr(Msg::Vote)
                disabled=move || left.get() == 0 on:click=move |_| change(NotebookDraft::vote, id)>"+"</button>
        </li>
    }
}

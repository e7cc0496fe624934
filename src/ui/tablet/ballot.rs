//! The team's ballot in the idea bank: every idea with its dots, the team's own dots on
//! it, and a dot to give or take back — as many as the team has.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::TeamRequest;
use crate::ui::state::use_app;

#[component]
pub fn Ballot() -> impl IntoView {
    let app = use_app();
    let team = move || app.role.get().team().unwrap_or(0);
    let left = app.room_memo(move |r| r.votes_left(team()));
    let ideas = app.room_memo(move |r| {
        r.ideas
            .ranked()
            .into_iter()
            .map(|ranked| {
                let id = ranked.lead.id;
                let ours = r.ideas.team_votes_on(id, team());
                (
                    id,
                    ranked.lead.text.clone(),
                    ranked.members.len(),
                    ranked.votes,
                    ours,
                )
            })
            .collect::<Vec<_>>()
    });
    view! {
        <section class="phase-view ballot">
            <h2 tabindex="-1">{app.tr(Msg::BallotHeading)}</h2>
            <p class="lead">{app.tr(Msg::BallotHelp)}</p>
            <p class="votes-left big">{move || fill(app.t(Msg::VotesLeft), &[("n", &left.get().to_string())])}</p>
            <ul class="ballot-list">
                // Keyed by what the row shows: a grouped or edited idea is drawn anew.
                <For each=move || ideas.get() key=|idea| (idea.0, idea.1.clone(), idea.2) let:idea>
                    <BallotRow id=idea.0 text=idea.1 grouped=idea.2 left/>
                </For>
            </ul>
        </section>
    }
}

/// One idea on the ballot.
#[component]
fn BallotRow(id: u32, text: String, grouped: usize, left: Memo<u32>) -> impl IntoView {
    let app = use_app();
    let team = move || app.role.get().team().unwrap_or(0);
    let votes = app.room_memo(move |r| {
        r.ideas
            .votes
            .get(&id)
            .map_or(0, |by| by.values().sum::<u32>())
    });
    let ours = app.room_memo(move |r| r.ideas.team_votes_on(id, team()));
    view! {
        <li class="ballot-row" data-idea=id>
            <span class="ballot-text">{text}{(grouped > 0).then(|| format!(" (+{grouped})"))}</span>
            <span class="dots" aria-label=move || fill(app.t(Msg::VotesCount), &[("n", &votes.get().to_string())])>
                {move || "●".repeat(votes.get() as usize)}
            </span>
            <button class="secondary unvote" aria-label=app.tr(Msg::Unvote) title=app.tr(Msg::Unvote)
                disabled=move || ours.get() == 0 on:click=move |_| { app.ask(TeamRequest::Unvote { idea: id }); }>"−"</button>
            <span class="ballot-ours" aria-hidden="true">{move || ours.get()}</span>
            <button class="primary vote" aria-label=app.tr(Msg::Vote) title=app.tr(Msg::Vote)
                disabled=move || left.get() == 0 on:click=move |_| { app.ask(TeamRequest::Vote { idea: id }); }>"+"</button>
        </li>
    }
}

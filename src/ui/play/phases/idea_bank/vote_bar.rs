//! Who is voting now, with each team's dots left, and how many dots a player has.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::ui::state::use_app;
use crate::ui::widgets::piece_badge::PieceBadge;

#[component]
pub fn VoteBar(voter: RwSignal<usize>) -> impl IntoView {
    let app = use_app();
    let team_count = app.room_memo(|r| r.teams.len());
    let votes_per_player = app.room_memo(|r| r.ideas.votes_per_player);
    let set_votes = move |delta: i32| {
        let next = votes_per_player
            .get_untracked()
            .saturating_add_signed(delta);
        app.play(|s| s.set_votes_per_player(next));
    };
    view! {
        <div class="vote-bar panel">
            <fieldset class="voter">
                <legend>{app.tr(Msg::VotingTeam)}</legend>
                <For each=move || 0..team_count.get() key=|index| *index let:index>
                    <VoterChoice index voter/>
                </For>
            </fieldset>
            <div class="votes-per-player" role="group" aria-label=app.tr(Msg::VotesPerPlayer)>
                <span class="label">{app.tr(Msg::VotesPerPlayer)}</span>
                <button class="stepper" aria-label="−1" on:click=move |_| set_votes(-1)>"−"</button>
                <output class="votes-value">{move || votes_per_player.get()}</output>
                <button class="stepper" aria-label="+1" on:click=move |_| set_votes(1)>"+"</button>
            </div>
        </div>
    }
}

/// One team to vote as, with the dots it has left.
#[component]
fn VoterChoice(index: usize, voter: RwSignal<usize>) -> impl IntoView {
    let app = use_app();
    let team = app.room_memo(move |r| r.teams.get(index).cloned());
    let left = app.room_memo(move |r| r.votes_left(index));
    move || {
        team.get().map(|team| {
            let letter = team.letter();
            view! {
                <label class="choice voter-choice" class:chosen=move || voter.get() == index data-team=index>
                    <input type="radio" name="voter" prop:checked=move || voter.get() == index on:change=move |_| voter.set(index)/>
                    <PieceBadge shape=team.shape colour=team.colour letter class="team-piece"/>
                    <span>{team.name.clone()}</span>
                    <span class="votes-left">
                        {move || fill(app.t(Msg::VotesLeft), &[("n", &left.get().to_string())])}
                    </span>
                </label>
            }
        })
    }
}

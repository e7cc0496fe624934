//! Joining: the team taps itself among the game's teams.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::ui::state::use_app;
use crate::ui::tablet::link::TabletLink;
use crate::ui::widgets::piece_badge::PieceBadge;

#[component]
pub fn JoinScreen() -> impl IntoView {
    let app = use_app();
    let link = expect_context::<TabletLink>();
    let teams = app.room_memo(|r| r.teams.clone());
    view! {
        <main class="tablet-join" id="main">
            <h2>{app.tr(Msg::TabletChooseTeam)}</h2>
            <p class="lead">{app.tr(Msg::TabletChooseTeamHelp)}</p>
            <ul class="join-teams">
                {move || teams.get().into_iter().enumerate().map(|(index, team)| {
                    let letter = team.letter();
                    view! {
                        <li>
                            <button class="secondary join-team" data-team=index on:click=move |_| link.choose(Some(index))>
                                <PieceBadge shape=team.shape colour=team.colour letter class="team-piece"/>
                                <span>{team.name.clone()}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </main>
    }
}

//! What a replay shows at one step, on the facilitator's screen and on the projector's
//! alike: the board as it stood, what happened, the card and the die, each team with
//! the pieces it held, and how far the game had come.

use leptos::prelude::*;

use crate::i18n::{category_name, fill, phase_name, Msg};
use crate::model::replay_shown::ReplayShown;
use crate::ui::play::board::still::StillBoard;
use crate::ui::state::use_app;
use crate::ui::widgets::die::Die;

#[component]
pub fn ReplayStage(#[prop(into)] shown: Signal<ReplayShown>) -> impl IntoView {
    let app = use_app();
    let teams = Signal::derive(move || shown.with(|s| s.teams.clone()));
    let active = Signal::derive(move || shown.with(|s| s.active_team));
    let team_count = shown.with_untracked(|s| s.teams.len());
    let team_rows = (0..team_count)
        .map(|index| {
            let name = move || shown.with(|s| s.teams.get(index).map(|t| t.name.clone()));
            let wedges = move || {
                let lang = app.lang.get();
                shown.with(|s| {
                    s.teams
                        .get(index)
                        .map(|t| {
                            t.wedges
                                .iter()
                                .map(|c| category_name(*c, lang))
                                .collect::<Vec<_>>()
                                .join(", ")
                        })
                        .unwrap_or_default()
                })
            };
            view! {
                <li class:active=move || active.get() == index>
                    <strong>{name}</strong>
                    <span class="replay-wedges">{wedges}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="replay-stage">
            <div class="replay-board">
                <StillBoard teams active/>
            </div>
            <div class="replay-side">
                <p class="replay-phase-name">{move || shown.with(|s| phase_name(s.phase, app.lang.get()))}</p>
                <p class="replay-sentence" aria-live="polite">{move || shown.with(|s| s.sentence.clone())}</p>
                {move || shown.with(|s| s.die).map(|value| view! { <Die value/> })}
                {move || shown.with(|s| s.card.clone()).map(|text| view! { <blockquote class="replay-card">{text}</blockquote> })}
                <ul class="replay-teams">{team_rows}</ul>
                <p class="replay-counts">
                    {move || fill(app.t(Msg::ReplayTurns), &[("n", &shown.with(|s| s.turns_played).to_string())])}
                    " · "
                    {move || fill(app.t(Msg::ReplayIdeasSoFar), &[("n", &shown.with(|s| s.ideas).to_string())])}
                </p>
            </div>
        </div>
    }
}

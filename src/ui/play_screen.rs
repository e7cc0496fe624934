//! The game: the board beside (or above) the turn panel and the teams.

use leptos::prelude::*;

use super::board::Board;
use super::teams_panel::TeamsPanel;
use super::turn_panel::TurnPanel;

#[component]
pub fn PlayScreen() -> impl IntoView {
    view! {
        <main class="play" id="main">
            <div class="board-area">
                <Board/>
            </div>
            <div class="side">
                <TurnPanel/>
                <TeamsPanel/>
            </div>
        </main>
    }
}

//! While the game is not answering: the tablet says so plainly, keeps trying, and offers
//! the team's notebook, where the team writes its ideas (and, in the idea bank, gives its
//! votes) with no network, to hand them over as QR codes or a file.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::NotebookBallot;
use crate::storage;
use crate::ui::live::join_panel::JoinPanel;
use crate::ui::state::use_app;
use crate::ui::tablet::link::TabletLink;
use crate::ui::tablet::JoinedLive;

#[component]
pub fn WaitingScreen() -> impl IntoView {
    let app = use_app();
    let link = expect_context::<TabletLink>();
    let JoinedLive(live) = expect_context::<JoinedLive>();
    if live {
        // Joined from another device: only a scan brings the link back.
        return view! {
            <main class="tablet-join-live" id="main">
                <h2>{app.tr(Msg::JoinLostHeading)}</h2>
                <p class="lead">{app.tr(Msg::JoinLost)}</p>
                <JoinPanel on_notebook=Callback::new(move |_| open_notebook(link))/>
            </main>
        }
        .into_any();
    }
    view! {
        <main class="tablet-waiting" id="main">
            <Show
                when=move || link.silent.get()
                fallback=move || view! { <p>{app.tr(Msg::TabletConnecting)}</p> }
            >
                <section class="tablet-offline" aria-labelledby="tablet-offline-title">
                    <h2 id="tablet-offline-title">{app.tr(Msg::TabletSilentHeading)}</h2>
                    <p>{app.tr(Msg::TabletSilentHelp)}</p>
                    <button class="primary open-notebook" on:click=move |_| open_notebook(link)>
                        {app.tr(Msg::TabletOpenNotebook)}
                    </button>
                </section>
            </Show>
        </main>
    }
    .into_any()
}

/// Open the team's notebook for this game and team, with the idea bank as the tablet
/// last saw it when that is where the game was.
fn open_notebook(link: TabletLink) {
    let game = link.game.get_value();
    let team = link.team.get_untracked();
    let mut draft = storage::load_notebook();
    draft.for_game(&game);
    if let (Some(team), Some(view)) = (team, link.last_view.get_value()) {
        let name = view
            .teams
            .get(team)
            .map(|t| t.name.clone())
            .unwrap_or_default();
        draft.choose_team(team, &name);
        match NotebookBallot::from_view(&view, team) {
            Some(ballot) => draft.open_ballot(ballot),
            None => draft.ballot = None,
        }
    }
    // The notebook says so itself if it cannot be kept.
    let _ = storage::save_notebook(&draft);
    let team = team.map(|t| format!("&team={t}")).unwrap_or_default();
    let _ = window()
        .location()
        .set_href(&format!("?view=notebook&game={game}{team}"));
}

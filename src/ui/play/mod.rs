//! A running session: the phase bar always on top, and below it what the phase needs —
//! the board and the turn panel during play, a screen of its own otherwise.

pub mod agenda_editor;
pub mod board;
pub mod phase_bar;
pub mod phases;
pub mod teams_panel;
pub mod turn;

use std::time::Duration;

use leptos::prelude::*;

use crate::model::Phase;

use crate::ui::browser::clock::{now_ms, ticking_now, Now};
use crate::ui::browser::display::root_class_while;
use crate::ui::browser::focus::focus_first_of;
use crate::ui::play::board::Board;
use crate::ui::play::phase_bar::PhaseBar;
use crate::ui::play::phases::checkout::CheckoutView;
use crate::ui::play::phases::idea_bank::IdeaBankView;
use crate::ui::play::phases::kernen::KernenView;
use crate::ui::play::phases::opening::OpeningView;
use crate::ui::play::phases::plan::PlanView;
use crate::ui::play::phases::talk_phase::TalkPhaseView;
use crate::ui::play::teams_panel::TeamsPanel;
use crate::ui::play::turn::card_table::CardTable;
use crate::ui::play::turn::TurnPanel;
use crate::ui::room::audience_views::{AudienceIdeas, AudiencePlan};
use crate::ui::state::use_app;
use crate::ui::tablet::ballot::Ballot;

#[component]
pub fn PlayScreen() -> impl IntoView {
    let app = use_app();
    provide_context(Now(ticking_now()));
    // Timed stages that end by themselves (the silent minute) move on; the view only reads.
    if let Ok(handle) =
        set_interval_with_handle(move || app.tick(now_ms()), Duration::from_millis(500))
    {
        on_cleanup(move || handle.clear());
    }
    let phase = app.room_memo(|r| Some(r.phase()));
    // Into a new phase: focus its main action, or else its heading, once it is drawn.
    Effect::new(move |before: Option<Option<Phase>>| {
        let now = phase.get();
        if before.is_some_and(|b| b != now) {
            focus_first_of(vec!["main [data-primary]".into(), "main h2".into()]);
        }
        now
    });
    // A card on the table takes the board's place, large enough to read across the room.
    // The board stays mounted under it (hidden by the stylesheet while `has-card`):
    // drawing its 73 fields again after every card cost more than a frame (issue 15).
    let card_on_table = app.room_memo(|r| r.card.is_some());
    let in_play = move || matches!(phase.get(), Some(Phase::Play) | None);
    // While another tab owns the game, this one shows it and nothing here responds.
    let inert = move || app.role.get().controls_inert();
    let controls = Memo::new(move |_| app.role.get().shows_controls());
    // A team's tablet has screens of its own where the facilitator works in forms.
    let tablet = Memo::new(move |_| app.role.get().team().is_some());
    root_class_while("in-play", in_play);
    // Up to six fields to choose from: their buttons take the teams' place for a moment,
    // so the side column still fits.
    let many_targets = app.room_memo(|r| r.targets().len() >= 3);
    let content = move || match phase.get() {
        Some(Phase::Play) | None => view! {
            <div class="table">
                <Board/>
                <Show when=move || card_on_table.get()>
                    <CardTable/>
                </Show>
            </div>
            <div class="side">
                <TurnPanel/>
            </div>
            <TeamsPanel/>
        }
        .into_any(),
        Some(Phase::Opening) => view! { <OpeningView/> }.into_any(),
        Some(phase @ (Phase::Stolthed | Phase::Break)) => {
            view! { <TalkPhaseView phase/> }.into_any()
        }
        Some(Phase::Kernen) => view! { <KernenView/> }.into_any(),
        Some(Phase::IdeaBank) if tablet.get() => view! { <Ballot/> }.into_any(),
        Some(Phase::IdeaBank) if !controls.get() => view! { <AudienceIdeas/> }.into_any(),
        Some(Phase::Handleplan | Phase::Checkout) if !controls.get() => {
            view! { <AudiencePlan/> }.into_any()
        }
        Some(Phase::IdeaBank) => view! { <IdeaBankView/> }.into_any(),
        Some(Phase::Handleplan) => view! { <PlanView/> }.into_any(),
        Some(Phase::Checkout) => view! { <CheckoutView/> }.into_any(),
    };
    view! {
        <PhaseBar/>
        <main
            id="main"
            class:play=in_play
            class:has-card=move || in_play() && card_on_table.get()
            class:many-targets=move || in_play() && many_targets.get() && app.may.get().choose_field
            class:presenting=move || in_play() && app.projector_open.get() && controls.get()
            inert=inert
        >
            {content}
        </main>
    }
}

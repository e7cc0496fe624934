//! Whose turn it is and what they do now: roll, choose a field, choose a category, or
//! talk the card through. The facilitator's window has the buttons; the projector shows
//! the same steps without them.

pub mod card_round;
pub mod card_table;
pub mod facilitator_panel;
pub mod idea_entry;
pub mod steps;

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::Stage;
use crate::ui::state::use_app;
use crate::ui::widgets::piece_badge::PieceBadge;

use steps::{CardStep, CategoryStep, RollStep, TargetStep};

#[component]
pub fn TurnPanel() -> impl IntoView {
    let app = use_app();
    let stage = app.room_memo(|r| Some(r.stage.clone()));
    view! {
        <section class="turn" aria-labelledby="turn-heading">
            <TurnHeader/>
            {move || match stage.get() {
                None => ().into_any(),
                Some(Stage::AwaitingRoll) => view! { <RollStep/> }.into_any(),
                Some(Stage::ChoosingTarget { roll }) => view! { <TargetStep roll/> }.into_any(),
                Some(Stage::ChoosingCategory { joker }) => view! {
                    <CategoryStep joker=joker.is_some()/>
                }
                .into_any(),
                Some(Stage::Card(_)) => view! { <CardStep/> }.into_any(),
            }}
        </section>
    }
}

/// The active team's piece, name and the turn number.
#[component]
fn TurnHeader() -> impl IntoView {
    let app = use_app();
    let active = app.room_memo(|r| r.active().cloned().map(|team| (team, r.turns_played + 1)));
    move || {
        active.get().map(|(team, turn)| {
            let letter = team.letter();
            view! {
                <header class="turn-header">
                    <PieceBadge shape=team.shape colour=team.colour letter class="turn-piece"/>
                    <h2 id="turn-heading" class="turn-title">{fill(app.t(Msg::TurnOf), &[("team", &team.name)])}</h2>
                    <span class="turn-number">{fill(app.t(Msg::TurnNumber), &[("n", &turn.to_string())])}</span>
                </header>
            }
        })
    }
}

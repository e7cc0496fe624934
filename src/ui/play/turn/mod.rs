//! Whose turn it is and what they do now: roll, choose a field, choose a category, or
//! talk the card through.

pub mod card_round;
pub mod card_table;
pub mod facilitator_panel;
pub mod idea_entry;

use leptos::prelude::*;

use crate::i18n::{category_name, field_label, fill, Msg};
use crate::model::{Category, Event, Session, Stage};

use crate::ui::browser::clock::now_ms;
use crate::ui::browser::focus::focus_next_action;
use crate::ui::play::turn::card_round::CardRoundView;
use crate::ui::play::turn::idea_entry::IdeaEntry;
use crate::ui::state::use_app;
use crate::ui::widgets::die::Die;
use crate::ui::widgets::icons::category_icon;
use crate::ui::widgets::palette::{category_fill, category_ink};
use crate::ui::widgets::piece_badge::PieceBadge;

#[component]
pub fn TurnPanel() -> impl IntoView {
    let app = use_app();
    let stage = Memo::new(move |_| app.session.with(|s| s.as_ref().map(|s| s.stage.clone())));
    view! {
        <section class="turn" aria-labelledby="turn-heading">
            <TurnHeader/>
            {move || match stage.get() {
                None => ().into_any(),
                Some(Stage::AwaitingRoll) => view! { <RollStep/> }.into_any(),
                Some(Stage::ChoosingTarget { roll }) => view! {
                    <div class="step">
                        <div class="rolled">
                            <Die value=roll/>
                            <p class="step-title">{move || fill(app.t(Msg::YouRolled), &[("n", &roll.to_string())])}</p>
                        </div>
                        <p class="step-help">{move || app.t(Msg::ChooseField)}</p>
                        <TargetChoices/>
                    </div>
                }
                .into_any(),
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
    let active = move || {
        app.session
            .with(|s| s.as_ref().map(|s| (s.active().clone(), s.turns_played + 1)))
    };
    move || {
        active().map(|(team, turn)| {
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

#[component]
fn RollStep() -> impl IntoView {
    let app = use_app();
    let again = move || {
        app.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| matches!(s.log.last(), Some(Event::RollAgain { .. })))
        })
    };
    let roll = move |_| {
        app.play(|s| s.roll().map(|_| ()));
        focus_next_action();
    };
    view! {
        <div class="step">
            <Show when=again>
                <p class="banner">{move || app.t(Msg::RollAgainBanner)}</p>
            </Show>
            <Show
                when=move || !app.audience
                fallback=move || view! { <p class="step-title">{move || app.t(Msg::AudienceReadyToRoll)}</p> }
            >
                <button class="primary roll" data-primary on:click=roll>
                    {move || app.t(Msg::Roll)}
                </button>
            </Show>
        </div>
    }
}

/// The fields the team can move to, as large buttons: the same choice as tapping the
/// board, with targets big enough for a finger on a tablet.
#[component]
fn TargetChoices() -> impl IntoView {
    let app = use_app();
    let targets = move || {
        app.session
            .with(|s| s.as_ref().map(Session::targets).unwrap_or_default())
    };
    let choose = move |field| {
        app.play(|s| s.move_to(field, now_ms()));
        focus_next_action();
    };
    view! {
        <div class="target-choices" hidden=app.audience>
            {move || targets().into_iter().map(|field| {
                let label = move || app.session.with(|s| field_label(field, s.as_ref(), app.lang.get()));
                view! {
                    <button class="secondary target-choice" data-field=field.0 on:click=move |_| choose(field)>
                        {label}
                    </button>
                }
            }).collect_view()}
        </div>
    }
}

#[component]
fn CategoryStep(joker: bool) -> impl IntoView {
    let app = use_app();
    let choose = move |category: Category| {
        app.play(|s| s.choose_category(category, now_ms()));
        focus_next_action();
    };
    view! {
        <div class="step">
            <p class="step-title">{move || app.t(Msg::ChooseCategory)}</p>
            <p class="step-help">{move || app.t(if joker { Msg::JokerChoose } else { Msg::HubChoose })}</p>
            <div class="category-choices" hidden=app.audience>
                {Category::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(i, category)| view! {
                        <button
                            class="category-choice"
                            data-primary=(i == 0).then_some("")
                            style=format!("--fill: {}; --ink: {}", category_fill(category), category_ink(category))
                            on:click=move |_| choose(category)
                        >
                            <svg viewBox="-14 -14 28 28" aria-hidden="true">{category_icon(category, category_ink(category))}</svg>
                            <span>{move || category_name(category, app.lang.get())}</span>
                        </button>
                    })
                    .collect_view()}
            </div>
        </div>
    }
}

#[component]
fn CardStep() -> impl IntoView {
    let app = use_app();
    let done = move |_| {
        app.save_idea_draft();
        app.play(Session::complete_card);
        focus_next_action();
    };
    view! {
        <div class="step">
            <CardRoundView/>
            <Show when=move || !app.audience>
                <IdeaEntry/>
                <button class="primary card-done" data-primary on:click=done>{move || app.t(Msg::CardDone)}</button>
            </Show>
        </div>
    }
}

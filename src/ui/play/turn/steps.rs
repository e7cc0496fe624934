//! The steps of a turn: roll, choose a field, choose a category, talk the card through.
//! Each shows what the team does now; the buttons are the facilitator's.

use leptos::prelude::*;

use crate::i18n::{category_name, field_label, fill, Msg};
use crate::model::{Category, DeckKind, Event, Session, TeamRequest};
use crate::ui::browser::focus::focus_next_action;
use crate::ui::play::turn::card_round::CardRoundView;
use crate::ui::play::turn::idea_entry::IdeaEntry;
use crate::ui::state::use_app;
use crate::ui::widgets::die::Die;
use crate::ui::widgets::icons::category_icon;
use crate::ui::widgets::palette::{category_fill, category_ink};

#[component]
pub fn RollStep() -> impl IntoView {
    let app = use_app();
    let again = app.room_memo(|r| matches!(r.last_event, Some(Event::RollAgain { .. })));
    let roll = move |_| {
        app.ask(TeamRequest::Roll);
        focus_next_action();
    };
    view! {
        <div class="step">
            <Show when=move || again.get()>
                <p class="banner">{app.tr(Msg::RollAgainBanner)}</p>
            </Show>
            <Show
                when=move || app.may.get().roll
                fallback=move || view! { <p class="step-title">{app.tr(Msg::AudienceReadyToRoll)}</p> }
            >
                <button class="primary roll" data-primary on:click=roll>
                    {app.tr(Msg::Roll)}
                </button>
            </Show>
        </div>
    }
}

/// The die, and the fields the team can move to.
#[component]
pub fn TargetStep(roll: u8) -> impl IntoView {
    let app = use_app();
    let controls = move || app.may.get().choose_field;
    view! {
        <div class="step">
            <div class="rolled">
                <Die value=roll/>
                <p class="step-title">{move || fill(app.t(Msg::YouRolled), &[("n", &roll.to_string())])}</p>
            </div>
            <p class="step-help">
                {move || app.t(if controls() { Msg::ChooseField } else { Msg::ChooseFieldRoom })}
            </p>
            <TargetChoices/>
        </div>
    }
}

/// The fields the team can move to, as large buttons: the same choice as tapping the
/// board, with targets big enough for a finger on a tablet.
#[component]
fn TargetChoices() -> impl IntoView {
    let app = use_app();
    let targets = app.room_memo(|r| r.targets());
    let choose = move |field| {
        app.ask(TeamRequest::ChooseField { field });
        focus_next_action();
    };
    view! {
        // The room sees the fields on the board; the buttons are the facilitator's.
        <div class="target-choices" hidden=move || !app.may.get().choose_field>
            <For each=move || targets.get() key=|field| *field let:field>
                <button class="secondary target-choice" data-field=field.0 on:click=move |_| choose(field)>
                    {move || app.room(|r| field_label(field, &r.teams, app.lang.get()))}
                </button>
            </For>
        </div>
    }
}

#[component]
pub fn CategoryStep(joker: bool) -> impl IntoView {
    let app = use_app();
    let choose = move |category: Category| {
        app.ask(TeamRequest::ChooseCategory { category });
        focus_next_action();
    };
    view! {
        <div class="step">
            <p class="step-title">{app.tr(Msg::ChooseCategory)}</p>
            <p class="step-help">{move || app.t(if joker { Msg::JokerChoose } else { Msg::HubChoose })}</p>
            <div class="category-choices" hidden=move || !app.may.get().choose_category>
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
pub fn CardStep() -> impl IntoView {
    let app = use_app();
    let done = move |_| {
        app.save_idea_draft();
        app.play(Session::complete_card);
        focus_next_action();
    };
    view! {
        <div class="step">
            <SteeredNote/>
            <CardRoundView/>
            <Show when=move || app.may.get().save_idea>
                <IdeaEntry/>
            </Show>
            <Show when=move || app.role.get().shows_controls()>
                <button class="primary card-done" data-primary on:click=done>{app.tr(Msg::CardDone)}</button>
            </Show>
        </div>
    }
}

/// Why the card comes from another category than the field's: time is short and the
/// team misses it. Said where the turn is, with the wedge it earns.
#[component]
fn SteeredNote() -> impl IntoView {
    let app = use_app();
    let steered = move || {
        app.room(|r| {
            let active = r.active_card()?;
            let DeckKind::Category(category) = active.kind else {
                return None;
            };
            active.steered_from.map(|landed| (landed, category))
        })
    };
    move || {
        steered().map(|(landed, category)| {
            let lang = app.lang.get();
            view! {
                <p class="note steered">
                    {fill(app.t(Msg::Steered), &[
                        ("category", category_name(category, lang)),
                        ("landed", category_name(landed, lang)),
                    ])}
                </p>
            }
        })
    }
}

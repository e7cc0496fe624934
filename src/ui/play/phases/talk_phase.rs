//! The phases that are talk or rest, not screens of their own: the pride round and the
//! break. A big countdown, a short instruction, and for pride a card to start from.

use leptos::prelude::*;

use crate::i18n::{phase_name, Msg};
use crate::model::{DeckKind, Phase};

use crate::ui::browser::clock::{format_duration, use_now};
use crate::ui::state::use_app;
use crate::ui::widgets::card_view::CardView;

#[component]
pub fn TalkPhaseView(phase: Phase) -> impl IntoView {
    let app = use_app();
    let now = use_now();
    let left = move || {
        app.session
            .with(|s| {
                s.as_ref()
                    .map(|s| s.agenda.phase_remaining_ms(now.get()).max(0) as u64)
            })
            .unwrap_or(0)
    };
    let intro = if phase == Phase::Stolthed {
        Msg::StolthedIntro
    } else {
        Msg::BreakIntro
    };
    let pride_card = move || {
        (phase == Phase::Stolthed)
            .then(|| {
                // A different pride card for each game, the same one after a reload.
                app.session.with(|s| {
                    s.as_ref().and_then(|s| {
                        let count = s.deck.count(DeckKind::Stolthed).max(1) as u64;
                        let pick = (s.created_at_ms / 1000 % count) as usize;
                        s.deck.cards_of(DeckKind::Stolthed).nth(pick).cloned()
                    })
                })
            })
            .flatten()
    };
    view! {
        <section class="phase-view talk-phase">
            <h2 tabindex="-1">{move || phase_name(phase, app.lang.get())}</h2>
            <p class="lead big">{move || app.t(intro)}</p>
            <p class="countdown" aria-live="off">{move || format_duration(left())}</p>
            {move || pride_card().map(|card| view! { <CardView card/> })}
        </section>
    }
}

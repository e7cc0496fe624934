//! The phases that are talk or rest, not screens of their own: the pride round and the
//! break. A big countdown, a short instruction, and for pride a card to start from.

use leptos::prelude::*;

use crate::i18n::{phase_name, Msg};
use crate::model::Phase;

use crate::ui::browser::clock::{format_duration, use_now};
use crate::ui::state::use_app;
use crate::ui::widgets::card_view::CardView;

#[component]
pub fn TalkPhaseView(phase: Phase) -> impl IntoView {
    let app = use_app();
    let now = use_now();
    let left = move || app.room(|r| r.agenda.phase_remaining_ms(now.get()).max(0) as u64);
    let intro = if phase == Phase::Stolthed {
        Msg::StolthedIntro
    } else {
        Msg::BreakIntro
    };
    let pride_card =
        app.room_memo(move |r| r.pride_card.clone().filter(|_| phase == Phase::Stolthed));
    let hint = app.game_memo(|s| s.pride_card().and_then(|c| s.shown(c).hint));
    view! {
        <section class="phase-view talk-phase">
            <h2 tabindex="-1">{move || phase_name(phase, app.lang.get())}</h2>
            <p class="lead big">{move || app.t(intro)}</p>
            <p class="countdown" aria-live="off">{move || format_duration(left())}</p>
            {move || pride_card.get().map(|card| view! { <CardView card hint=hint.get()/> })}
        </section>
    }
}

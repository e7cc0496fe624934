//! The guided talk about the card on the table: silent thinking with a countdown, the
//! round with who has the floor, the open discussion, and the facilitator's controls.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::{CardRound, RoundError, RoundStage, Speaker, TeamRequest};

use crate::ui::browser::clock::{format_duration, now_ms, use_now};
use crate::ui::state::use_app;

#[component]
pub fn CardRoundView() -> impl IntoView {
    let app = use_app();
    let now = use_now();
    let round = app.room_memo(|r| r.round.clone());
    let no_controls = move || !app.role.get().shows_controls();
    let step = move |f: fn(&mut CardRound, u64) -> Result<(), RoundError>| {
        app.play(|s| s.round_step(|r| f(r, now_ms())));
    };
    let (pass_refused, set_pass_refused) = signal(false);
    move || {
        round.get().map(|r| {
            let paused = r.timer().is_some_and(|t| t.is_paused());
            let timer_controls = view! {
                <div class="round-controls" hidden=no_controls>
                    <button class="secondary small pause-timer" on:click=move |_| step(if paused {
                        |r, now| { r.resume(now); Ok(()) }
                    } else {
                        |r, now| { r.pause(now); Ok(()) }
                    })>
                        {move || app.t(if paused { Msg::ResumeTimer } else { Msg::PauseTimer })}
                    </button>
                    <button class="secondary small add-minute" on:click=move |_| step(|r, now| { r.add_minute(now); Ok(()) })>
                        {app.tr(Msg::AddMinute)}
                    </button>
                    <button class="secondary small skip-stage" on:click=move |_| step(|r, now| { r.next_stage(now); Ok(()) })>
                        {app.tr(Msg::SkipStage)}
                    </button>
                </div>
            };
            let countdown = {
                let r = r.clone();
                move || {
                    let left = r.timer().map(|t| t.remaining_ms(now.get())).unwrap_or(0);
                    if left == 0 { app.t(Msg::TimeUp).to_string() } else { format_duration(left) }
                }
            };
            match r.stage.clone() {
                RoundStage::Silent { .. } => view! {
                    <div class="round silent" data-round="silent">
                        <p class="round-title">{app.tr(Msg::RoundSilent)}</p>
                        <p class="round-clock" aria-live="off">{countdown}</p>
                        {timer_controls}
                    </div>
                }.into_any(),
                RoundStage::Round { order, at, .. } => {
                    let players = r.players;
                    let speaker = order.get(at).copied();
                    let who = move || match speaker {
                        Some(Speaker::Player(n)) => fill(app.t(Msg::RoundSpeaker), &[("n", &n.to_string()), ("total", &players.to_string())]),
                        _ => app.t(Msg::RoundLeader).to_string(),
                    };
                    let is_player = matches!(speaker, Some(Speaker::Player(_)));
                    view! {
                        <div class="round speaking" data-round="round">
                            <p class="round-title" aria-live="polite">{who}</p>
                            <ol class="speakers" aria-hidden="true">
                                {order.iter().enumerate().map(|(i, s)| {
                                    let label = match s { Speaker::Player(n) => n.to_string(), Speaker::Leader => "★".to_string() };
                                    view! { <li class:now=i == at class:spoken=i < at>{label}</li> }
                                }).collect_view()}
                            </ol>
                            // The team's own steps, for whoever acts for the team now; the
                            // facilitator's skip beside them.
                            <div class="round-controls" hidden=move || !app.may.get().next_speaker && no_controls()>
                                <Show when=move || app.may.get().next_speaker>
                                    <button class="primary next-speaker" on:click=move |_| { set_pass_refused.set(false); app.ask(TeamRequest::NextSpeaker); }>
                                        {app.tr(Msg::NextSpeaker)}
                                    </button>
                                </Show>
                                <Show when=move || is_player && app.may.get().pass>
                                    <button class="secondary pass" on:click=move |_| {
                                        if let Some(Err(_)) = app.ask(TeamRequest::Pass) {
                                            // Said beside the button, not a second time on top.
                                            app.refused.set(None);
                                            set_pass_refused.set(true);
                                        }
                                    }>
                                        {app.tr(Msg::PassTurn)}
                                    </button>
                                </Show>
                                <Show when=move || !no_controls()>
                                    <button class="secondary small skip-stage" on:click=move |_| step(|r, now| { r.next_stage(now); Ok(()) })>
                                        {app.tr(Msg::SkipStage)}
                                    </button>
                                </Show>
                            </div>
                            <Show when=move || pass_refused.get()>
                                <p class="row-problems" role="alert">{app.tr(Msg::PassUsed)}</p>
                            </Show>
                        </div>
                    }.into_any()
                }
                RoundStage::Open { .. } => view! {
                    <div class="round open" data-round="open">
                        <p class="round-title">{app.tr(Msg::RoundOpen)}</p>
                        <p class="round-clock" aria-live="off">{countdown}</p>
                        {timer_controls}
                    </div>
                }.into_any(),
                RoundStage::Done => view! {
                    <div class="round done" data-round="done">
                        <p class="round-title">{app.tr(Msg::RoundDone)}</p>
                    </div>
                }.into_any(),
            }
        })
    }
}

//! Always in view during a session: the phase, its time left, the session clock, and
//! the facilitator's controls (undo, agenda, next phase).

use leptos::prelude::*;

use crate::i18n::{fill, phase_name, Msg};
use crate::model::{Phase, Session, Stage};

use crate::ui::browser::clock::{format_duration, format_time_of_day, now_ms, use_now};
use crate::ui::browser::display::FullscreenButton;
use crate::ui::handover::HandoverDialog;
use crate::ui::play::agenda_editor::AgendaEditor;
use crate::ui::state::use_app;
use crate::ui::widgets::confirm_dialog::ConfirmDialog;

#[component]
pub fn PhaseBar() -> impl IntoView {
    let app = use_app();
    let now = use_now();
    let (editing, set_editing) = signal(false);
    let (fetching, set_fetching) = signal(false);
    let phase = app.room_memo(|r| Some(r.phase()));
    let remaining = move || app.room(|r| r.agenda.phase_remaining_ms(now.get()));
    let time_text = move || {
        let left = remaining();
        let text = format_duration(left.unsigned_abs());
        if left >= 0 {
            fill(app.t(Msg::PhaseLeft), &[("time", &text)])
        } else {
            fill(app.t(Msg::PhaseOver), &[("time", &text)])
        }
    };
    let elapsed = move || app.room(|r| format_duration(r.agenda.elapsed_ms(now.get())));
    let planned_end = move || app.room(|r| format_time_of_day(r.agenda.expected_end_ms(now.get())));
    let advance = move |_| {
        app.confirm_next.set(false);
        app.play(|s| s.advance_phase(now_ms()));
    };
    let current_name = Signal::derive(move || {
        phase
            .get()
            .map(|p| phase_name(p, app.lang.get()).to_string())
            .unwrap_or_default()
    });
    view! {
        <div class="phase-bar" inert=move || app.role.get().controls_inert() role="region" aria-label=app.tr(Msg::AgendaButton)>
            <div class="phase-now">
                <span class="phase-name">{current_name}</span>
                <span class="phase-time" class:over=move || { remaining() < 0 } aria-live="off">{time_text}</span>
            </div>
            <span class="session-clock">
                {move || fill(app.t(Msg::SessionClock), &[("time", &elapsed())])}
                " · "
                {move || fill(app.t(Msg::PlannedEnd), &[("time", &planned_end())])}
            </span>
            <Show when=move || app.wake_lock_refused.get()>
                <span class="quiet">{app.tr(Msg::WakeLockRefused)}</span>
            </Show>
            <Show
                when=move || app.role.get().shows_controls()
                // The projector's window has one control of its own: fullscreen.
                fallback=|| view! { <div class="phase-actions"><FullscreenButton/></div> }
            >
                <PhaseActions on_agenda=move |_| set_editing.set(true) on_handover=move |_| set_fetching.set(true)/>
            </Show>
        </div>
        <Show when=move || app.confirm_next.get()>
            <ConfirmDialog
                title=Msg::ConfirmNextTitle
                body=Signal::derive(move || fill(app.t(Msg::ConfirmNextBody), &[("name", &current_name.get())]))
                confirm=Msg::ConfirmNextYes
                on_confirm=advance
                on_cancel=move |_| app.confirm_next.set(false)
            />
        </Show>
        <Show when=move || editing.get()>
            <AgendaEditor on_close=move |_| set_editing.set(false)/>
        </Show>
        <Show when=move || fetching.get()>
            <HandoverDialog on_close=move |_| set_fetching.set(false)/>
        </Show>
    }
}

/// The facilitator's controls: undo the last step of play, the agenda, a team's
/// notebook, the next phase.
#[component]
fn PhaseActions(
    #[prop(into)] on_agenda: Callback<()>,
    #[prop(into)] on_handover: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let next = app.room_memo(|r| r.agenda.next_phase());
    // The undo step is the facilitator's, kept in the whole game only.
    let can_undo = app.game_memo(|s| s.can_undo() && s.agenda.phase() == Phase::Play);
    let talking = app.room_memo(|r| matches!(r.stage, Stage::Card(_)) && r.phase() == Phase::Play);
    view! {
        <div class="phase-actions">
            <Show when=move || can_undo.get()>
                <button class="secondary undo" on:click=move |_| { app.play(Session::undo); }>
                    {app.tr(Msg::Undo)}
                </button>
            </Show>
            <button class="secondary agenda-button" on:click=move |_| on_agenda.run(())>
                {app.tr(Msg::AgendaButton)}
            </button>
            // Not while a team talks its card: the bar keeps to one row on a tablet then.
            <Show when=move || !talking.get()>
                <button class="secondary handover-button" on:click=move |_| on_handover.run(())>
                    {app.tr(Msg::HandoverButton)}
                </button>
            </Show>
            {move || match next.get() {
                Some(next) => view! {
                    <button class="primary next-phase" on:click=move |_| app.confirm_next.set(true)>
                        {move || fill(app.t(Msg::NextPhase), &[("phase", phase_name(next, app.lang.get()))])}
                    </button>
                }.into_any(),
                None => view! { <span class="last-phase">{app.tr(Msg::LastPhase)}</span> }.into_any(),
            }}
        </div>
    }
}

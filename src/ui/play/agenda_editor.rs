//! The agenda as a list: lengthen or shorten any phase, skip one still to come.

use leptos::prelude::*;

use crate::i18n::{fill, phase_name, Msg};
use crate::model::Phase;

use crate::ui::state::use_app;
use crate::ui::widgets::modal::Modal;

#[component]
pub fn AgendaEditor(#[prop(into)] on_close: Callback<()>) -> impl IntoView {
    let app = use_app();
    let plan = move || app.room(|r| (r.agenda.plan.clone(), r.agenda.current));
    let change = move |phase: Phase, delta: i32| {
        app.play(|s| {
            let minutes = s
                .agenda
                .plan_of(phase)
                .minutes
                .saturating_add_signed(delta)
                .max(1);
            s.set_phase_minutes(phase, minutes)
        });
    };
    view! {
        <Modal title=Signal::derive(move || app.t(Msg::AgendaButton).to_string()) on_close class="agenda-editor">
            <p>{app.tr(Msg::AgendaIntro)}</p>
            <ol class="agenda-list">
                {move || {
                    let (plan, current) = plan();
                    plan.into_iter().enumerate().map(|(i, p)| {
                        let phase = p.phase;
                        let started = i <= current;
                        view! {
                            <li class="agenda-item" class:now=i == current class:skipped=p.skipped data-phase=format!("{phase:?}")>
                                <span class="agenda-name">{move || phase_name(phase, app.lang.get())}</span>
                                <span class="agenda-state">
                                    {move || if i == current { app.t(Msg::AgendaNow).to_string() }
                                        else if p.skipped { app.t(Msg::AgendaSkipped).to_string() }
                                        else { String::new() }}
                                </span>
                                <span class="agenda-minutes">{move || fill(app.t(Msg::MinutesShort), &[("n", &p.minutes.to_string())])}</span>
                                <button class="secondary small icon" aria-label=app.tr(Msg::Shorter) title=app.tr(Msg::Shorter)
                                    disabled={i < current || p.minutes <= 1} on:click=move |_| change(phase, -5)>"−"</button>
                                <button class="secondary small icon" aria-label=app.tr(Msg::Longer) title=app.tr(Msg::Longer)
                                    disabled={i < current} on:click=move |_| change(phase, 5)>"+"</button>
                                <button class="secondary small skip" disabled=started
                                    on:click=move |_| { app.play(|s| s.skip_phase(phase, !p.skipped)); }>
                                    {move || app.t(if p.skipped { Msg::UnskipPhase } else { Msg::SkipPhase })}
                                </button>
                            </li>
                        }
                    }).collect_view()
                }}
            </ol>
            <div class="dialog-actions">
                <button class="primary" on:click=move |_| on_close.run(())>{app.tr(Msg::Dismiss)}</button>
            </div>
        </Modal>
    }
}

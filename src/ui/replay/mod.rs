//! The replay: the whole game stepped through again from its seed and log on the big
//! screen, with play and pause, single steps, a choice of speed and a scrubber with a
//! mark for each phase. The clicker steps it. It reads a copy of the game and never
//! changes the saved one.

mod shown;
pub mod stage;

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::{fill, phase_name, Msg};
use crate::model::replay::{replay, Replay};
use crate::model::Session;
use crate::ui::browser::keys::KeyCommand;
use crate::ui::replay::shown::shown_at;
use crate::ui::replay::stage::ReplayStage;
use crate::ui::room::link::send_replay;
use crate::ui::state::use_app;
use crate::ui::widgets::modal::Modal;

thread_local! {
    /// The replay open in this window, for the keys the projector's window hands over.
    static OPEN_REPLAY: std::cell::RefCell<Option<Callback<KeyCommand>>> =
        const { std::cell::RefCell::new(None) };
}

/// Step the replay open in this window with a step key (next, previous) pressed in the
/// projector's window; whether a replay took it.
pub fn step_open_replay(command: KeyCommand) -> bool {
    if !matches!(command, KeyCommand::Next | KeyCommand::Previous) {
        return false;
    }
    let open = OPEN_REPLAY.with(|open| *open.borrow());
    if let Some(stepper) = open {
        stepper.run(command);
    }
    open.is_some()
}

/// The speeds to choose from: milliseconds per step, with their names.
const SPEEDS: [(u64, Msg); 3] = [
    (2400, Msg::ReplaySlow),
    (1200, Msg::ReplayNormal),
    (400, Msg::ReplayFast),
];

/// The step a key asks for, if it is one of the replay's keys: the clicker's Page
/// Down/Up and the arrows step, Home and End jump; Space plays and pauses (on a
/// button it presses the button).
enum KeyStep {
    Forward,
    Back,
    First,
    Last,
    PlayPause,
}

/// Where a key was pressed, which decides whether it is the replay's or the control's.
#[derive(Clone, Copy, PartialEq, Eq)]
enum KeyPlace {
    /// The scrubber or the speed: arrows, Home and End move them.
    Field,
    /// A button: Space and Enter press it.
    Button,
    Page,
}

fn key_step(key: &str, place: KeyPlace) -> Option<KeyStep> {
    match key {
        "PageDown" => Some(KeyStep::Forward),
        "PageUp" => Some(KeyStep::Back),
        _ if place == KeyPlace::Field => None,
        "ArrowRight" | "ArrowDown" | "n" | "N" => Some(KeyStep::Forward),
        "ArrowLeft" | "ArrowUp" | "p" | "P" | "Backspace" => Some(KeyStep::Back),
        "Home" => Some(KeyStep::First),
        "End" => Some(KeyStep::Last),
        _ if place == KeyPlace::Button => None,
        " " | "k" | "K" => Some(KeyStep::PlayPause),
        _ => None,
    }
}

#[component]
pub fn ReplayDialog(session: Session, #[prop(into)] on_close: Callback<()>) -> impl IntoView {
    let app = use_app();
    let title = Signal::derive(move || app.t(Msg::ReplayHeading).to_string());
    let body = match replay(&session) {
        Ok(replayed) => view! { <ReplayPlayer session replayed/> }.into_any(),
        Err(mismatch) => view! {
            <p class="replay-broken" role="alert">
                {move || fill(app.t(Msg::ReplayBroken), &[("n", &(mismatch.at + 1).to_string())])}
            </p>
        }
        .into_any(),
    };
    view! {
        <Modal title on_close class="replay-dialog">
            {body}
            <button class="secondary replay-close" on:click=move |_| on_close.run(())>
                {app.tr(Msg::ReplayClose)}
            </button>
        </Modal>
    }
}

#[component]
fn ReplayPlayer(session: Session, replayed: Replay) -> impl IntoView {
    let app = use_app();
    let last = replayed.steps.len().saturating_sub(1);
    let phase_marks = replayed.phase_starts();
    let replayed = StoredValue::new(replayed);
    let session = StoredValue::new(session);
    let at = RwSignal::new(0usize);
    let playing = RwSignal::new(false);
    let speed = RwSignal::new(SPEEDS[1].0);

    let go = move |to: usize| at.set(to.min(last));
    let forward = move || {
        if at.get_untracked() >= last {
            playing.set(false);
        } else {
            at.update(|a| *a += 1);
        }
    };
    let back = move || at.update(|a| *a = a.saturating_sub(1));
    let toggle = move || {
        if !playing.get_untracked() && at.get_untracked() >= last {
            at.set(0);
        }
        playing.update(|p| *p = !*p);
    };

    // While playing, one step per tick at the chosen speed.
    let ticker = StoredValue::new(None::<IntervalHandle>);
    let stop_ticking = move || {
        if let Some(handle) = ticker.get_value() {
            handle.clear();
        }
        ticker.set_value(None);
    };
    Effect::new(move |_| {
        stop_ticking();
        if playing.get() {
            let every = Duration::from_millis(speed.get());
            ticker.set_value(set_interval_with_handle(forward, every).ok());
        }
    });
    on_cleanup(stop_ticking);

    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
            return;
        }
        let target = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
        let within = |selector: &str| {
            target
                .as_ref()
                .and_then(|e| e.closest(selector).ok().flatten())
                .is_some()
        };
        let place = if within("input, select, textarea") {
            KeyPlace::Field
        } else if within("button, a[href]") {
            KeyPlace::Button
        } else {
            KeyPlace::Page
        };
        let Some(step) = key_step(&ev.key(), place) else {
            return;
        };
        ev.prevent_default();
        match step {
            KeyStep::Forward => {
                playing.set(false);
                forward();
            }
            KeyStep::Back => {
                playing.set(false);
                back();
            }
            KeyStep::First => go(0),
            KeyStep::Last => go(last),
            KeyStep::PlayPause => toggle(),
        }
    });
    on_cleanup(move || keys.remove());

    let step_phase = Memo::new(move |_| replayed.with_value(|r| r.steps[at.get()].phase));
    let shown = Memo::new(move |_| {
        let lang = app.lang.get();
        let at = at.get();
        replayed.with_value(|r| session.with_value(|s| shown_at(s, r, at, lang)))
    });
    // The projector showing this game shows the replay too, step by step, and the game
    // again once the replay closes.
    let game = session.with_value(|s| s.id.clone());
    Effect::new({
        let game = game.clone();
        move |_| send_replay(app, &game, Some(shown.get()))
    });
    on_cleanup(move || send_replay(app, &game, None));
    // A clicker key pressed in the projector's window steps the replay too.
    let stepper = Callback::new(move |command: KeyCommand| {
        playing.set(false);
        if command == KeyCommand::Next {
            forward();
        } else {
            back();
        }
    });
    OPEN_REPLAY.with(|open| *open.borrow_mut() = Some(stepper));
    on_cleanup(|| OPEN_REPLAY.with(|open| *open.borrow_mut() = None));

    let speed_options = SPEEDS
        .iter()
        .map(|(ms, name)| {
            let ms = *ms;
            view! { <option value=ms.to_string() selected=move || speed.get() == ms>{app.tr(*name)}</option> }
        })
        .collect_view();
    let phase_buttons = phase_marks
        .into_iter()
        .map(|(phase, first)| {
            view! {
                <button class="secondary replay-phase" data-phase=format!("{phase:?}")
                    aria-pressed=move || (step_phase.get() == phase).to_string()
                    on:click=move |_| { playing.set(false); go(first); }>
                    {move || phase_name(phase, app.lang.get())}
                </button>
            }
        })
        .collect_view();
    let step_of = move || {
        fill(
            app.t(Msg::ReplayStepOf),
            &[
                ("n", &(at.get() + 1).to_string()),
                ("total", &(last + 1).to_string()),
            ],
        )
    };
    view! {
        <div class="replay" data-step=move || at.get() data-last=last>
            <ReplayStage shown/>
            <div class="replay-controls">
                <div class="replay-buttons">
                    <button class="secondary replay-back" on:click=move |_| { playing.set(false); back(); }
                        disabled=move || { at.get() == 0 }>
                        {app.tr(Msg::ReplayBack)}
                    </button>
                    <button class="primary replay-play" on:click=move |_| toggle()>
                        {move || if playing.get() { app.t(Msg::ReplayPause) } else { app.t(Msg::ReplayPlay) }}
                    </button>
                    <button class="secondary replay-forward" on:click=move |_| { playing.set(false); forward(); }
                        disabled=move || { at.get() >= last }>
                        {app.tr(Msg::ReplayForward)}
                    </button>
                    <label class="replay-speed">
                        <span>{app.tr(Msg::ReplaySpeed)}</span>
                        <select on:change=move |ev| {
                            if let Ok(ms) = event_target_value(&ev).parse() { speed.set(ms); }
                        }>{speed_options}</select>
                    </label>
                </div>
                <label class="replay-scrubber">
                    <span class="visually-hidden">{app.tr(Msg::ReplayScrubber)}</span>
                    <input type="range" min="0" max=last.to_string()
                        prop:value=move || at.get().to_string()
                        aria-valuetext=step_of
                        on:input=move |ev| {
                            playing.set(false);
                            if let Ok(to) = event_target_value(&ev).parse() { go(to); }
                        }/>
                    <span class="replay-step-of">{step_of}</span>
                </label>
                <div class="replay-phases" role="group" aria-label=app.tr(Msg::ReplayPhases)>
                    {phase_buttons}
                </div>
                <p class="replay-keys">{app.tr(Msg::ReplayKeys)}</p>
            </div>
        </div>
    }
}

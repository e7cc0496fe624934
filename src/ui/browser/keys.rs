//! Presenter clickers and the keyboard: next/previous step, a blank screen, fullscreen
//! and the overview of keys. A clicker never rolls the die and never deletes anything;
//! next/previous go through the model's clicker steps, the phase change through its
//! confirmation.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Msg;
use crate::model::{GameError, Phase, Stage};

use crate::ui::browser::clock::now_ms;
use crate::ui::browser::display::{leave_fullscreen, toggle_fullscreen};
use crate::ui::state::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyCommand {
    Next,
    Previous,
    Blank,
    Shortcuts,
    Fullscreen,
    LeaveFullscreen,
}

/// Where the key was pressed, which decides whether it is ours or the page's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyTarget {
    /// A text field: every key belongs to the typing.
    Typing,
    /// A button, link or board field: Space, Enter and arrows press or move it.
    Control,
    /// Nothing in particular has the focus.
    Page,
}

/// The command a key stands for. Page Up/Down (what clickers send) work from anywhere
/// but a text field; arrows, Space, Enter, Backspace, N and P only when no control has
/// the focus, so they never steal a button press.
pub fn command_for(key: &str, target: KeyTarget) -> Option<KeyCommand> {
    use KeyCommand::*;
    if target == KeyTarget::Typing {
        return None;
    }
    let free = target == KeyTarget::Page;
    match key {
        "PageDown" => Some(Next),
        "PageUp" => Some(Previous),
        "ArrowRight" | "ArrowDown" | " " | "Enter" | "n" | "N" if free => Some(Next),
        "ArrowLeft" | "ArrowUp" | "Backspace" | "p" | "P" if free => Some(Previous),
        "." => Some(Blank),
        "?" => Some(Shortcuts),
        "F5" => Some(Fullscreen),
        "Escape" => Some(LeaveFullscreen),
        _ => None,
    }
}

fn key_target(ev: &KeyboardEvent) -> KeyTarget {
    let Some(element) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return KeyTarget::Page;
    };
    let matches = |selector: &str| element.closest(selector).ok().flatten().is_some();
    if matches("input, textarea, select, [contenteditable='true']") {
        KeyTarget::Typing
    } else if matches("button, a[href], summary, [role='button'], [role='tab'], [tabindex='0']") {
        KeyTarget::Control
    } else {
        KeyTarget::Page
    }
}

/// A dialog is open: it owns the keyboard until it closes.
fn dialog_open() -> bool {
    document()
        .query_selector("[aria-modal='true']")
        .ok()
        .flatten()
        .is_some()
}

/// Listen for keys on this window and hand every step, the dark screen and the key
/// overview to `act`: the owner carries them out (`run_command`), the projector's window
/// sends them to the owner. Fullscreen belongs to the window the key was pressed in.
pub fn listen_for_keys(app: AppState, act: impl Fn(KeyCommand) + 'static) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        // A key a control has handled (it prevents the default) is not also a clicker
        // key: Enter on a board field that brings a card must not skip its silence.
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.repeat() || ev.default_prevented() {
            return;
        }
        let Some(command) = command_for(&ev.key(), key_target(&ev)) else {
            return;
        };
        let closes_overview =
            command == KeyCommand::Shortcuts && app.shortcuts_open.get_untracked();
        if dialog_open() && command != KeyCommand::LeaveFullscreen && !closes_overview {
            return;
        }
        match command {
            KeyCommand::LeaveFullscreen => {
                // Esc also closes dialogs and the overview; leaving fullscreen is extra.
                leave_fullscreen();
                return;
            }
            KeyCommand::Fullscreen => toggle_fullscreen(),
            _ => act(command),
        }
        ev.prevent_default();
    });
    on_cleanup(move || handle.remove());
}

/// Carry out a key sent by the projector window, unless a dialog here has the keyboard.
pub fn run_forwarded(app: AppState, command: KeyCommand) {
    if crate::ui::replay::step_open_replay(command) {
        return;
    }
    let closes_overview = command == KeyCommand::Shortcuts && app.shortcuts_open.get_untracked();
    if !dialog_open() || closes_overview {
        run_command(app, command);
    }
}

/// Carry out a step or the blank screen in the window that owns the session.
pub fn run_command(app: AppState, command: KeyCommand) {
    match command {
        KeyCommand::Next => step(app, true),
        KeyCommand::Previous => step(app, false),
        KeyCommand::Blank => app.blank.update(|blank| *blank = !*blank),
        KeyCommand::Shortcuts => app.shortcuts_open.update(|open| *open = !*open),
        KeyCommand::Fullscreen => toggle_fullscreen(),
        KeyCommand::LeaveFullscreen => leave_fullscreen(),
    }
}

fn step(app: AppState, forward: bool) {
    if !app.role.get_untracked().writes() {
        // Another tab owns the game: a step here would be lost or overwrite it.
        return;
    }
    let Some((phase, stage, has_next, finishes_card)) = untrack(|| {
        app.game(|s| {
            Some((
                s.agenda.phase(),
                s.stage.clone(),
                s.agenda.next_phase().is_some(),
                s.clicker_next_finishes_card(),
            ))
        })
    }) else {
        return;
    };
    if phase != Phase::Play {
        let note = match (forward, has_next) {
            (true, true) => {
                app.confirm_next.set(true);
                None
            }
            (true, false) => Some(Msg::ClickerLastPhase),
            (false, _) => Some(Msg::ClickerPhasesForward),
        };
        app.quiet_note.set(note);
        return;
    }
    if forward && finishes_card {
        app.save_idea_draft();
    }
    let stepped = app.play(|s| {
        if forward {
            s.clicker_next(now_ms())
        } else {
            s.clicker_previous(now_ms())
        }
    });
    // A clicker's step that goes nowhere gets a quiet note, not the refusal notice.
    let outcome = match stepped {
        Some(()) => Ok(()),
        None => Err(app.refused.try_update(Option::take).flatten()),
    };
    let note = match outcome {
        Ok(()) => None,
        Err(Some(GameError::WrongStage | GameError::Round(_))) if forward => Some(match stage {
            Stage::AwaitingRoll => Msg::ClickerRoll,
            Stage::ChoosingTarget { .. } => Msg::ClickerChooseField,
            _ => Msg::ClickerChooseCategory,
        }),
        Err(_) => Some(Msg::ClickerNoBack),
    };
    app.quiet_note.set(note);
}

//! Everything the app keeps is saved when it changes, each by its own small effect; and
//! when the page is hidden or closed, what is still being typed is committed and saved
//! at once (an effect would run too late).

use leptos::prelude::*;

use crate::storage::{self, sessions, StorageKey, StorageNotice};
use crate::ui::browser::soon::Soon;
use crate::ui::browser::timing::measured;

use super::draft::commit_all_drafts;
use super::loaded::stored_setup;
use super::AppState;

/// Start saving the game, the setup draft and the decks on every change.
pub fn save_on_change(app: AppState) {
    save_session_on_change(app);
    save_setup_on_change(app);
    save_decks_on_change(app);
    save_when_leaving(app);
}

thread_local! {
    /// The game's save waiting for the task after a change (one per page).
    static GAME_SAVE: Soon = Soon::default();
}

/// Save the game now, and cancel the save that may be waiting: for a change that must
/// be stored before the window goes on (the effects run only after it).
pub fn save_game_now(app: AppState) {
    GAME_SAVE.with(Soon::take);
    save_session(app, app.role.get_untracked().writes());
}

/// Save the game now if its save is still waiting: before this window lets go of the
/// game (back to the list, another game opened, the page hidden or closed), so the last
/// change cannot be lost with it.
pub fn save_waiting_game(app: AppState) {
    if GAME_SAVE.with(Soon::take) {
        save_session(app, app.role.get_untracked().writes());
    }
}

/// Save the game now, in the window that writes it; a failure is told, and play goes on
/// with the game in memory.
fn save_session(app: AppState, writes: bool) {
    let result = app.session.with_untracked(|s| match s {
        Some(session) if writes => measured("kernespillet:save", || sessions::save(session)),
        _ => Ok(()),
    });
    if let Err(notice) = result {
        app.tell(notice);
    }
}

/// The game is saved in the task after the change, once the page shows it: a save of a
/// long game costs a few milliseconds that the click should not wait for.
fn save_session_on_change(app: AppState) {
    Effect::new(move |_| {
        app.session.track();
        app.role.track();
        GAME_SAVE
            .with(|soon| soon.run(move || save_session(app, app.role.get_untracked().writes())));
    });
}

/// The decks and the setup form each have one copy for every window of the browser: a
/// change saved in another window is shown here at once, and a change made here at the
/// same moment is not saved over it (the facilitator is told, and sees the other
/// window's copy).
fn save_setup_on_change(app: AppState) {
    Effect::new(move |_| match app.setup.with(storage::save_setup_draft) {
        Ok(()) => {}
        Err(notice) => {
            app.tell(notice);
            read_setup_again(app);
        }
    });
}

fn read_setup_again(app: AppState) {
    let decks = app.decks.get_untracked();
    app.setup
        .set(stored_setup(&decks, app.lang.get_untracked()));
}

fn read_decks_again(app: AppState) {
    app.decks.set(storage::load_decks().0);
}

fn save_decks_on_change(app: AppState) {
    Effect::new(move |_| match app.decks.with(storage::save_decks) {
        Ok(()) => {}
        Err(StorageNotice::DecksChangedElsewhere) => {
            app.tell(StorageNotice::DecksChangedElsewhere);
            read_decks_again(app);
        }
        Err(notice) => app.tell(notice),
    });
    // Another window saved: read what it wrote (its own window hears no event).
    let handle = window_event_listener_untyped("storage", move |event| {
        let key = js_sys::Reflect::get(&event, &"key".into())
            .ok()
            .and_then(|k| k.as_string());
        if key.as_deref() == Some(StorageKey::Decks.as_str()) {
            read_decks_again(app);
        } else if key.as_deref() == Some(StorageKey::SetupDraft.as_str()) {
            read_setup_again(app);
        }
    });
    on_cleanup(move || handle.remove());
}

/// A reload, a closed tab or a laptop put to sleep keeps what was being typed.
fn save_when_leaving(app: AppState) {
    let leave = move || {
        // Only what was just committed, or a save still waiting, needs saving now;
        // anything else is saved already.
        if commit_all_drafts() {
            save_game_now(app);
        } else {
            save_waiting_game(app);
        }
    };
    let hidden = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            leave();
        }
    });
    let closing = window_event_listener_untyped("pagehide", move |_| leave());
    on_cleanup(move || {
        hidden.remove();
        closing.remove();
    });
}

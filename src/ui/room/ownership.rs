//! One tab owns a session; any other tab showing it only watches.
//!
//! Ownership is a Web Lock named after the session: the browser grants it to exactly one
//! tab, hands it on when that tab closes, and lets a watching tab take it over on
//! request (the owner then learns it lost it). A watching tab follows the owner's saves
//! through the `storage` event. The Web Locks API is not in web-sys's stable set, hence
//! `Reflect`.

use std::cell::Cell;

use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::storage::sessions;

use crate::ui::state::{AppState, Role, Watching};

thread_local! {
    /// Bumped whenever this tab opens or leaves a session, so a grant or a loss that
    /// arrives late for an earlier session is ignored.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

thread_local! {
    /// Resolving it releases the lock this tab holds.
    static RELEASE: std::cell::RefCell<Option<Function>> = const { std::cell::RefCell::new(None) };
}

fn lock_name(id: &str) -> String {
    format!("kernespillet.sessions.{id}")
}

fn lock_manager() -> Option<JsValue> {
    let locks = Reflect::get(&window().navigator(), &"locks".into()).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then_some(locks)
}

/// Ask for the session's lock. `granted(true)` when this tab holds it, `granted(false)`
/// when `ifAvailable` found it taken; `lost` when another tab took it over.
fn request(
    id: &str,
    options: &[(&str, bool)],
    granted: impl FnOnce(bool) + 'static,
    lost: impl FnOnce() + 'static,
) -> bool {
    let Some(locks) = lock_manager() else {
        return false;
    };
    let Ok(request) =
        Reflect::get(&locks, &"request".into()).and_then(|f| f.dyn_into::<Function>())
    else {
        return false;
    };
    let generation = GENERATION.with(Cell::get);
    let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
        let current = GENERATION.with(Cell::get) == generation;
        if lock.is_null() || !current {
            if current {
                granted(false);
            }
            // Returning at once gives a stale lock straight back.
            return JsValue::UNDEFINED;
        }
        // Held until the returned promise settles: until this tab lets go.
        let mut resolve = None;
        let hold = Promise::new(&mut |ok, _| resolve = Some(ok));
        RELEASE.with(|r| *r.borrow_mut() = resolve);
        granted(true);
        hold.into()
    });
    let settings = Object::new();
    for (name, value) in options {
        let _ = Reflect::set(&settings, &(*name).into(), &(*value).into());
    }
    let Ok(pending) = request.call3(&locks, &lock_name(id).into(), &settings, &callback) else {
        return false;
    };
    // The request's promise fails when another tab steals the lock.
    let on_lost = Closure::once(move |error: JsValue| {
        let stolen = Reflect::get(&error, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .is_some_and(|name| name == "AbortError");
        if stolen && GENERATION.with(Cell::get) == generation {
            lost();
        }
    });
    let _ = pending.unchecked_into::<Promise>().catch(&on_lost);
    // Runs at most once, when the lock ends; small enough to leave to the page's life.
    on_lost.forget();
    true
}

/// Run `act` while no tab plays the session: `act(true)` holding its lock for that
/// moment, so no tab can open it halfway through; `act(false)` if another tab plays it
/// now. The list's rename, delete and replace-by-import go this way, so a game is never
/// changed under the tab that plays it (whose next save would bring its version back).
pub fn while_free(id: &str, act: impl FnOnce(bool) + 'static) {
    let request = lock_manager().and_then(|locks| {
        let request = Reflect::get(&locks, &"request".into()).ok()?;
        Some((locks, request.dyn_into::<Function>().ok()?))
    });
    let Some((locks, request)) = request else {
        // No Web Locks: no other tab can be known to play it.
        act(true);
        return;
    };
    let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
        act(!lock.is_null());
        // Returning at once lets go of the lock.
        JsValue::UNDEFINED
    });
    let settings = Object::new();
    let _ = Reflect::set(&settings, &"ifAvailable".into(), &true.into());
    let _ = request.call3(&locks, &lock_name(id).into(), &settings, &callback);
}

/// Claim the session this tab has just opened: own it if no other tab does, else watch
/// it and wait to be handed it.
pub fn claim(app: AppState, id: String) {
    GENERATION.with(|g| g.set(g.get() + 1));
    let (waiting, losing) = (id.clone(), id.clone());
    let asked = request(
        &id,
        &[("ifAvailable", true)],
        move |held| {
            if held {
                app.role.set(Role::Facilitator);
            } else {
                app.role.set(Role::Watching(Watching::OpenElsewhere));
                wait_for_turn(app, waiting);
            }
        },
        move || lost_to_another_tab(app, losing),
    );
    if !asked {
        // No Web Locks in this browser: this tab owns what it opens.
        app.role.set(Role::Facilitator);
    }
}

/// Queue for the lock; when the owning tab closes, this one takes over with the
/// owner's last save.
fn wait_for_turn(app: AppState, id: String) {
    own_when_granted(app, id, &[]);
}

/// Ask for the lock with `options`; once granted, this tab owns the session.
fn own_when_granted(app: AppState, id: String, options: &[(&str, bool)]) {
    let (owning, losing) = (id.clone(), id.clone());
    request(
        &id,
        options,
        move |held| {
            if held {
                become_owner(app, &owning);
            }
        },
        move || lost_to_another_tab(app, losing),
    );
}

fn lost_to_another_tab(app: AppState, id: String) {
    app.role.set(Role::Watching(Watching::TakenOver));
    wait_for_turn(app, id);
}

fn become_owner(app: AppState, id: &str) {
    // The other tab saved every change; go on from there — and only from there: a game
    // that is gone, damaged or now from a newer version must not be saved over with the
    // copy this tab was showing.
    match sessions::load(id) {
        Ok(session) => {
            app.session.set(Some(session));
            app.role.set(Role::Facilitator);
        }
        Err(_) => release(),
    }
}

/// Take the session over from the tab that owns it, on the facilitator's request.
pub fn take_over(app: AppState) {
    let Some(id) = app.session_id() else {
        return;
    };
    GENERATION.with(|g| g.set(g.get() + 1));
    own_when_granted(app, id, &[("steal", true)]);
}

/// Let go of the session (the tab leaves it for the list).
pub fn release() {
    GENERATION.with(|g| g.set(g.get() + 1));
    if let Some(release) = RELEASE.with(|r| r.borrow_mut().take()) {
        let _ = release.call0(&JsValue::UNDEFINED);
    }
}

/// While this tab watches, show every change the owning tab saves.
pub fn follow_owner(app: AppState) {
    let handle = window_event_listener_untyped("storage", move |event| {
        if app.role.get_untracked().watching().is_none() {
            return;
        }
        let Some(id) = app.session_id() else {
            return;
        };
        let key = Reflect::get(&event, &"key".into())
            .ok()
            .and_then(|k| k.as_string());
        if key.as_deref() == Some(sessions::main_key(&id).as_str()) {
            if let Ok(session) = sessions::load(&id) {
                app.session.set(Some(session));
            }
        }
    });
    on_cleanup(move || handle.remove());
}

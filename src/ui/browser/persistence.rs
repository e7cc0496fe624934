//! Ask the browser to keep what is stored (it may otherwise clear it when space runs
//! short), and remember a refusal so the facilitator is told to keep a file copy.

use std::cell::Cell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::ui::state::AppState;

thread_local! {
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// Ask once a game exists (Firefox asks the user, so not on a first visit with nothing
/// to keep). Chromium decides by itself and often says no to a site not installed.
pub fn ask_to_keep_storage(app: AppState) {
    Effect::new(move |_| {
        let has_game = app.game(|_| true);
        if !has_game || !app.role.get().writes() || ASKED.with(|a| a.replace(true)) {
            return;
        }
        spawn_local(async move {
            if let Some(kept) = persist().await {
                app.not_persistent.set(!kept);
            }
        });
    });
}

/// Whether storage is persistent after asking; `None` where the browser cannot say.
async fn persist() -> Option<bool> {
    let storage = window().navigator().storage();
    let already = JsFuture::from(storage.persisted().ok()?).await.ok()?;
    if already.as_bool() == Some(true) {
        return Some(true);
    }
    let granted = JsFuture::from(storage.persist().ok()?).await.ok()?;
    granted.as_bool()
}

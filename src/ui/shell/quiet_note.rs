//! A short hint when a key had nothing to do ("the clicker does not roll the die"),
//! gone by itself after a few seconds.

use std::time::Duration;

use leptos::prelude::*;

use crate::ui::state::use_app;

const SHOWN_FOR: Duration = Duration::from_secs(5);

#[component]
pub fn QuietNote() -> impl IntoView {
    let app = use_app();
    Effect::new(move |_| {
        if let Some(note) = app.quiet_note.get() {
            set_timeout(
                move || {
                    // Only clear the note this timer was set for, not a newer one.
                    if app.quiet_note.get_untracked() == Some(note) {
                        app.quiet_note.set(None);
                    }
                },
                SHOWN_FOR,
            );
        }
    });
    view! {
        <div class="quiet-note" role="status" aria-live="polite">
            {move || app.quiet_note.get().map(|note| view! { <p>{move || app.t(note)}</p> })}
        </div>
    }
}

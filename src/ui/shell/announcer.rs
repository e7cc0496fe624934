//! A live region that tells screen-reader users what just happened.

use leptos::prelude::*;

use crate::i18n::{event_sentence, fill, phase_name, Msg};
use crate::model::{Lang, RoomView};

/// The sentence for the newest event in the log.
fn announcement(room: &RoomView, lang: Lang) -> String {
    room.last_event
        .as_ref()
        .map(|event| {
            event_sentence(
                event,
                &room.teams,
                room.card.as_ref(),
                room.team_name(room.active_team),
                lang,
            )
        })
        .unwrap_or_default()
}

#[component]
pub fn Announcer() -> impl IntoView {
    let app = crate::ui::state::use_app();
    let text = Memo::new(move |_| {
        let lang = app.lang.get();
        app.room(|r| announcement(r, lang))
    });
    // The phase gets its own region, so a phase change is announced even when the
    // game's log has not moved.
    let phase = Memo::new(move |_| {
        let lang = app.lang.get();
        app.room(|r| {
            fill(
                Msg::AnnouncePhase.get(lang),
                &[("phase", phase_name(r.phase(), lang))],
            )
        })
    });
    view! {
        <div class="visually-hidden event-announcer" role="status" aria-live="polite" aria-atomic="true">
            {move || text.get()}
        </div>
        <div class="visually-hidden phase-announcer" role="status" aria-live="polite" aria-atomic="true">
            {move || phase.get()}
        </div>
    }
}

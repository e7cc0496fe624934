//! Messages about storage and refused moves, in plain words.

use leptos::prelude::*;

use crate::i18n::{fill, game_error_text, storage_notice_text, Msg};
use crate::storage::StorageNotice;

use crate::ui::saved::session_files::export_open_session;
use crate::ui::state::use_app;

/// Whether the notice is about saving the open game, so a file copy is the way out.
fn offers_export(notice: &StorageNotice) -> bool {
    matches!(
        notice,
        StorageNotice::StorageFull | StorageNotice::SaveFailed(_) | StorageNotice::NewerVersionKept
    )
}

#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    // A memo: a move in the game must not redraw (and re-announce) the notices.
    let playing = app.game_memo(|_| true);
    view! {
        // Keyed: dismissing one notice leaves the others (and the focus) where they are.
        <For each=move || app.notices.get() key=|notice| format!("{notice:?}") let:notice>
            <Notice notice playing/>
        </For>
        {move || app.refused.get().map(|error| view! {
            <div class="notice" role="alert">
                <p>{move || fill(app.t(Msg::MoveRefused), &[("reason", &game_error_text(&error, app.lang.get()))])}</p>
                <button class="secondary" on:click=move |_| app.refused.set(None)>{app.tr(Msg::Dismiss)}</button>
            </div>
        })}
    }
}

/// One thing the facilitator should know about storage, with the way out if there is one.
#[component]
fn Notice(notice: StorageNotice, playing: Memo<bool>) -> impl IntoView {
    let app = use_app();
    let export = offers_export(&notice);
    let text = {
        let notice = notice.clone();
        move || storage_notice_text(&notice, app.lang.get())
    };
    let dismiss = move |_| app.notices.update(|all| all.retain(|n| *n != notice));
    view! {
        <div class="notice" role="alert">
            <p>{text}</p>
            <Show when=move || export && playing.get()>
                <button class="primary" on:click=move |_| export_open_session(app)>
                    {app.tr(Msg::ExportSession)}
                </button>
            </Show>
            <button class="secondary" on:click=dismiss>{app.tr(Msg::Dismiss)}</button>
        </div>
    }
}

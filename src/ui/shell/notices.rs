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
    let playing = Memo::new(move |_| app.session.with(Option::is_some));
    let dismiss = move |notice: &StorageNotice| {
        app.notices.update(|all| all.retain(|n| n != notice));
    };
    view! {
        {move || app.notices.get().into_iter().map(|notice| {
            let export = (offers_export(&notice) && playing.get()).then(|| view! {
                <button class="primary" on:click=move |_| export_open_session(app)>
                    {move || app.t(Msg::ExportSession)}
                </button>
            });
            let text = storage_notice_text(&notice, app.lang.get());
            view! {
                <div class="notice" role="alert">
                    <p>{text}</p>
                    {export}
                    <button class="secondary" on:click=move |_| dismiss(&notice)>{move || app.t(Msg::Dismiss)}</button>
                </div>
            }
        }).collect_view()}
        {move || app.refused.get().map(|error| view! {
            <div class="notice" role="alert">
                <p>{move || fill(app.t(Msg::MoveRefused), &[("reason", &game_error_text(&error, app.lang.get()))])}</p>
                <button class="secondary" on:click=move |_| app.refused.set(None)>{move || app.t(Msg::Dismiss)}</button>
            </div>
        })}
    }
}

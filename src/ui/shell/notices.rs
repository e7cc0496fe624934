//! Messages about storage and refused moves, in plain words.

use leptos::prelude::*;

use crate::i18n::{fill, load_error_text, Msg};
use crate::storage::StorageNotice;

use crate::ui::saved::session_files::{export_open_session, title_of};
use crate::ui::state::{use_app, AppState};

fn notice_text(notice: &StorageNotice, app: AppState) -> String {
    let lang = app.lang.get();
    match notice {
        StorageNotice::Restored(summary) => fill(
            app.t(Msg::RestoredBackup),
            &[("name", &title_of(summary, lang))],
        ),
        StorageNotice::NotRestored(error) => fill(
            app.t(Msg::NotRestored),
            &[("reason", &load_error_text(error, lang))],
        ),
        StorageNotice::StorageFull => app.t(Msg::StorageFull).into(),
        StorageNotice::NewerVersionKept => app.t(Msg::NewerVersionKept).into(),
        StorageNotice::SaveFailed(reason) => fill(app.t(Msg::SaveFailed), &[("reason", reason)]),
        StorageNotice::DecksNotOpened(count) => {
            fill(app.t(Msg::DecksNotOpened), &[("n", &count.to_string())])
        }
    }
}

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
            let text = notice_text(&notice, app);
            view! {
                <div class="notice" role="alert">
                    <p>{text}</p>
                    {export}
                    <button class="secondary" on:click=move |_| dismiss(&notice)>{move || app.t(Msg::Dismiss)}</button>
                </div>
            }
        }).collect_view()}
        {move || app.refused.get().map(|_| view! {
            <div class="notice" role="alert">
                <p>{move || app.t(Msg::MoveRefused)}</p>
                <button class="secondary" on:click=move |_| app.refused.set(None)>{move || app.t(Msg::Dismiss)}</button>
            </div>
        })}
    }
}

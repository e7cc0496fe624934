//! Messages about storage and refused moves, in plain words.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::persist::LoadError;
use crate::storage::StorageNotice;

use super::state::use_app;

fn notice_text(notice: &StorageNotice, app: super::AppState) -> String {
    match notice {
        StorageNotice::SessionNotOpened(LoadError::TooNew { .. }) => {
            app.t(Msg::StoredTooNew).into()
        }
        StorageNotice::SessionNotOpened(LoadError::Unreadable(_)) => {
            app.t(Msg::StoredUnreadable).into()
        }
        StorageNotice::SessionNotOpened(LoadError::Inconsistent(reason)) => {
            fill(app.t(Msg::StoredInconsistent), &[("reason", reason)])
        }
        StorageNotice::SaveFailed(reason) => fill(app.t(Msg::SaveFailed), &[("reason", reason)]),
        StorageNotice::DecksNotOpened(count) => {
            fill(app.t(Msg::DecksNotOpened), &[("n", &count.to_string())])
        }
    }
}

#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    view! {
        {move || app.notice.get().map(|notice| view! {
            <div class="notice" role="alert">
                <p>{notice_text(&notice, app)}</p>
                <button class="secondary" on:click=move |_| app.notice.set(None)>{move || app.t(Msg::Dismiss)}</button>
            </div>
        })}
        {move || app.refused.get().map(|_| view! {
            <div class="notice" role="alert">
                <p>{move || app.t(Msg::MoveRefused)}</p>
                <button class="secondary" on:click=move |_| app.refused.set(None)>{move || app.t(Msg::Dismiss)}</button>
            </div>
        })}
    }
}

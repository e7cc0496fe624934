//! A window of another version of the app spoke to this one: the two cannot play
//! together (their messages are refused), so it is said in words, with the way out.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::protocol::PROTOCOL_VERSION;
use crate::ui::state::use_app;

use super::channel::other_version;

#[component]
pub fn OtherVersionNotice() -> impl IntoView {
    let app = use_app();
    let version = other_version();
    move || {
        let dismiss = version.clone();
        version.get().map(|found| {
            let text = move || {
                fill(
                    app.t(Msg::OtherVersionWindow),
                    &[
                        ("found", &found.to_string()),
                        ("ours", &PROTOCOL_VERSION.to_string()),
                    ],
                )
            };
            view! {
                <div class="notice other-version" role="alert">
                    <p>{text}</p>
                    <button class="secondary" on:click=move |_| dismiss.set(None)>{app.tr(Msg::Dismiss)}</button>
                </div>
            }
        })
    }
}

//! Under a kept game: the damaged texts set aside from it, each with the time it was
//! found and a button to download it exactly as it was stored.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::storage::sessions::Slot;

use crate::ui::browser::clock::{format_date, format_time_with_seconds};
use crate::ui::saved::session_files::download_raw;
use crate::ui::state::use_app;

#[component]
pub fn DamagedCopies(
    id: String,
    /// Newest first, as the list gives them.
    copies: Vec<Slot>,
    /// Why a download failed, to announce.
    failed: Callback<String>,
) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let label = move |slot: Slot| match slot {
        Slot::Damaged(at) if at > 0 => fill(
            app.t(Msg::DownloadDamagedCopyFrom),
            &[
                ("date", &format_date(at, app.lang.get())),
                ("time", &format_time_with_seconds(at)),
            ],
        ),
        _ => app.t(Msg::DownloadRaw).to_string(),
    };
    let buttons = copies
        .into_iter()
        .map(|slot| {
            let download = move |_| {
                if let Err(reason) = download_raw(&id.get_value(), slot) {
                    failed.run(reason);
                }
            };
            view! {
                <li><button class="link-button" on:click=download>{move || label(slot)}</button></li>
            }
        })
        .collect_view();
    view! {
        <div class="session-damaged">
            <p>{app.tr(Msg::DamagedCopyKept)}</p>
            <ul class="damaged-copies">{buttons}</ul>
        </div>
    }
}

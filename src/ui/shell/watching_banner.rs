//! Said at the top while another tab owns the game shown here, with the way to take it.

use leptos::prelude::*;

use crate::i18n::Msg;

use crate::ui::room::ownership::take_over;
use crate::ui::state::{use_app, Watching};

#[component]
pub fn WatchingBanner() -> impl IntoView {
    let app = use_app();
    move || {
        app.role.get().watching().map(|why| {
            let text = match why {
                Watching::OpenElsewhere => Msg::ReadOnlyBanner,
                Watching::TakenOver => Msg::TakenOverBanner,
            };
            view! {
                <div class="notice watching" role="status">
                    <p>{move || app.t(text)}</p>
                    <button class="primary" on:click=move |_| take_over(app)>
                        {app.tr(Msg::TakeOver)}
                    </button>
                </div>
            }
        })
    }
}

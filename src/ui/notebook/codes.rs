//! The notebook as QR codes, one at a time and as large as the screen allows, numbered
//! "1 af 3", to be held up to the facilitator's camera.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::protocol::qr;
use crate::ui::state::use_app;
use crate::ui::widgets::qr_view::QrView;

#[component]
pub fn Codes(parts: Vec<String>, #[prop(into)] on_back: Callback<()>) -> impl IntoView {
    let app = use_app();
    let total = parts.len();
    let images: Vec<Option<qr::QrImage>> = parts.iter().map(|p| qr::encode(p)).collect();
    let at = RwSignal::new(0usize);
    let count = move || {
        fill(
            app.t(Msg::NotebookCodeOf),
            &[
                ("n", &(at.get() + 1).to_string()),
                ("total", &total.to_string()),
            ],
        )
    };
    let label = move || {
        fill(
            app.t(Msg::NotebookCodeLabel),
            &[
                ("n", &(at.get() + 1).to_string()),
                ("total", &total.to_string()),
            ],
        )
    };
    let image = move || images.get(at.get()).cloned().flatten();
    view! {
        <main class="notebook-codes" id="main">
            <p class="codes-help">{app.tr(Msg::NotebookCodesHelp)}</p>
            <div class="codes-body">
                <figure class="qr-frame">
                    {move || image().map(|code| view! { <QrView code label=Signal::derive(label)/> })}
                </figure>
                <div class="codes-controls">
                    <p class="code-count" aria-live="polite">{count}</p>
                    <div class="codes-nav">
                        <button class="secondary previous-code" disabled=move || { at.get() == 0 }
                            on:click=move |_| at.update(|a| *a = a.saturating_sub(1))>
                            "← " {app.tr(Msg::NotebookPreviousCode)}
                        </button>
                        <button class="primary next-code" disabled=move || { at.get() + 1 >= total }
                            on:click=move |_| at.update(|a| *a = (*a + 1).min(total - 1))>
                            {app.tr(Msg::NotebookNextCode)} " →"
                        </button>
                    </div>
                    <button class="secondary back-to-ideas" on:click=move |_| on_back.run(())>
                        {app.tr(Msg::NotebookBackToIdeas)}
                    </button>
                </div>
            </div>
        </main>
    }
}

//! A QR code drawn as one SVG path, black on white with its quiet zone, as large as its
//! box; `label` says what it is for a screen reader.

use leptos::prelude::*;

use crate::protocol::qr::QrImage;

#[component]
pub fn QrView(code: QrImage, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let size = code.size;
    view! {
        <svg class="qr-code" viewBox=format!("0 0 {size} {size}") role="img"
            aria-label=move || label.get() shape-rendering="crispEdges" data-version=code.version>
            <rect width=size height=size fill="#ffffff"/>
            <path d=code.path fill="#000000"/>
        </svg>
    }
}

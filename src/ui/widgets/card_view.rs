//! A card, shown large: its kind, its form, the question and the facilitator's hint.

use leptos::prelude::*;

use crate::i18n::{deck_kind_name, form_name, Msg};
use crate::model::{Card, DeckKind, LocalText};

use crate::ui::state::use_app;
use crate::ui::widgets::icons::{breather_icon, category_icon, shortcut_icon, start_icon};
use crate::ui::widgets::palette::{category_fill, category_ink, INK_DARK};

/// A question longer than this is set smaller on a tablet standing up.
const LONG_QUESTION_CHARS: usize = 170;

/// The band colour and icon of a card's kind.
pub fn kind_badge(kind: DeckKind) -> (&'static str, AnyView) {
    match kind {
        DeckKind::Category(c) => (category_fill(c), category_icon(c, category_ink(c))),
        DeckKind::Stolthed => ("#F0E442", breather_icon().into_any()),
        DeckKind::Handling => ("#ffffff", shortcut_icon().into_any()),
        DeckKind::Joker => ("#ffffff", start_icon().into_any()),
    }
}

/// The colour text is written in on a kind's band.
pub fn kind_ink(kind: DeckKind) -> &'static str {
    match kind {
        DeckKind::Category(c) => category_ink(c),
        _ => INK_DARK,
    }
}

/// A card kind's round badge: its colour and icon, as on the card's band.
#[component]
pub fn KindIcon(kind: DeckKind, class: &'static str) -> impl IntoView {
    let (band, icon) = kind_badge(kind);
    view! {
        <svg class=class viewBox="-16 -16 32 32" aria-hidden="true">
            <circle r="15" fill=band stroke="#111111" stroke-width="1.5"/>
            {icon}
        </svg>
    }
}

/// `card` as the room sees it; `hint`, the facilitator's, only where it may be shown.
#[component]
pub fn CardView(card: Card, #[prop(default = None)] hint: Option<LocalText>) -> impl IntoView {
    let app = use_app();
    let (band, _) = kind_badge(card.kind);
    let kind = card.kind;
    let form = card.form;
    let text = card.text.clone();
    let text_lang = card.text.clone();
    // The longest questions (a scale card defines both ends) get a smaller size where
    // the card shares a standing tablet with the turn and the teams.
    let long_question = {
        let text = card.text.clone();
        move || text.get(app.lang.get()).chars().count() > LONG_QUESTION_CHARS
    };
    view! {
        <article class="card" data-card=card.id.clone() aria-live="off">
            <header class="card-band" style=format!("--band: {band}")>
                <KindIcon kind class="card-icon"/>
                <span class="card-kind">{move || deck_kind_name(kind, app.lang.get())}</span>
                <span class="card-form">{move || form_name(form, app.lang.get())}</span>
            </header>
            <p
                class="card-question"
                class:long-question=long_question
                lang=move || text_lang.shown_lang(app.lang.get()).code()
            >
                {move || text.get(app.lang.get()).to_string()}
            </p>
            {hint.map(|hint| {
                let hint_lang = hint.clone();
                view! {
                // Open by itself while the room reads the card on the projector instead.
                <details class="card-hint" open=move || app.projector_open.get()>
                    <summary>{app.tr(Msg::FacilitatorHint)}</summary>
                    <p lang=move || hint_lang.shown_lang(app.lang.get()).code()>
                        {move || hint.get(app.lang.get()).to_string()}
                    </p>
                </details>
                }
            })}
        </article>
    }
}

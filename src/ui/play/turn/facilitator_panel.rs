//! The facilitator's own view while the projector window shows the room the game: the
//! next card in each pile (to be ready for it) and private notes. Read from the whole
//! game, which only the facilitator's windows hold.

use leptos::prelude::*;

use crate::i18n::{deck_kind_name, Msg};
use crate::model::limits::MAX_NOTES_CHARS;
use crate::model::{Category, DeckKind};
use crate::ui::state::draft::Draft;
use crate::ui::state::use_app;
use crate::ui::widgets::card_view::KindIcon;
use crate::ui::widgets::draft_field::DraftField;

#[component]
pub fn FacilitatorPanel() -> impl IntoView {
    let app = use_app();
    let next_cards = move || {
        let lang = app.lang.get();
        app.game(|s| {
            Category::ALL
                .into_iter()
                .map(DeckKind::Category)
                .map(|kind| {
                    (
                        kind,
                        s.next_card(kind)
                            .map(|c| s.shown(c).text.get(lang).to_string()),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let notes = Draft::new(
        move || app.game(|s| s.notes.clone()),
        move |text| app.edit(|s| s.set_notes(&text)),
    );
    view! {
        <section class="facilitator-panel" aria-labelledby="facilitator-heading">
            <h2 id="facilitator-heading">{app.tr(Msg::ForFacilitator)}</h2>
            <h3>{app.tr(Msg::NextCards)}</h3>
            <ul class="next-cards">
                {move || next_cards().into_iter().map(|(kind, text)| view! {
                    <li>
                        <KindIcon kind class="next-card-icon"/>
                        <span class="visually-hidden">{deck_kind_name(kind, app.lang.get())} ": "</span>
                        <span class="next-card-text">{text.unwrap_or_else(|| app.t(Msg::NextCardUnknown).to_string())}</span>
                    </li>
                }).collect_view()}
            </ul>
            <label class="notes">
                <span class="label">{app.tr(Msg::NotesLabel)}</span>
                <DraftField draft=notes rows=3 maxlength=MAX_NOTES_CHARS/>
            </label>
        </section>
    }
}

//! The facilitator's sheet: each card that has a hint, by its number on the card, with
//! its question and the hint. It flows over as many A4 pages as it needs.

use leptos::prelude::*;

use crate::i18n::{deck_kind_name, fill, form_name, Msg};
use crate::model::print::PrintedCard;
use crate::ui::state::use_app;
use crate::ui::widgets::card_view::KindIcon;

#[component]
pub fn HintSheet(cards: Memo<Vec<PrintedCard>>) -> impl IntoView {
    let app = use_app();
    let entries = move || {
        let lang = app.lang.get();
        cards.with(|cards| {
            cards
                .iter()
                .filter_map(|card| card.hint.clone().map(|hint| (card, hint)))
                .map(|(card, hint)| {
                    let kind = card.card.kind;
                    view! {
                        <li class="hint-entry" data-number=card.number>
                            <p class="hint-card">
                                <KindIcon kind class="hint-icon"/>
                                <strong>{fill(Msg::PrintCardNumber.get(lang), &[("n", &card.number.to_string())])}</strong>
                                " · " {deck_kind_name(kind, lang)} " · " {form_name(card.card.form, lang)}
                            </p>
                            <p class="hint-question">{card.question.clone()}</p>
                            <p class="hint-text">{hint}</p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="sheet sheet-flow hint-sheet">
            <h2>{app.tr(Msg::PrintHintsHeading)}</h2>
            <p class="sheet-intro">{app.tr(Msg::PrintHintsIntro)}</p>
            <ul class="hint-list">{entries}</ul>
        </div>
    }
}

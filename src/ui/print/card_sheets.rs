//! The cards on paper: eight to a landscape A4 sheet, 63×88 mm each, with cut marks in
//! the margin; each sheet of fronts followed by its sheet of backs, mirrored.

use leptos::prelude::*;

use crate::i18n::{deck_kind_name, fill, form_name, Msg};
use crate::model::print::{
    card_grid_origin, card_sheets, PrintedCard, TextSize, CARD_COLUMNS, CARD_HEIGHT_MM, CARD_ROWS,
    CARD_SHEET_HEIGHT_MM, CARD_SHEET_WIDTH_MM, CARD_WIDTH_MM,
};
use crate::model::{DeckKind, Lang};
use crate::ui::state::use_app;
use crate::ui::widgets::card_view::{kind_badge, kind_ink, KindIcon};

/// The card sheet's height as printed: half a millimetre short of A4, or Chromium
/// starts a blank page after the last sheet (the journeys count the pages).
const PRINTED_HEIGHT_MM: f64 = 209.5;

/// How far a cut mark stays from the cards, so that it is cut away with the margin.
const CUT_MARK_GAP_MM: f64 = 3.0;

/// The class that sets a question's size on paper.
fn size_class(size: Option<TextSize>) -> &'static str {
    match size {
        Some(TextSize::Large) => "size-large",
        Some(TextSize::Medium) => "size-medium",
        Some(TextSize::Small) => "size-small",
        Some(TextSize::Smallest) => "size-smallest",
        None => "size-smallest too-long",
    }
}

/// Short lines in the margin along every edge between and around the cards.
fn cut_marks() -> impl IntoView {
    let (left, top) = card_grid_origin();
    let right = left + CARD_COLUMNS as f64 * CARD_WIDTH_MM;
    let bottom = top + CARD_ROWS as f64 * CARD_HEIGHT_MM;
    let line = |x1: f64, y1: f64, x2: f64, y2: f64| {
        view! { <line x1=x1 y1=y1 x2=x2 y2=y2/> }
    };
    let columns = (0..=CARD_COLUMNS).map(move |i| {
        let x = left + i as f64 * CARD_WIDTH_MM;
        view! {
            {line(x, 4.0, x, top - CUT_MARK_GAP_MM)}
            {line(x, bottom + CUT_MARK_GAP_MM, x, CARD_SHEET_HEIGHT_MM - 4.0)}
        }
    });
    let rows = (0..=CARD_ROWS).map(move |i| {
        let y = top + i as f64 * CARD_HEIGHT_MM;
        view! {
            {line(4.0, y, left - CUT_MARK_GAP_MM, y)}
            {line(right + CUT_MARK_GAP_MM, y, CARD_SHEET_WIDTH_MM - 4.0, y)}
        }
    });
    view! {
        <svg
            class="cut-marks"
            viewBox=format!("0 0 {CARD_SHEET_WIDTH_MM} {PRINTED_HEIGHT_MM}")
            aria-hidden="true"
        >
            {columns.collect_view()}
            {rows.collect_view()}
        </svg>
    }
}

/// A card's front: its kind with icon and colour band, its form, the question, and its
/// number for the facilitator's sheet of hints.
fn card_front(card: &PrintedCard, lang: Lang) -> impl IntoView {
    let kind = card.card.kind;
    let (band, _) = kind_badge(kind);
    view! {
        <article class="paper-card front" data-card=card.card.id.clone() data-number=card.number>
            <header class="paper-card-band" style=format!("--band: {band}; --band-ink: {}", kind_ink(kind))>
                <KindIcon kind class="paper-card-icon"/>
                <span class="paper-card-kind">{deck_kind_name(kind, lang)}</span>
            </header>
            <p class="paper-card-form">{form_name(card.card.form, lang)}</p>
            <p class=format!("paper-card-question {}", size_class(card.size))
                lang=card.card.text.shown_lang(lang).code()>
                {card.question.clone()}
            </p>
            <footer class="paper-card-foot">
                <span>"KerneSpillet"</span>
                <span class="paper-card-number">
                    {fill(Msg::PrintCardNumber.get(lang), &[("n", &card.number.to_string())])}
                </span>
            </footer>
        </article>
    }
}

/// A card's back: the kind's icon and name on its colour, inside a white frame that a
/// printer a millimetre off on the second side does not spoil.
fn card_back(kind: DeckKind, number: usize, lang: Lang) -> impl IntoView {
    let (band, _) = kind_badge(kind);
    view! {
        <article class="paper-card back" data-back=number
            style=format!("--band: {band}; --band-ink: {}", kind_ink(kind))>
            <div class="paper-card-back-face">
                <KindIcon kind class="paper-back-icon"/>
                <p class="paper-back-kind">{deck_kind_name(kind, lang)}</p>
                <p class="paper-back-game">"KerneSpillet"</p>
            </div>
        </article>
    }
}

fn empty_place() -> AnyView {
    view! { <div class="paper-card empty" aria-hidden="true"></div> }.into_any()
}

/// Every sheet of fronts, each followed by its backs.
#[component]
pub fn CardSheets(cards: Memo<Vec<PrintedCard>>) -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        cards.with(|cards| {
            let sheets = card_sheets(cards.len());
            let total = sheets.len().to_string();
            sheets
                .into_iter()
                .enumerate()
                .map(|(index, sheet)| {
                    let number = (index + 1).to_string();
                    let fronts = sheet.fronts.iter().map(|place| match place {
                        Some(i) => card_front(&cards[*i], lang).into_any(),
                        None => empty_place(),
                    });
                    let backs = sheet.backs.iter().map(|place| match place {
                        Some(i) => {
                            card_back(cards[*i].card.kind, cards[*i].number, lang).into_any()
                        }
                        None => empty_place(),
                    });
                    view! {
                        <div class="sheet sheet-cards fronts" data-sheet=index + 1>
                            <p class="sheet-label">{fill(Msg::PrintFrontsOf.get(lang), &[("n", number.as_str()), ("total", total.as_str())])}</p>
                            {cut_marks()}
                            <div class="card-grid">{fronts.collect_view()}</div>
                        </div>
                        <div class="sheet sheet-cards backs" data-sheet=index + 1>
                            <p class="sheet-label">{fill(Msg::PrintBacksOf.get(lang), &[("n", number.as_str()), ("total", total.as_str())])}</p>
                            {cut_marks()}
                            <div class="card-grid">{backs.collect_view()}</div>
                        </div>
                    }
                })
                .collect_view()
        })
    }
}

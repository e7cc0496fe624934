//! Print-and-play: the choice of what to print and, below it, the sheets as they will
//! come out of the printer — the deck's cards with their backs, the facilitator's hints,
//! the board, the teams' pieces and wedges, the rules and an empty handleplan. Printing
//! shows only the sheets (`style/print-game.css`); every sheet has its paper size.

pub mod board_sheets;
pub mod card_sheets;
pub mod choices;
pub mod hint_sheet;
pub mod piece_sheets;
pub mod plan_sheet;
pub mod rules_sheet;

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::print::{printed_cards, PrintChoice, WhichCards};
use crate::ui::browser::focus::focus_first;
use crate::ui::print::board_sheets::BoardSheets;
use crate::ui::print::card_sheets::CardSheets;
use crate::ui::print::choices::PrintChoices;
use crate::ui::print::hint_sheet::HintSheet;
use crate::ui::print::piece_sheets::PieceSheets;
use crate::ui::print::plan_sheet::PlanSheet;
use crate::ui::print::rules_sheet::RulesSheet;
use crate::ui::state::{use_app, PrintFrom};

#[component]
pub fn PrintScreen(from: PrintFrom) -> impl IntoView {
    let app = use_app();
    let choice = RwSignal::new(PrintChoice::default());
    // The cards as they print: the chosen deck, in the app's language, with the chosen
    // word for "those we are here for" and the core task as written at set-up.
    let cards = Memo::new(move |_| {
        let deck = app.chosen_deck();
        let lang = app.lang.get();
        let which = choice.with(|c| c.cards.unwrap_or(WhichCards::Ticked));
        app.setup
            .with(|s| printed_cards(&deck, which, &s.cards_off, lang, &s.audience, &s.core_task))
    });
    // The board's sheets are drawn again only when its paper changes, not at every tick.
    let board = Memo::new(move |_| choice.with(|c| c.board));
    focus_first(".print-view h2");
    let shows = move |part: fn(&PrintChoice) -> bool| move || choice.with(part);
    view! {
        <main class="print-view" id="main">
            <PrintChoices from choice cards/>
            <section class="print-sheets" aria-label=app.tr(Msg::PrintSheetsLabel)>
                <Show when=shows(|c| c.cards.is_some())>
                    <CardSheets cards/>
                </Show>
                <Show when=shows(|c| c.hints)>
                    <HintSheet cards/>
                </Show>
                {move || board.get().map(|paper| view! { <BoardSheets paper/> })}
                <Show when=shows(|c| c.pieces)>
                    <PieceSheets/>
                </Show>
                <Show when=shows(|c| c.rules)>
                    <RulesSheet/>
                </Show>
                <Show when=shows(|c| c.plan)>
                    <PlanSheet/>
                </Show>
            </section>
        </main>
    }
}

//! What to print, chosen on screen: which cards, the hints, the board's paper, the
//! pieces, the rules and the empty handleplan — with what it comes to in sheets, a
//! warning for a card too long for paper, and the printer settings that matter.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::print::{too_long_to_print, BoardPaper, PrintChoice, PrintedCard, WhichCards};
use crate::model::Lang;
use crate::ui::state::{use_app, PrintFrom};

/// How many characters of a too-long card the warning quotes.
const QUOTED_CHARS: usize = 40;

/// One radio button of a group, checked while `is` holds of the choice.
fn radio(
    name: &'static str,
    label: impl Fn() -> String + Send + Sync + 'static,
    choice: RwSignal<PrintChoice>,
    is: impl Fn(&PrintChoice) -> bool + Send + Sync + 'static,
    set: impl Fn(&mut PrintChoice) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <label class="choice">
            <input
                type="radio"
                name=name
                prop:checked=move || choice.with(&is)
                on:change=move |_| choice.update(&set)
            />
            <span>{label}</span>
        </label>
    }
}

/// One tick box, on while `is` holds of the choice.
fn tick(
    class: &'static str,
    label: impl Fn() -> String + Send + Sync + 'static,
    choice: RwSignal<PrintChoice>,
    field: fn(&mut PrintChoice) -> &mut bool,
) -> impl IntoView {
    view! {
        <label class=format!("choice {class}")>
            <input
                type="checkbox"
                prop:checked=move || {
                    let mut now = choice.get();
                    *field(&mut now)
                }
                on:change:target=move |ev| {
                    let on = ev.target().checked();
                    choice.update(|c| *field(c) = on);
                }
            />
            <span>{label}</span>
        </label>
    }
}

/// The sheets the choice comes to, in words: "40 ark A4 + arket med tips …".
fn sheet_summary(choice: &PrintChoice, cards: usize, teams: usize, lang: Lang) -> String {
    let sheets = choice.sheets(cards, teams);
    let mut parts = Vec::new();
    if sheets.a4 > 0 {
        parts.push(fill(
            Msg::PrintSheetsA4.get(lang),
            &[("n", &sheets.a4.to_string())],
        ));
    }
    if sheets.a3 > 0 {
        parts.push(Msg::PrintSheetsA3.get(lang).to_string());
    }
    if choice.hints {
        parts.push(Msg::PrintSheetsHints.get(lang).to_string());
    }
    fill(Msg::PrintTotal.get(lang), &[("sheets", &parts.join(" + "))])
}

#[component]
pub fn PrintChoices(
    from: PrintFrom,
    choice: RwSignal<PrintChoice>,
    cards: Memo<Vec<PrintedCard>>,
) -> impl IntoView {
    let app = use_app();
    let deck_size = move || app.chosen_deck().cards.len();
    let ticked = move || {
        let deck = app.chosen_deck();
        app.setup.with(|s| {
            deck.cards
                .iter()
                .filter(|c| !s.cards_off.contains(&c.id))
                .count()
        })
    };
    let teams = move || app.setup.with(|s| s.teams.len());
    let with_hints = move || cards.with(|c| c.iter().filter(|c| c.hint.is_some()).count());
    let ticked_label = move || {
        fill(
            app.t(Msg::PrintCardsTicked),
            &[("n", &ticked().to_string())],
        )
    };
    let all_label = move || {
        fill(
            app.t(Msg::PrintCardsAll),
            &[("n", &deck_size().to_string())],
        )
    };
    let hints_label = move || fill(app.t(Msg::PrintHints), &[("n", &with_hints().to_string())]);
    let pieces_label = move || fill(app.t(Msg::PrintPieces), &[("n", &teams().to_string())]);
    let too_long = move || {
        let lang = app.lang.get();
        cards.with(|cards| {
            too_long_to_print(cards)
                .into_iter()
                .map(|card| {
                    let start: String = card.question.chars().take(QUOTED_CHARS).collect();
                    fill(
                        Msg::PrintTooLong.get(lang),
                        &[("n", &card.number.to_string()), ("start", start.trim_end())],
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let summary = move || {
        let lang = app.lang.get();
        choice.with(|c| sheet_summary(c, cards.with(Vec::len), teams(), lang))
    };
    let nothing = move || choice.with(PrintChoice::is_empty);
    let print = move |_| {
        if !nothing() {
            let _ = window().print();
        }
    };
    view! {
        <div class="print-choices">
            <div class="print-head">
                <button class="secondary back" on:click=move |_| app.screen.set(from.screen())>
                    "← " {app.tr(Msg::PrintBack)}
                </button>
                <h2 tabindex="-1">{app.tr(Msg::PrintHeading)}</h2>
            </div>
            <p class="lead">{app.tr(Msg::PrintIntro)}</p>
            <div class="print-options">
                <fieldset class="print-cards-choice">
                    <legend>{app.tr(Msg::PrintCardsHeading)}</legend>
                    {radio("print-cards", ticked_label, choice,
                        |c| c.cards == Some(WhichCards::Ticked), |c| c.cards = Some(WhichCards::Ticked))}
                    {radio("print-cards", all_label, choice,
                        |c| c.cards == Some(WhichCards::All), |c| c.cards = Some(WhichCards::All))}
                    {radio("print-cards", move || app.t(Msg::PrintCardsNone).to_string(), choice,
                        |c| c.cards.is_none(), |c| c.cards = None)}
                    {tick("print-hints", hints_label, choice, |c| &mut c.hints)}
                </fieldset>
                <fieldset class="print-board-choice">
                    <legend>{app.tr(Msg::PrintBoardHeading)}</legend>
                    {radio("print-board", move || app.t(Msg::PrintBoardFourA4).to_string(), choice,
                        |c| c.board == Some(BoardPaper::FourA4), |c| c.board = Some(BoardPaper::FourA4))}
                    {radio("print-board", move || app.t(Msg::PrintBoardA3).to_string(), choice,
                        |c| c.board == Some(BoardPaper::A3), |c| c.board = Some(BoardPaper::A3))}
                    {radio("print-board", move || app.t(Msg::PrintBoardNone).to_string(), choice,
                        |c| c.board.is_none(), |c| c.board = None)}
                </fieldset>
                <fieldset class="print-more-choice">
                    <legend>{app.tr(Msg::PrintMoreHeading)}</legend>
                    {tick("print-pieces", pieces_label, choice, |c| &mut c.pieces)}
                    {tick("print-rules", move || app.t(Msg::PrintRules).to_string(), choice, |c| &mut c.rules)}
                    {tick("print-empty-plan", move || app.t(Msg::PrintEmptyPlan).to_string(), choice, |c| &mut c.plan)}
                </fieldset>
            </div>
            <ul class="print-warnings" role="status">
                {move || too_long().into_iter().map(|text| view! { <li class="problem">{text}</li> }).collect_view()}
            </ul>
            <p class="help print-tips">{app.tr(Msg::PrintTips)}</p>
            <div class="print-go">
                <p class="print-total" role="status">
                    {move || if nothing() { app.t(Msg::PrintNothing).to_string() } else { summary() }}
                </p>
                <button class="primary print-do" on:click=print disabled=nothing>
                    {app.tr(Msg::PrintDo)}
                </button>
            </div>
        </div>
    }
}

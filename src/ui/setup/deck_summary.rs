//! The setup screen's word on the cards: which deck the game will use, how many cards
//! are switched off, the way to the deck screen, and the word the cards use for the
//! people the team is here for.

use leptos::prelude::*;

use crate::i18n::{fill, setup_problem_text, Msg};
use crate::model::SetupProblem;

use crate::ui::setup::audience::AudienceWord;
use crate::ui::state::{use_app, Screen};

#[component]
pub fn DeckSummary(problems: Memo<Vec<SetupProblem>>) -> impl IntoView {
    let app = use_app();
    let summary = move || {
        let deck = app.chosen_deck();
        let lang = app.lang.get();
        fill(
            app.t(Msg::DeckSummary),
            &[
                ("name", deck.name.get(lang)),
                ("n", &deck.cards.len().to_string()),
            ],
        )
    };
    let off = move || {
        let deck = app.chosen_deck();
        app.setup.with(|s| {
            deck.cards
                .iter()
                .filter(|c| s.cards_off.contains(&c.id))
                .count()
        })
    };
    let too_few = move || {
        problems.with(|all| {
            all.iter()
                .filter(|p| matches!(p, SetupProblem::TooFewCards { .. }))
                .map(|p| setup_problem_text(p, app.lang.get()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="deck-summary" aria-labelledby="deck-summary-heading">
            // One line: which cards, how many (the word for the people served below
            // must fit beside the core task at 1920×1080 too).
            <h3 id="deck-summary-heading">
                {app.tr(Msg::DeckHeading)} ": " <span class="deck-summary-line">{summary}</span>
            </h3>
            <Show when=move || { off() > 0 }>
                <p class="help">{move || fill(app.t(Msg::CardsOffCount), &[("n", &off().to_string())])}</p>
            </Show>
            <ul class="row-problems">
                {move || too_few().into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
            </ul>
            <button class="secondary open-decks" on:click=move |_| app.screen.set(Screen::Decks)>
                {app.tr(Msg::OpenDecks)}
            </button>
            <AudienceWord/>
        </section>
    }
}

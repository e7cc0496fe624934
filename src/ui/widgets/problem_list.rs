//! Every problem of a refused deck change or import, as a readable list.

use leptos::prelude::*;

use crate::i18n::{deck_problem_text, fill, Msg};

use crate::ui::decks::screen_state::use_deck_screen;
use crate::ui::state::use_app;

/// So a file with hundreds of broken cards does not bury the page.
const SHOWN: usize = 12;

#[component]
pub fn ProblemList() -> impl IntoView {
    let app = use_app();
    let screen = use_deck_screen();
    move || {
        screen.refusal.get().map(|refusal| {
            let lang = app.lang.get();
            let hidden = refusal.problems.len().saturating_sub(SHOWN);
            let items = refusal
                .problems
                .iter()
                .take(SHOWN)
                .map(|p| view! { <li>{deck_problem_text(p, lang)}</li> })
                .collect_view();
            view! {
                <div class="problem-list" role="alert">
                    <p class="problem-heading">{refusal.heading}</p>
                    <ul>{items}</ul>
                    <Show when=move || { hidden > 0 }>
                        <p>{move || fill(app.t(Msg::MoreProblems), &[("n", &hidden.to_string())])}</p>
                    </Show>
                    <button class="secondary" on:click=move |_| screen.refusal.set(None)>
                        {app.tr(Msg::Dismiss)}
                    </button>
                </div>
            }
        })
    }
}

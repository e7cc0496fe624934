//! The ideas with votes, most first: the short list the handleplan starts from.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::ui::state::use_app;

#[component]
pub fn RankedIdeas() -> impl IntoView {
    let app = use_app();
    let ranked = app.room_memo(|r| {
        r.ideas
            .ranked()
            .into_iter()
            .filter(|ranked| ranked.votes > 0)
            .map(|ranked| {
                (
                    ranked.lead.id,
                    ranked.lead.text.clone(),
                    ranked.members.len(),
                    ranked.votes,
                )
            })
            .collect::<Vec<_>>()
    });
    view! {
        <div class="panel ranked">
            <h3>{app.tr(Msg::RankedHeading)}</h3>
            <ol>
                // Keyed by the idea and what it shows: a vote moves a row instead of
                // rewriting every row below it.
                <For each=move || ranked.get() key=|row| row.clone() let:row>
                    {
                        let (_, text, members, votes) = row;
                        view! {
                            <li>
                                <span class="ranked-text">{text}{(members > 0).then(|| format!(" (+{members})"))}</span>
                                <span class="ranked-votes">{move || fill(app.t(Msg::VotesCount), &[("n", &votes.to_string())])}</span>
                            </li>
                        }
                    }
                </For>
            </ol>
        </div>
    }
}

//! What the projector shows in the phases the facilitator works in with forms: the
//! ideas ranked by votes, and the handleplan as it will print. Read-only, large, and
//! never longer than the screen.

use leptos::prelude::*;

use crate::i18n::{category_name, fill, Msg};
use crate::model::Category;
use crate::ui::play::phases::printable_plan::PrintablePlan;
use crate::ui::state::use_app;

/// How many ideas fit a projector screen at reading size.
const IDEAS_SHOWN: usize = 8;

/// One idea as the room sees it in the ranking.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
struct RankedRow {
    id: u32,
    text: String,
    grouped: usize,
    team: String,
    category: Option<Category>,
    votes: u32,
}

#[component]
pub fn AudienceIdeas() -> impl IntoView {
    let app = use_app();
    let ranked = app.room_memo(|r| {
        let ranked = r.ideas.ranked();
        let rows = ranked
            .iter()
            .take(IDEAS_SHOWN)
            .map(|idea| RankedRow {
                id: idea.lead.id,
                text: idea.lead.text.clone(),
                grouped: idea.members.len(),
                team: r.team_name(idea.lead.team).to_string(),
                category: idea.lead.category,
                votes: idea.votes,
            })
            .collect::<Vec<_>>();
        (rows, ranked.len().saturating_sub(IDEAS_SHOWN))
    });
    let more = move || ranked.with(|(_, more)| *more);
    view! {
        <section class="phase-view audience-ideas">
            <h2 tabindex="-1">{app.tr(Msg::AudienceIdeas)}</h2>
            <ol class="audience-idea-list">
                // Keyed by the idea and what it shows: a new vote moves the row, it is
                // not rebuilt in place of another.
                <For each=move || ranked.get().0 key=|row| row.clone() let:row>
                    <li>
                        <span class="audience-idea-text">{row.text.clone()}{(row.grouped > 0).then(|| format!(" (+{})", row.grouped))}</span>
                        <span class="audience-idea-meta">
                            {row.team.clone()}
                            {move || row.category.map(|c| format!(" · {}", category_name(c, app.lang.get())))}
                        </span>
                        <span class="audience-idea-votes">{move || fill(app.t(Msg::VotesCount), &[("n", &row.votes.to_string())])}</span>
                    </li>
                </For>
            </ol>
            <Show when=move || { more() > 0 }>
                <p class="audience-more">{move || fill(app.t(Msg::AudienceMoreIdeas), &[("n", &more().to_string())])}</p>
            </Show>
        </section>
    }
}

#[component]
pub fn AudiencePlan() -> impl IntoView {
    view! {
        <section class="phase-view audience-plan">
            <PrintablePlan/>
        </section>
    }
}

//! What the projector shows in the phases the facilitator works in with forms: the
//! ideas ranked by votes, and the handleplan as it will print. Read-only, large, and
//! never longer than the screen.

use leptos::prelude::*;

use crate::i18n::{category_name, fill, Msg};

use crate::ui::play::phases::checkout::PrintablePlan;
use crate::ui::state::use_app;

/// How many ideas fit a projector screen at reading size.
const IDEAS_SHOWN: usize = 8;

#[component]
pub fn AudienceIdeas() -> impl IntoView {
    let app = use_app();
    let ranked = move || {
        let lang = app.lang.get();
        app.session.with(|s| {
            let Some(s) = s.as_ref() else {
                return (Vec::new(), 0);
            };
            let ranked = s.ideas.ranked();
            let rows = ranked
                .iter()
                .take(IDEAS_SHOWN)
                .map(|r| {
                    let team = s
                        .teams
                        .get(r.lead.team)
                        .map(|t| t.name.clone())
                        .unwrap_or_default();
                    let category = r
                        .lead
                        .category
                        .map(|c| category_name(c, lang))
                        .unwrap_or("");
                    (
                        r.lead.text.clone(),
                        r.members.len(),
                        team,
                        category,
                        r.votes,
                    )
                })
                .collect::<Vec<_>>();
            (rows, ranked.len().saturating_sub(IDEAS_SHOWN))
        })
    };
    view! {
        <section class="phase-view audience-ideas">
            <h2 tabindex="-1">{move || app.t(Msg::AudienceIdeas)}</h2>
            {move || {
                let (rows, more) = ranked();
                view! {
                    <ol class="audience-idea-list">
                        {rows.into_iter().map(|(text, grouped, team, category, votes)| view! {
                            <li>
                                <span class="audience-idea-text">{text}{(grouped > 0).then(|| format!(" (+{grouped})"))}</span>
                                <span class="audience-idea-meta">{team}{(!category.is_empty()).then(|| format!(" · {category}"))}</span>
                                <span class="audience-idea-votes">{fill(app.t(Msg::VotesCount), &[("n", &votes.to_string())])}</span>
                            </li>
                        }).collect_view()}
                    </ol>
                    {(more > 0).then(|| view! {
                        <p class="audience-more">{fill(app.t(Msg::AudienceMoreIdeas), &[("n", &more.to_string())])}</p>
                    })}
                }
            }}
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

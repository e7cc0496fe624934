//! The idea bank: every idea on one screen, similar ones grouped by ticking them, then
//! dot-voting per team with the votes left in view, and the result ranked. Lists are
//! keyed by idea, so grouping, removing or voting leaves the focus where a keyboard
//! user expects it.

pub mod add_idea;
pub mod idea_card;
pub mod ranked;
pub mod vote_bar;

use leptos::prelude::*;

use crate::i18n::{phase_name, Msg};
use crate::model::Phase;
use crate::ui::browser::focus::focus_first;
use crate::ui::state::use_app;

use add_idea::AddIdea;
use idea_card::{idea_rows, IdeaCard};
use ranked::RankedIdeas;
use vote_bar::VoteBar;

#[component]
pub fn IdeaBankView() -> impl IntoView {
    let app = use_app();
    // In tap order: the first idea ticked leads the group.
    let selected = RwSignal::new(Vec::<u32>::new());
    let voter = RwSignal::new(0usize);
    let leads = app.room_memo(|r| {
        r.ideas
            .ideas
            .iter()
            .filter(|i| i.group.is_none())
            .map(|i| i.id)
            .collect::<Vec<_>>()
    });
    let rows = app.room_memo(move |r| idea_rows(r, voter.get(), app.lang.get()));
    let can_vote = app.room_memo(move |r| r.votes_left(voter.get()) > 0);
    let group = move |_| {
        let ids = selected.get_untracked();
        if let Some(lead) = app.play(|s| s.ideas.group(&ids)) {
            // The group stays where its first idea was: the focus goes there.
            focus_first(format!("[data-idea=\"{lead}\"] .idea-select input"));
        }
        selected.set(Vec::new());
    };
    view! {
        <section class="phase-view idea-bank">
            <h2 tabindex="-1">{move || phase_name(Phase::IdeaBank, app.lang.get())}</h2>
            <p class="lead">{app.tr(Msg::IdeasIntro)}</p>
            <VoteBar voter/>
            <div class="idea-columns">
                <div>
                    <Show when=move || leads.with(Vec::is_empty)>
                        <p class="help">{app.tr(Msg::NoIdeas)}</p>
                    </Show>
                    <ul class="idea-list">
                        <For each=move || leads.get() key=|id| *id let:id>
                            <IdeaCard id rows selected voter can_vote/>
                        </For>
                    </ul>
                    <div class="idea-tools">
                        <button class="secondary group-ideas" disabled=move || selected.with(|s| s.len() < 2) on:click=group>
                            {app.tr(Msg::GroupSelected)}
                        </button>
                    </div>
                    <AddIdea/>
                </div>
                <RankedIdeas/>
            </div>
        </section>
    }
}

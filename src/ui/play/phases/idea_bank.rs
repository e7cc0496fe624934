//! The idea bank: every idea on one screen, similar ones grouped by tapping, then
//! dot-voting per team with the votes left in view, and the result ranked.

use leptos::prelude::*;

use crate::i18n::{category_name, fill, phase_name, Msg};
use crate::model::{Category, Idea, Phase};

use crate::ui::state::use_app;
use crate::ui::widgets::piece_badge::PieceBadge;

#[component]
pub fn IdeaBankView() -> impl IntoView {
    let app = use_app();
    // In tap order: the first idea tapped leads the group.
    let selected = RwSignal::new(Vec::<u32>::new());
    let voter = RwSignal::new(0usize);
    let new_idea = RwSignal::new(String::new());
    let new_team = RwSignal::new(0usize);
    let new_category = RwSignal::new(None::<Category>);
    let ideas = move || {
        app.session.with(|s| {
            s.as_ref()
                .map(|s| s.ideas.ideas.clone())
                .unwrap_or_default()
        })
    };
    let teams = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.teams.clone()).unwrap_or_default())
    };
    let group = move |_| {
        let ids = selected.get_untracked();
        app.play(|s| s.ideas.group(&ids).map(|_| ()).map_err(Into::into));
        selected.set(Vec::new());
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = new_idea.get_untracked();
        let team = new_team.get_untracked();
        let category = new_category.get_untracked();
        app.play(|s| s.add_idea(&text, team, category).map(|_| ()));
        if app.refused.get_untracked().is_none() {
            new_idea.set(String::new());
        }
    };
    let votes_per_player = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.ideas.votes_per_player).unwrap_or(3))
    };
    let set_votes = move |delta: i32| {
        let next = votes_per_player().saturating_add_signed(delta);
        app.play(|s| s.set_votes_per_player(next));
    };
    let ranked = move || {
        app.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.ideas
                        .ranked()
                        .into_iter()
                        .filter(|r| r.votes > 0)
                        .map(|r| (r.lead.text.clone(), r.members.len(), r.votes))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <section class="phase-view idea-bank">
            <h2 tabindex="-1">{move || phase_name(Phase::IdeaBank, app.lang.get())}</h2>
            <p class="lead">{move || app.t(Msg::IdeasIntro)}</p>
            <div class="vote-bar panel">
                <fieldset class="voter">
                    <legend>{move || app.t(Msg::VotingTeam)}</legend>
                    {move || teams().into_iter().enumerate().map(|(i, t)| {
                        let letter = t.letter();
                        view! {
                            <label class="choice voter-choice" data-team=i>
                                <input type="radio" name="voter" prop:checked=move || voter.get() == i on:change=move |_| voter.set(i)/>
                                <PieceBadge shape=t.shape colour=t.colour letter class="team-piece"/>
                                <span>{t.name.clone()}</span>
                                <span class="votes-left">
                                    {move || fill(app.t(Msg::VotesLeft), &[("n", &app.session.with(|s| s.as_ref().map(|s| s.votes_left(i)).unwrap_or(0)).to_string())])}
                                </span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="votes-per-player" role="group" aria-label=move || app.t(Msg::VotesPerPlayer)>
                    <span class="label">{move || app.t(Msg::VotesPerPlayer)}</span>
                    <button class="stepper" aria-label="−1" on:click=move |_| set_votes(-1)>"−"</button>
                    <output class="votes-value">{votes_per_player}</output>
                    <button class="stepper" aria-label="+1" on:click=move |_| set_votes(1)>"+"</button>
                </div>
            </div>
            <div class="idea-columns">
                <div>
                    <Show when=move || ideas().is_empty()>
                        <p class="help">{move || app.t(Msg::NoIdeas)}</p>
                    </Show>
                    <ul class="idea-list">
                        {move || {
                            let all = ideas();
                            all.iter().filter(|i| i.group.is_none()).map(|lead| {
                                let members: Vec<Idea> = all.iter().filter(|i| i.group == Some(lead.id)).cloned().collect();
                                view! { <IdeaCard lead=lead.clone() members selected voter/> }
                            }).collect_view()
                        }}
                    </ul>
                    <div class="idea-tools">
                        <button class="secondary group-ideas" disabled=move || selected.with(|s| s.len() < 2) on:click=group>
                            {move || app.t(Msg::GroupSelected)}
                        </button>
                    </div>
                    <form class="add-idea" on:submit=add>
                        <label>
                            <span class="label">{move || app.t(Msg::AddIdea)}</span>
                            <input type="text" maxlength="280" prop:value=move || new_idea.get() on:input:target=move |ev| new_idea.set(ev.target().value())/>
                        </label>
                        <select aria-label=move || app.t(Msg::IdeaTeam) on:change:target=move |ev| new_team.set(ev.target().value().parse().unwrap_or(0))>
                            {move || teams().into_iter().enumerate().map(|(i, t)| view! {
                                <option value=i.to_string() selected=move || new_team.get() == i>{t.name.clone()}</option>
                            }).collect_view()}
                        </select>
                        <select aria-label=move || app.t(Msg::FieldCategory) on:change:target=move |ev| {
                            let key = ev.target().value();
                            new_category.set(Category::ALL.into_iter().find(|c| c.key() == key));
                        }>
                            <option value="">"–"</option>
                            {Category::ALL.into_iter().map(|c| view! {
                                <option value=c.key()>{move || category_name(c, app.lang.get())}</option>
                            }).collect_view()}
                        </select>
                        <button class="secondary" type="submit">{move || app.t(Msg::AddIdea)}</button>
                    </form>
                </div>
                <div class="panel ranked">
                    <h3>{move || app.t(Msg::RankedHeading)}</h3>
                    <ol>
                        {move || ranked().into_iter().map(|(text, members, votes)| view! {
                            <li>
                                <span class="ranked-text">{text}{(members > 0).then(|| format!(" (+{members})"))}</span>
                                <span class="ranked-votes">{move || fill(app.t(Msg::VotesCount), &[("n", &votes.to_string())])}</span>
                            </li>
                        }).collect_view()}
                    </ol>
                </div>
            </div>
        </section>
    }
}

/// One idea (with the ideas grouped under it): select it, vote on it.
#[component]
fn IdeaCard(
    lead: Idea,
    members: Vec<Idea>,
    selected: RwSignal<Vec<u32>>,
    voter: RwSignal<usize>,
) -> impl IntoView {
    let app = use_app();
    let id = lead.id;
    let votes = move || {
        app.session.with(|s| {
            s.as_ref()
                .and_then(|s| s.ideas.votes.get(&id).map(|by| by.values().sum::<u32>()))
                .unwrap_or(0)
        })
    };
    let mine = move || {
        app.session.with(|s| {
            s.as_ref()
                .map(|s| s.ideas.team_votes_on(id, voter.get()))
                .unwrap_or(0)
        })
    };
    let team_name = move |team: usize| {
        app.session.with(|s| {
            s.as_ref()
                .and_then(|s| s.teams.get(team).map(|t| t.name.clone()))
                .unwrap_or_default()
        })
    };
    let tag = move |idea: &Idea| {
        let team = team_name(idea.team);
        match idea.category {
            Some(c) => format!("{team} · {}", category_name(c, app.lang.get())),
            None => team,
        }
    };
    let lead_tag = tag(&lead);
    view! {
        <li class="idea" data-idea=id class:selected=move || selected.with(|s| s.contains(&id))>
            <label class="idea-select">
                <input type="checkbox" prop:checked=move || selected.with(|s| s.contains(&id))
                    on:change:target=move |ev| { let on = ev.target().checked(); selected.update(|s| { s.retain(|x| *x != id); if on { s.push(id); } }); }/>
                <span class="visually-hidden">{move || app.t(Msg::SelectIdea)}</span>
            </label>
            <div class="idea-body">
                <p class="idea-text">{lead.text.clone()}</p>
                <p class="idea-tag">{lead_tag}</p>
                <ul class="idea-members">
                    {members.into_iter().map(|m| {
                        let member = m.id;
                        let member_tag = tag(&m);
                        view! {
                            <li>
                                <span>{m.text.clone()}</span>
                                <span class="idea-tag">{member_tag}</span>
                                <button class="secondary small" on:click=move |_| app.play(|s| s.ideas.ungroup(member).map_err(Into::into))>
                                    {move || app.t(Msg::Ungroup)}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
            <div class="idea-votes">
                <button class="secondary small icon remove-idea" aria-label=move || app.t(Msg::RemoveIdea) title=move || app.t(Msg::RemoveIdea)
                    on:click=move |_| app.play(|s| s.ideas.remove(id).map_err(Into::into))>"✕"</button>
                <span class="dots" aria-label=move || fill(app.t(Msg::VotesCount), &[("n", &votes().to_string())])>
                    {move || "●".repeat(votes() as usize)}
                </span>
                <button class="secondary small icon unvote" aria-label=move || app.t(Msg::Unvote) title=move || app.t(Msg::Unvote)
                    disabled=move || { mine() == 0 } on:click=move |_| app.play(|s| s.ideas.unvote(id, voter.get_untracked()).map_err(Into::into))>"−"</button>
                <button class="primary small icon vote" aria-label=move || app.t(Msg::Vote) title=move || app.t(Msg::Vote)
                    disabled=move || app.session.with(|s| s.as_ref().is_none_or(|s| s.votes_left(voter.get()) == 0))
                    on:click=move |_| app.play(|s| s.vote(id, voter.get_untracked()))>"+"</button>
            </div>
        </li>
    }
}

//! One idea, with the ideas grouped under it: tick it to group, vote on it, take a
//! vote back, remove it. Read from the bank's rows by its id, so a change to another
//! idea leaves this one (and the focus in it) alone.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::i18n::{category_name, fill, Msg};
use crate::model::{Idea, Lang, RoomView};
use crate::ui::browser::focus::focus_first_of;
use crate::ui::state::use_app;

/// "Team · Category" under an idea.
fn tag(room: &RoomView, idea: &Idea, lang: crate::model::Lang) -> String {
    let team = room.team_name(idea.team);
    match idea.category {
        Some(c) => format!("{team} · {}", category_name(c, lang)),
        None => team.to_string(),
    }
}

/// What one idea's card shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdeaRow {
    text: String,
    tag: String,
    /// The ideas grouped under this one: id, text, tag.
    members: Vec<(u32, String, String)>,
    votes: u32,
    /// The dots of the team voting now on this idea.
    mine: u32,
}

/// Every idea's row, read from the game in one pass. The bank keeps this in one memo and
/// each card picks its own row from it: with 200 ideas, five memos per card on the whole
/// game made a vote cost over 50 ms, most of it Leptos unsubscribing 1000 readers of one
/// signal one by one (issue 15).
pub fn idea_rows(room: &RoomView, voter: usize, lang: Lang) -> BTreeMap<u32, IdeaRow> {
    let mut rows: BTreeMap<u32, IdeaRow> = room
        .ideas
        .ideas
        .iter()
        .map(|idea| {
            let row = IdeaRow {
                text: idea.text.clone(),
                tag: tag(room, idea, lang),
                members: Vec::new(),
                votes: room
                    .ideas
                    .votes
                    .get(&idea.id)
                    .map_or(0, |by| by.values().sum()),
                mine: room.ideas.team_votes_on(idea.id, voter),
            };
            (idea.id, row)
        })
        .collect();
    for idea in &room.ideas.ideas {
        if let Some(row) = idea.group.and_then(|lead| rows.get_mut(&lead)) {
            row.members
                .push((idea.id, idea.text.clone(), tag(room, idea, lang)));
        }
    }
    rows
}

/// Where the focus goes once an action has redrawn the list: the first of `places`
/// that exists and can take it.
fn focus_on(places: &[String]) {
    focus_first_of(places.to_vec());
}

#[component]
pub fn IdeaCard(
    id: u32,
    /// Every idea's row (`idea_rows`).
    rows: Memo<BTreeMap<u32, IdeaRow>>,
    selected: RwSignal<Vec<u32>>,
    voter: RwSignal<usize>,
    /// Whether the team voting now has dots left.
    can_vote: Memo<bool>,
) -> impl IntoView {
    let app = use_app();
    let row = Memo::new(move |_| rows.with(|rows| rows.get(&id).cloned()));
    let lead =
        Memo::new(move |_| row.with(|row| row.as_ref().map(|r| (r.text.clone(), r.tag.clone()))));
    let members = Memo::new(move |_| row.with(|row| row.as_ref().map(|r| r.members.clone())));
    let votes = Memo::new(move |_| row.with(|row| row.as_ref().map_or(0, |r| r.votes)));
    let mine = Memo::new(move |_| row.with(|row| row.as_ref().map_or(0, |r| r.mine)));
    let here = move |what: &str| format!("[data-idea=\"{id}\"] {what}");
    let remove = move |_| {
        // The neighbour below (or above) takes the focus the removed idea had.
        let (after, before) = app.room(|r| {
            let leads: Vec<u32> = r
                .ideas
                .ideas
                .iter()
                .filter(|i| i.group.is_none())
                .map(|i| i.id)
                .collect();
            let at = leads.iter().position(|l| *l == id).unwrap_or(0);
            (
                leads.get(at + 1).copied(),
                at.checked_sub(1).and_then(|b| leads.get(b).copied()),
            )
        });
        if app.play(|s| s.ideas.remove(id)).is_some() {
            let near = [after, before].into_iter().flatten();
            let mut places: Vec<String> = near
                .map(|n| format!("[data-idea=\"{n}\"] .remove-idea"))
                .collect();
            places.push(".add-idea input".into());
            focus_on(&places);
        }
    };
    let vote = move |_| {
        if app.play(|s| s.vote(id, voter.get_untracked())).is_some() {
            focus_on(&[here(".vote:not([disabled])"), here(".unvote")]);
        }
    };
    let unvote = move |_| {
        if app
            .play(|s| s.ideas.unvote(id, voter.get_untracked()))
            .is_some()
        {
            focus_on(&[here(".unvote:not([disabled])"), here(".vote")]);
        }
    };
    let is_selected = Memo::new(move |_| selected.with(|s| s.contains(&id)));
    move || {
        lead.get().map(|(text, lead_tag)| view! {
            <li class="idea" data-idea=id class:selected=is_selected>
                <label class="idea-select">
                    <input type="checkbox" prop:checked=is_selected
                        on:change:target=move |ev| { let on = ev.target().checked(); selected.update(|s| { s.retain(|x| *x != id); if on { s.push(id); } }); }/>
                    <span class="visually-hidden">{app.tr(Msg::SelectIdea)}</span>
                </label>
                <div class="idea-body">
                    <p class="idea-text">{text}</p>
                    <p class="idea-tag">{lead_tag}</p>
                    <ul class="idea-members">
                        <For each=move || members.get().unwrap_or_default() key=|member| member.clone() let:member>
                            <GroupedIdea member/>
                        </For>
                    </ul>
                </div>
                <div class="idea-votes">
                    <button class="secondary small icon remove-idea" aria-label=app.tr(Msg::RemoveIdea) title=app.tr(Msg::RemoveIdea)
                        on:click=remove>"✕"</button>
                    <span class="dots" aria-label=move || fill(app.t(Msg::VotesCount), &[("n", &votes.get().to_string())])>
                        {move || "●".repeat(votes.get() as usize)}
                    </span>
                    <button class="secondary small icon unvote" aria-label=app.tr(Msg::Unvote) title=app.tr(Msg::Unvote)
                        disabled=move || { mine.get() == 0 } on:click=unvote>"−"</button>
                    <button class="primary small icon vote" aria-label=app.tr(Msg::Vote) title=app.tr(Msg::Vote)
                        disabled=move || !can_vote.get() on:click=vote>"+"</button>
                </div>
            </li>
        })
    }
}

/// An idea grouped under another, with the way to take it out again.
#[component]
fn GroupedIdea(member: (u32, String, String)) -> impl IntoView {
    let app = use_app();
    let (id, text, tag) = member;
    let ungroup = move |_| {
        if app.play(|s| s.ideas.ungroup(id)).is_some() {
            // Out of the group it is an idea of its own again: the focus follows it.
            focus_on(&[format!("[data-idea=\"{id}\"] .idea-select input")]);
        }
    };
    view! {
        <li>
            <span>{text}</span>
            <span class="idea-tag">{tag}</span>
            <button class="secondary small" on:click=ungroup>{app.tr(Msg::Ungroup)}</button>
        </li>
    }
}

//! A step of the replay as the room sees it, and what the replay says at each step.

use crate::i18n::{event_sentence, fill, Msg};
use crate::model::replay::{Replay, Step, StepKind};
use crate::model::replay_shown::ReplayShown;
use crate::model::{Event, Lang, Session, Team};

fn step_sentence(session: &Session, step: &Step, lang: Lang) -> String {
    let team_name = |i: usize| session.teams.get(i).map_or("", |t| t.name.as_str());
    match &step.kind {
        StepKind::Start => Msg::ReplayStart.get(lang).to_string(),
        // The card itself stands below the sentence.
        StepKind::Event(Event::CardDrawn { team, .. }) => fill(
            Msg::ReplayCardDrawn.get(lang),
            &[("team", team_name(*team))],
        ),
        StepKind::Event(event) => event_sentence(
            event,
            &session.teams,
            None,
            team_name(step.frame.active_team),
            lang,
        ),
        StepKind::Idea(id) => session
            .ideas
            .get(*id)
            .map(|idea| {
                fill(
                    Msg::ReplayIdea.get(lang),
                    &[("team", team_name(idea.team)), ("idea", &idea.text)],
                )
            })
            .unwrap_or_default(),
        StepKind::Vote => session
            .ideas
            .ranked()
            .first()
            .map(|top| {
                fill(
                    Msg::ReplayVote.get(lang),
                    &[("idea", &top.lead.text), ("votes", &top.votes.to_string())],
                )
            })
            .unwrap_or_default(),
        StepKind::Activity(i) => session
            .plan
            .activities
            .get(*i)
            .map(|a| {
                fill(
                    Msg::ReplayActivity.get(lang),
                    &[
                        ("n", &(i + 1).to_string()),
                        ("what", &a.what),
                        ("owner", &a.owner),
                    ],
                )
            })
            .unwrap_or_default(),
    }
}

/// Step `at` of `replayed` as the room sees it, in `lang`.
pub fn shown_at(session: &Session, replayed: &Replay, at: usize, lang: Lang) -> ReplayShown {
    let step = &replayed.steps[at];
    let frame = &step.frame;
    let teams = session
        .teams
        .iter()
        .enumerate()
        .map(|(i, team)| Team {
            position: frame.positions[i],
            wedges: frame.wedges[i].clone(),
            ..team.clone()
        })
        .collect();
    let card = frame
        .card
        .as_deref()
        .and_then(|id| session.deck.card(id))
        .map(|card| session.shown(card).text.get(lang).to_string());
    ReplayShown {
        teams,
        active_team: frame.active_team,
        phase: step.phase,
        sentence: step_sentence(session, step, lang),
        card,
        die: frame.die,
        turns_played: frame.turns_played,
        ideas: frame.ideas,
        step: at,
        steps: replayed.steps.len(),
    }
}

//! What the replay says at each step.

use crate::i18n::{event_sentence, fill, Msg};
use crate::model::replay::{Step, StepKind};
use crate::model::{Lang, Session};

pub fn step_sentence(session: &Session, step: &Step, lang: Lang) -> String {
    let team_name = |i: usize| session.teams.get(i).map_or("", |t| t.name.as_str());
    match &step.kind {
        StepKind::Start => Msg::ReplayStart.get(lang).to_string(),
        StepKind::Event(event) => {
            let card = step
                .frame
                .card
                .as_deref()
                .and_then(|id| session.deck.card(id))
                .map(|card| session.shown(card));
            event_sentence(
                event,
                &session.teams,
                card.as_ref(),
                team_name(step.frame.active_team),
                lang,
            )
        }
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

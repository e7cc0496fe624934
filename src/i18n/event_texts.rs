//! One sentence for each entry of the game's log: what the screen reader announces as
//! it happens, and what the replay says at each step.

use crate::model::{Card, Event, FieldId, Lang, Team};

use super::{category_name, field_label, fill, Msg};

/// The sentence for `event`. `card` is the card it drew, if known; `next_team` the
/// team whose turn it is after a card without a piece.
pub fn event_sentence(
    event: &Event,
    teams: &[Team],
    card: Option<&Card>,
    next_team: &str,
    lang: Lang,
) -> String {
    let team = |i: &usize| teams.get(*i).map_or("", |t| t.name.as_str());
    let field_name = |field: &FieldId| field_label(*field, teams, lang);
    match event {
        Event::Rolled { team: t, value } => fill(
            Msg::AnnounceRolled.get(lang),
            &[("team", team(t)), ("n", &value.to_string())],
        ),
        Event::Moved { team: t, to, .. } => fill(
            Msg::AnnounceMoved.get(lang),
            &[("team", team(t)), ("field", &field_name(to))],
        ),
        Event::Jumped { team: t, to, .. } => fill(
            Msg::AnnounceJumped.get(lang),
            &[("team", team(t)), ("field", &field_name(to))],
        ),
        Event::RollAgain { team: t } => {
            fill(Msg::AnnounceRollAgain.get(lang), &[("team", team(t))])
        }
        Event::CategoryChosen { team: t, category } => fill(
            Msg::AnnounceCategoryChosen.get(lang),
            &[
                ("team", team(t)),
                ("category", category_name(*category, lang)),
            ],
        ),
        Event::CardDrawn { card: id, .. } => card
            .filter(|c| &c.id == id)
            .map(|c| fill(Msg::AnnounceCard.get(lang), &[("text", c.text.get(lang))]))
            .unwrap_or_default(),
        Event::CardDone { team: t, wedge, .. } => match wedge {
            Some(category) => fill(
                Msg::AnnounceWedge.get(lang),
                &[
                    ("team", team(t)),
                    ("category", category_name(*category, lang)),
                ],
            ),
            None => fill(Msg::TurnOf.get(lang), &[("team", next_team)]),
        },
    }
}

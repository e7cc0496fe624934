//! A live region that tells screen-reader users what just happened.

use leptos::prelude::*;

use crate::i18n::{category_name, field_label, fill, phase_name, Msg};
use crate::model::{Event, FieldId, Lang, RoomView};

/// The sentence for the newest event in the log.
fn announcement(room: &RoomView, lang: Lang) -> String {
    let team = |i: &usize| room.team_name(*i);
    let field_name = |field: &FieldId| field_label(*field, &room.teams, lang);
    match &room.last_event {
        None => String::new(),
        Some(Event::Rolled { team: t, value }) => fill(
            Msg::AnnounceRolled.get(lang),
            &[("team", team(t)), ("n", &value.to_string())],
        ),
        Some(Event::Moved { team: t, to, .. }) => fill(
            Msg::AnnounceMoved.get(lang),
            &[("team", team(t)), ("field", &field_name(to))],
        ),
        Some(Event::Jumped { team: t, to, .. }) => fill(
            Msg::AnnounceJumped.get(lang),
            &[("team", team(t)), ("field", &field_name(to))],
        ),
        Some(Event::RollAgain { team: t }) => {
            fill(Msg::AnnounceRollAgain.get(lang), &[("team", team(t))])
        }
        Some(Event::CategoryChosen { team: t, category }) => fill(
            Msg::AnnounceCategoryChosen.get(lang),
            &[
                ("team", team(t)),
                ("category", category_name(*category, lang)),
            ],
        ),
        Some(Event::CardDrawn { card, .. }) => room
            .card
            .as_ref()
            .filter(|c| &c.id == card)
            .map(|c| fill(Msg::AnnounceCard.get(lang), &[("text", c.text.get(lang))]))
            .unwrap_or_default(),
        Some(Event::CardDone { team: t, wedge, .. }) => match wedge {
            Some(category) => fill(
                Msg::AnnounceWedge.get(lang),
                &[
                    ("team", team(t)),
                    ("category", category_name(*category, lang)),
                ],
            ),
            None => fill(
                Msg::TurnOf.get(lang),
                &[("team", room.team_name(room.active_team))],
            ),
        },
    }
}

#[component]
pub fn Announcer() -> impl IntoView {
    let app = crate::ui::state::use_app();
    let text = Memo::new(move |_| {
        let lang = app.lang.get();
        app.room(|r| announcement(r, lang))
    });
    // The phase gets its own region, so a phase change is announced even when the
    // game's log has not moved.
    let phase = Memo::new(move |_| {
        let lang = app.lang.get();
        app.room(|r| {
            fill(
                Msg::AnnouncePhase.get(lang),
                &[("phase", phase_name(r.phase(), lang))],
            )
        })
    });
    view! {
        <div class="visually-hidden event-announcer" role="status" aria-live="polite" aria-atomic="true">
            {move || text.get()}
        </div>
        <div class="visually-hidden phase-announcer" role="status" aria-live="polite" aria-atomic="true">
            {move || phase.get()}
        </div>
    }
}

//! The card on the table, shown where the board was while a team talks it through: the
//! card large enough to read across the room, and why this card (wedge, shared field,
//! steering) beneath it.

use leptos::prelude::*;

use crate::i18n::{category_name, fill, Msg};
use crate::model::DeckKind;

use crate::ui::play::turn::facilitator_panel::FacilitatorPanel;
use crate::ui::state::use_app;
use crate::ui::widgets::card_view::CardView;

#[component]
pub fn CardTable() -> impl IntoView {
    let app = use_app();
    let card = app.room_memo(|r| r.card.clone());
    // The hint is the facilitator's: only the windows holding the whole game have it.
    let hint = app.game_memo(|s| s.current_card().and_then(|c| c.hint.clone()));
    let wedge = move || app.room(|r| r.active_card()?.wedge);
    let sharing = move || {
        app.room(|r| {
            let others = r.guests();
            (!others.is_empty()).then(|| others.join(", "))
        })
    };
    let steered = move || {
        app.room(|r| {
            let active = r.active_card()?;
            let DeckKind::Category(category) = active.kind else {
                return None;
            };
            active.steered_from.map(|landed| (landed, category))
        })
    };
    view! {
        <div class="card-table">
            {move || card.get().map(|card| view! { <CardView card hint=hint.get()/> })}
            <div class="card-notes">
                {move || wedge().map(|category| view! {
                    <p class="note wedge-note">
                        {fill(app.t(Msg::EarnsWedge), &[("category", category_name(category, app.lang.get()))])}
                    </p>
                })}
                {move || sharing().map(|teams| view! {
                    <p class="note">{fill(app.t(Msg::SharedField), &[("teams", &teams)])}</p>
                })}
                {move || steered().map(|(landed, category)| view! {
                    <p class="note steered">
                        {fill(app.t(Msg::Steered), &[
                            ("category", category_name(category, app.lang.get())),
                            ("landed", category_name(landed, app.lang.get())),
                        ])}
                    </p>
                })}
            </div>
            <Show when=move || app.projector_open.get() && app.role.get().sees_private()>
                <FacilitatorPanel/>
            </Show>
        </div>
    }
}

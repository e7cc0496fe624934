//! The card on the table, shown where the board was while a team talks it through: the
//! card large enough to read across the room, and what it earns and who shares it
//! beneath it (why a card was steered is said in the turn panel, where the turn is).

use leptos::prelude::*;

use crate::i18n::{category_name, fill, Msg};

use crate::ui::play::turn::facilitator_panel::FacilitatorPanel;
use crate::ui::state::use_app;
use crate::ui::widgets::card_view::CardView;

#[component]
pub fn CardTable() -> impl IntoView {
    let app = use_app();
    let card = app.room_memo(|r| r.card.clone());
    // The hint is the facilitator's: only the windows holding the whole game have it.
    let hint = app.game_memo(|s| s.shown_current_card().and_then(|c| c.hint));
    // A steered card's wedge is said with the reason, in the turn panel.
    let wedge = move || app.room(|r| r.active_card().filter(|a| a.steered_from.is_none())?.wedge);
    let sharing = move || {
        app.room(|r| {
            let others = r.guests();
            (!others.is_empty()).then(|| others.join(", "))
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
            </div>
            <Show when=move || app.projector_open.get() && app.role.get().sees_private()>
                <FacilitatorPanel/>
            </Show>
        </div>
    }
}

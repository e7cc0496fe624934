//! The board: the wheel in SVG, the reachable fields to choose from, and the pieces.

pub mod field;
pub mod geometry;
pub mod piece;
pub mod still;

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::board;
use crate::model::board::{FieldPlace, RING_LEN};
use crate::ui::play::board::field::{field_labels, Field};
use crate::ui::play::board::geometry::{field_centre, CENTRE, RING_RADIUS};
use crate::ui::play::board::piece::Piece;
use crate::ui::state::use_app;
use crate::ui::widgets::svg_number::Tenths;

/// The ring and the six spokes the fields sit on.
pub fn tracks() -> impl IntoView {
    let centre = Tenths(CENTRE).to_string();
    let spokes = (0..6)
        .map(|spoke| {
            let (x, y) = field_centre(FieldPlace::Ring(spoke * RING_LEN / 6));
            view! {
                <line
                    class="track"
                    x1=centre.clone()
                    y1=centre.clone()
                    x2=Tenths(x).to_string()
                    y2=Tenths(y).to_string()
                />
            }
        })
        .collect_view();
    view! {
        <circle class="track" cx=centre.clone() cy=centre.clone() r=Tenths(RING_RADIUS).to_string() fill="none"/>
        {spokes}
    }
}

/// The whole board, scaled to the space it is given.
#[component]
pub fn Board() -> impl IntoView {
    let app = use_app();
    let targets = app.room_memo(|r| r.targets());
    let team_count = app.room_memo(|r| r.teams.len());
    let labels = app.room_memo(move |r| field_labels(&r.teams, app.lang.get()));

    let fields = board()
        .fields()
        .map(|field| view! { <Field field targets labels/> })
        .collect_view();

    view! {
        <svg
            class="board"
            viewBox="0 0 1000 1000"
            role="group"
            aria-label=app.tr(Msg::BoardLabel)
        >
            {tracks()}
            {fields}
            <For
                each=move || 0..team_count.get()
                key=|index| *index
                children=move |index| view! { <Piece index/> }
            />
        </svg>
    }
}

//! The board: the wheel in SVG, the reachable fields to choose from, and the pieces.

pub mod field;
pub mod geometry;
pub mod piece;

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::board;
use crate::model::board::{FieldPlace, RING_LEN};
use crate::ui::play::board::field::Field;
use crate::ui::play::board::geometry::{field_centre, CENTRE, RING_RADIUS};
use crate::ui::play::board::piece::Piece;
use crate::ui::state::use_app;

/// The whole board, scaled to the space it is given.
#[component]
pub fn Board() -> impl IntoView {
    let app = use_app();
    let targets = app.room_memo(|r| r.targets());
    let team_count = app.room_memo(|r| r.teams.len());

    let spokes = (0..6)
        .map(|spoke| {
            let (x, y) = field_centre(FieldPlace::Ring(spoke * RING_LEN / 6));
            view! { <line class="track" x1=CENTRE y1=CENTRE x2=x y2=y/> }
        })
        .collect_view();
    let fields = board()
        .fields()
        .map(|field| view! { <Field field targets/> })
        .collect_view();

    view! {
        <svg
            class="board"
            viewBox="0 0 1000 1000"
            role="group"
            aria-label=move || app.t(Msg::BoardLabel)
        >
            <circle class="track" cx=CENTRE cy=CENTRE r=RING_RADIUS fill="none"/>
            {spokes}
            {fields}
            <For
                each=move || 0..team_count.get()
                key=|index| *index
                children=move |index| view! { <Piece index/> }
            />
        </svg>
    }
}

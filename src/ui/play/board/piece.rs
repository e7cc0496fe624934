//! A team's piece on the board, standing beside any other piece on its field.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::board;
use crate::ui::play::board::geometry::{field_centre, piece_offset};
use crate::ui::state::use_app;
use crate::ui::widgets::piece_badge::piece_drawing;
use crate::ui::widgets::svg_number::Tenths;

/// A team's piece: its shape in its colour, with its letter.
#[component]
pub fn Piece(index: usize) -> impl IntoView {
    let app = use_app();
    let team = app.room_memo(move |r| r.teams.get(index).cloned());
    let place = app.room_memo(move |r| {
        let here = r.teams.get(index)?.position;
        let sharing: Vec<usize> = (0..r.teams.len())
            .filter(|i| r.teams[*i].position == here)
            .collect();
        let slot = sharing.iter().position(|i| *i == index).unwrap_or(0);
        let (x, y) = field_centre(board().place(here));
        let (dx, dy) = piece_offset(slot, sharing.len());
        Some(format!("translate({} {})", Tenths(x + dx), Tenths(y + dy)))
    });
    let active = app.room_memo(move |r| r.active_team == index);
    move || {
        team.get().map(|team| {
            view! {
                <g
                    class="piece"
                    class:active=move || active.get()
                    transform=move || place.get()
                    role="img"
                    aria-label=fill(app.t(Msg::PieceOf), &[("team", &team.name)])
                >
                    {piece_drawing(team.shape, team.colour, team.letter())}
                </g>
            }
        })
    }
}

//! A team's piece as drawn everywhere: its shape in its colour, with its letter.

use leptos::prelude::*;

use crate::model::{PieceShape, TeamColour};

use crate::ui::widgets::icons::piece_path;
use crate::ui::widgets::palette::{team_fill, team_ink};

/// The piece itself, centred on (0, 0); the board places it on a field.
pub fn piece_drawing(shape: PieceShape, colour: TeamColour, letter: String) -> impl IntoView {
    let d = piece_path(shape, 40.0);
    view! {
        <path class="piece-outline" d=d.clone()/>
        <path class="piece-body" d=d fill=team_fill(colour)/>
        <text class="piece-letter" text-anchor="middle" dy="0.35em" fill=team_ink(colour)>
            {letter}
        </text>
    }
}

/// The piece as a small picture beside a team's name (turn header, team list, setup).
#[component]
pub fn PieceBadge(
    shape: PieceShape,
    colour: TeamColour,
    letter: String,
    /// Sizing class of the surrounding layout.
    class: &'static str,
) -> impl IntoView {
    view! {
        <svg class=format!("piece-badge {class}") viewBox="-27 -27 54 54" aria-hidden="true">
            {piece_drawing(shape, colour, letter)}
        </svg>
    }
}

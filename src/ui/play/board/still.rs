//! The board as a picture of one moment: the fields and the pieces where they stood,
//! nothing to choose. The replay shows the game on it, step by step.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::{board, FieldId, Team};
use crate::ui::play::board::field::field_face;
use crate::ui::play::board::geometry::{field_centre, piece_offset};
use crate::ui::play::board::tracks;
use crate::ui::state::use_app;
use crate::ui::widgets::piece_badge::piece_drawing;
use crate::ui::widgets::svg_number::Tenths;

/// Where each piece stands, beside the others on its field.
fn piece_places(positions: &[FieldId]) -> Vec<String> {
    positions
        .iter()
        .enumerate()
        .map(|(index, here)| {
            let sharing: Vec<usize> = (0..positions.len())
                .filter(|i| positions[*i] == *here)
                .collect();
            let slot = sharing.iter().position(|i| *i == index).unwrap_or(0);
            let (x, y) = field_centre(board().place(*here));
            let (dx, dy) = piece_offset(slot, sharing.len());
            format!("translate({} {})", Tenths(x + dx), Tenths(y + dy))
        })
        .collect()
}

/// Every field of the board in its place, nothing to choose: the replay's board and the
/// printed one.
pub fn still_fields() -> impl IntoView {
    board()
        .fields()
        .map(|field| {
            let (x, y) = field_centre(board().place(field));
            let (_, kind_class, face) = field_face(field);
            view! {
                <g class=format!("field {kind_class}") data-field=field.0
                    transform=format!("translate({} {})", Tenths(x), Tenths(y))>
                    {face}
                </g>
            }
        })
        .collect_view()
}

/// The board with `teams`' pieces where the teams stand; the pieces are those of the
/// teams when it is drawn (the teams of one game), their places follow.
#[component]
pub fn StillBoard(
    #[prop(into)] teams: Signal<Vec<Team>>,
    #[prop(into)] active: Signal<usize>,
) -> impl IntoView {
    let app = use_app();
    let positions =
        Memo::new(move |_| teams.with(|t| t.iter().map(|t| t.position).collect::<Vec<_>>()));
    let places = Memo::new(move |_| positions.with(|p| piece_places(p)));
    let pieces = teams
        .get_untracked()
        .into_iter()
        .enumerate()
        .map(|(index, team)| {
            view! {
                <g
                    class="piece"
                    class:active=move || active.get() == index
                    data-team=index
                    data-field=move || positions.with(|p| p.get(index).map(|f| f.0))
                    transform=move || places.with(|p| p.get(index).cloned().unwrap_or_default())
                >
                    {piece_drawing(team.shape, team.colour, team.letter())}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="board still-board" viewBox="0 0 1000 1000" role="img" aria-label=app.tr(Msg::BoardLabel)>
            {tracks()}
            {still_fields()}
            {pieces}
        </svg>
    }
}

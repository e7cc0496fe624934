//! The board on paper: the wheel as on screen, on one A3 sheet or on four A4 sheets
//! that overlap by a centimetre, with crosses to lay them straight and marks to trim by.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::print::{
    alignment_marks, tiles, BoardPaper, Tile, A3_BOARD_MM, CROSS_ARM, TILE_MM,
};
use crate::ui::play::board::still::still_fields;
use crate::ui::play::board::tracks;
use crate::ui::state::use_app;
use crate::ui::widgets::svg_number::Tenths;

fn crosses() -> impl IntoView {
    alignment_marks()
        .into_iter()
        .map(|(x, y)| {
            view! {
                <g class="align-mark" transform=format!("translate({} {})", Tenths(x), Tenths(y))>
                    <circle r="4.5"/>
                    <line x1=-CROSS_ARM y1="0" x2=CROSS_ARM y2="0"/>
                    <line x1="0" y1=-CROSS_ARM x2="0" y2=CROSS_ARM/>
                </g>
            }
        })
        .collect_view()
}

/// The whole board as one picture `width_mm` wide, seen through `view_box`.
fn paper_board(view_box: String, width_mm: f64, marks: bool) -> impl IntoView {
    let app = use_app();
    view! {
        <svg
            class="board paper-board"
            viewBox=view_box
            style=format!("width: {width_mm}mm; height: {width_mm}mm")
            role="img"
            aria-label=app.tr(Msg::BoardLabel)
        >
            {tracks()}
            {still_fields()}
            {marks.then(crosses)}
        </svg>
    }
}

/// Where a tile goes, as the facilitator reads it.
fn tile_place(tile: &Tile) -> Msg {
    match (tile.column, tile.row) {
        (0, 0) => Msg::PrintTileTopLeft,
        (_, 0) => Msg::PrintTileTopRight,
        (0, _) => Msg::PrintTileBottomLeft,
        _ => Msg::PrintTileBottomRight,
    }
}

/// A small map of the four parts with this one filled in.
fn tile_map(tile: &Tile) -> impl IntoView {
    let parts = tiles()
        .into_iter()
        .map(|other| {
            let here = other.column == tile.column && other.row == tile.row;
            view! {
                <rect class:here=here x=other.column * 12 y=other.row * 12 width="11" height="11"/>
            }
        })
        .collect_view();
    view! { <svg class="tile-map" viewBox="-1 -1 25 25" aria-hidden="true">{parts}</svg> }
}

/// Marks at the corners of a tile's picture, to trim the margin by; they start 2 mm
/// in, where a printer's unprintable edge ends.
fn trim_marks() -> impl IntoView {
    view! {
        <svg class="trim-marks" viewBox="0 0 210 210" aria-hidden="true">
            <path d="M10 2 V7 M2 10 H7 M200 2 V7 M203 10 H208 M10 208 V203 M2 200 H7 M200 208 V203 M203 200 H208"/>
        </svg>
    }
}

#[component]
pub fn BoardSheets(paper: BoardPaper) -> impl IntoView {
    let app = use_app();
    match paper {
        BoardPaper::A3 => view! {
            <div class="sheet sheet-a3 board-a3">
                <h2>{app.tr(Msg::PrintBoardTitle)}</h2>
                {paper_board("0 0 1000 1000".to_string(), A3_BOARD_MM, false)}
            </div>
        }
        .into_any(),
        BoardPaper::FourA4 => tiles()
            .into_iter()
            .enumerate()
            .map(|(index, tile)| {
                let view_box = format!(
                    "{} {} {} {}",
                    Tenths(tile.x),
                    Tenths(tile.y),
                    Tenths(tile.size),
                    Tenths(tile.size)
                );
                let title = move || {
                    fill(
                        app.t(Msg::PrintTileOf),
                        &[
                            ("n", &(index + 1).to_string()),
                            ("where", app.t(tile_place(&tile))),
                        ],
                    )
                };
                view! {
                    <div class="sheet sheet-a4 board-tile" data-tile=index + 1>
                        <div class="tile-picture">
                            {trim_marks()}
                            {paper_board(view_box, TILE_MM, true)}
                        </div>
                        <div class="tile-key">
                            {tile_map(&tile)}
                            <div>
                                <h2>{title}</h2>
                                <p>{app.tr(Msg::PrintTileHow)}</p>
                            </div>
                        </div>
                    </div>
                }
            })
            .collect_view()
            .into_any(),
    }
}

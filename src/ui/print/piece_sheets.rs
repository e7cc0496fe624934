//! The teams' pieces on paper: for each team a piece that folds into a tent and stands
//! on the board, a plate with six places, and the six wedges to lay on it as the team
//! earns them — three teams to an A4 sheet. Shapes, letters and icons carry it in black
//! and white too.

use std::f64::consts::PI;

use leptos::prelude::*;

use crate::i18n::{category_name, Msg};
use crate::model::print::TEAMS_PER_PIECE_SHEET;
use crate::model::team::{piece_letter, piece_shape};
use crate::model::{Category, Lang, PieceShape, TeamSetup};
use crate::ui::state::use_app;
use crate::ui::widgets::icons::category_icon;
use crate::ui::widgets::palette::{category_fill, category_ink};
use crate::ui::widgets::piece_badge::piece_drawing;
use crate::ui::widgets::svg_number::Tenths;

/// A wedge's radius and the plate's, in mm.
const WEDGE_MM: f64 = 24.0;

/// The point `radius` from the centre at `degrees` (0 is up, clockwise).
fn at(radius: f64, degrees: f64) -> (f64, f64) {
    let a = (degrees - 90.0) * PI / 180.0;
    (radius * a.cos(), radius * a.sin())
}

/// A slice of the circle from `from` to `from + 60` degrees, its tip at the centre.
fn slice(from: f64) -> String {
    let (x1, y1) = at(WEDGE_MM, from);
    let (x2, y2) = at(WEDGE_MM, from + 60.0);
    format!(
        "M0 0 L{} {} A{r} {r} 0 0 1 {} {} z",
        Tenths(x1),
        Tenths(y1),
        Tenths(x2),
        Tenths(y2),
        r = Tenths(WEDGE_MM)
    )
}

/// The piece twice, head to head, with a fold line between: folded, it stands.
fn standing_piece(team: &TeamSetup, shape: PieceShape, letter: &str, lang: Lang) -> impl IntoView {
    let half = |transform: &'static str| {
        view! {
            <g transform=transform>
                <g transform="scale(0.45)">{piece_drawing(shape, team.colour, letter.to_string())}</g>
            </g>
        }
    };
    view! {
        <svg class="paper-piece" viewBox="0 0 30 64" aria-hidden="true">
            <rect class="cut" x="0.3" y="0.3" width="29.4" height="63.4" rx="1.5"/>
            {half("translate(15 17) rotate(180)")}
            {half("translate(15 47)")}
            <line class="fold" x1="0.3" y1="32" x2="29.7" y2="32"/>
            <text class="fold-word" x="28" y="31" text-anchor="end">{Msg::PrintPieceFold.get(lang)}</text>
        </svg>
    }
}

/// The plate: six places, one per category, each with the category's faint icon.
fn plate(letter: &str) -> impl IntoView {
    let places = Category::ALL
        .into_iter()
        .enumerate()
        .map(|(i, category)| {
            let from = i as f64 * 60.0 - 30.0;
            let (x, y) = at(WEDGE_MM * 0.62, from + 30.0);
            view! {
                <path class="plate-place" d=slice(from)/>
                <g class="plate-icon" transform=format!("translate({} {}) scale(0.3)", Tenths(x), Tenths(y))>
                    {category_icon(category, "#6a6a6a")}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="wedge-plate" viewBox="-26 -26 52 52" aria-hidden="true">
            {places}
            <circle class="plate-letter-disc" r="5"/>
            <text class="plate-letter" text-anchor="middle" dy="0.35em">{letter.to_string()}</text>
        </svg>
    }
}

/// The six wedges in their colours, tips down, to cut out.
fn wedges(lang: Lang) -> impl IntoView {
    let pieces = Category::ALL
        .into_iter()
        .enumerate()
        .map(|(i, category)| {
            let x = 14.0 + (i % 3) as f64 * 26.0;
            let y = 25.0 + (i / 3) as f64 * 27.0;
            let (ix, iy) = at(WEDGE_MM * 0.62, 0.0);
            view! {
                <g class="paper-wedge" transform=format!("translate({} {})", Tenths(x), Tenths(y))>
                    <title>{category_name(category, lang)}</title>
                    <path class="cut" d=slice(-30.0) fill=category_fill(category)/>
                    <g transform=format!("translate({} {}) scale(0.33)", Tenths(ix), Tenths(iy))>
                        {category_icon(category, category_ink(category))}
                    </g>
                </g>
            }
        })
        .collect_view();
    view! { <svg class="paper-wedges" viewBox="0 0 80 54" aria-hidden="true">{pieces}</svg> }
}

#[component]
pub fn PieceSheets() -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let teams = app.setup.with(|s| s.teams.clone());
        teams
            .chunks(TEAMS_PER_PIECE_SHEET)
            .enumerate()
            .map(|(sheet, chunk)| {
                let blocks = chunk
                    .iter()
                    .enumerate()
                    .map(|(i, team)| {
                        let index = sheet * TEAMS_PER_PIECE_SHEET + i;
                        let shape = piece_shape(index);
                        let letter = piece_letter(index);
                        view! {
                            <section class="piece-team" data-team=index>
                                <h3>{team.name.clone()}</h3>
                                <div class="piece-parts">
                                    {standing_piece(team, shape, &letter, lang)}
                                    {plate(&letter)}
                                    {wedges(lang)}
                                </div>
                            </section>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="sheet sheet-a4 piece-sheet">
                        <h2>{Msg::PrintPiecesHeading.get(lang)}</h2>
                        <p class="sheet-intro">{Msg::PrintPiecesHow.get(lang)}</p>
                        {blocks}
                    </div>
                }
            })
            .collect_view()
    }
}

//! The category wheel: six sectors, as on the board, each filled out from the centre
//! by how many of its cards were talked through, with its name, the numbers, the
//! letters of the teams that talked it and how many earned its piece written beside
//! it, so the picture reads without colour.

use std::f64::consts::PI;

use leptos::prelude::*;

use crate::i18n::{category_name, fill, Msg};
use crate::model::report::CategoryFigures;
use crate::model::{Lang, Team};
use crate::ui::report::counts::{count, Counted};
use crate::ui::widgets::icons::category_icon;
use crate::ui::widgets::palette::{category_fill, category_ink};
use crate::ui::widgets::svg_number::Tenths;

const CX: f64 = 320.0;
const CY: f64 = 250.0;
const INNER: f64 = 46.0;
const OUTER: f64 = 150.0;

fn point(radius: f64, angle: f64) -> (Tenths, Tenths) {
    (
        Tenths(CX + radius * angle.cos()),
        Tenths(CY + radius * angle.sin()),
    )
}

/// An annular sector from `inner` to `outer` between two angles.
fn sector(inner: f64, outer: f64, from: f64, to: f64) -> String {
    let (ax, ay) = point(outer, from);
    let (bx, by) = point(outer, to);
    let (cx, cy) = point(inner, to);
    let (dx, dy) = point(inner, from);
    format!("M{ax} {ay}A{outer} {outer} 0 0 1 {bx} {by}L{cx} {cy}A{inner} {inner} 0 0 0 {dx} {dy}Z")
}

/// The letters of the teams in `indexes`.
fn letters(teams: &[Team], indexes: &[usize]) -> String {
    indexes
        .iter()
        .filter_map(|i| teams.get(*i))
        .map(|t| t.letter())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The sentence a screen reader gets for one category.
pub fn category_sentence(figures: &CategoryFigures, teams: &[Team], lang: Lang) -> String {
    let names: Vec<&str> = figures
        .teams
        .iter()
        .filter_map(|i| teams.get(*i))
        .map(|t| t.name.as_str())
        .collect();
    let who = if names.is_empty() {
        Msg::ReportNoTeam.get(lang).to_string()
    } else {
        names.join(", ")
    };
    fill(
        Msg::ReportWheelAlt.get(lang),
        &[
            ("category", category_name(figures.category, lang)),
            ("cards", &count(figures.cards, Counted::Cards, lang)),
            ("teams", &who),
            ("ideas", &count(figures.ideas, Counted::Ideas, lang)),
            ("wedges", &figures.wedges.to_string()),
        ],
    )
}

#[component]
pub fn Wheel(categories: Vec<CategoryFigures>, teams: Vec<Team>, lang: Lang) -> impl IntoView {
    let most = categories.iter().map(|c| c.cards).max().unwrap_or(0).max(1);
    let sectors = categories
        .iter()
        .enumerate()
        .map(|(i, figures)| {
            let middle = -PI / 2.0 + i as f64 * PI / 3.0;
            let (from, to) = (middle - PI / 6.0 + 0.01, middle + PI / 6.0 - 0.01);
            let reach = INNER + (OUTER - INNER) * f64::from(figures.cards) / f64::from(most);
            let (ix, iy) = point(INNER + 24.0, middle);
            let c = figures.category;
            // Labels on the left half end at their point, on the right half start there.
            let (lx, ly) = point(OUTER + 14.0, middle);
            let anchor = if middle.cos() < -0.2 {
                "end"
            } else if middle.cos() > 0.2 {
                "start"
            } else {
                "middle"
            };
            let above = middle.sin() < -0.5;
            let line = |n: f64| Tenths(ly.0 + if above { n - 40.0 } else { n + 8.0 }).to_string();
            let numbers = format!(
                "{} · {}",
                count(figures.cards, Counted::Cards, lang),
                count(figures.ideas, Counted::Ideas, lang)
            );
            let pieces = count(figures.wedges, Counted::Pieces, lang);
            let who = match letters(&teams, &figures.teams) {
                none if none.is_empty() => pieces,
                letters => format!("{letters} · {pieces}"),
            };
            view! {
                <g class="wheel-sector" data-category=c.key()>
                    <path class="sector-room" d=sector(INNER, OUTER, from, to)/>
                    {(figures.cards > 0).then(|| view! {
                        <path class="sector-fill" d=sector(INNER, reach, from, to) fill=category_fill(c)/>
                    })}
                    <g transform=format!("translate({ix} {iy}) scale(0.55)")>
                        {category_icon(c, category_ink(c))}
                    </g>
                    <text class="wheel-name" x=lx.to_string() y=line(0.0) text-anchor=anchor>
                        {category_name(c, lang)}
                    </text>
                    <text class="wheel-numbers" x=lx.to_string() y=line(18.0) text-anchor=anchor>
                        {numbers}
                    </text>
                    <text class="wheel-numbers" x=lx.to_string() y=line(35.0) text-anchor=anchor>
                        {who}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="chart wheel" viewBox="0 0 640 500" aria-hidden="true" focusable="false">
            {sectors}
        </svg>
    }
}

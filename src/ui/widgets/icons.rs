//! Small SVG drawings, each centred on (0, 0) in a box about 24 units wide. Categories
//! and special fields get an icon, pieces a shape, so colour never stands alone.

use leptos::prelude::*;

use crate::model::{Category, PieceShape};
use crate::ui::widgets::svg_number::Tenths;

/// The icon of a category, drawn in `ink`.
pub fn category_icon(category: Category, ink: &'static str) -> AnyView {
    match category {
        // A target: the core, what everything aims at.
        Category::Kernen => view! {
            <g fill="none" stroke=ink stroke-width="2.5">
                <circle r="10"/>
                <circle r="5"/>
                <circle r="1.5" fill=ink/>
            </g>
        }
        .into_any(),
        // A person: the one we are here for.
        Category::ForHvem => view! {
            <g fill=ink>
                <circle cy="-5" r="4.5"/>
                <path d="M-9 10 a9 8 0 0 1 18 0 z"/>
            </g>
        }
        .into_any(),
        // A tick in a circle: quality that can be seen.
        Category::Kvalitet => view! {
            <g fill="none" stroke=ink stroke-width="2.8" stroke-linecap="round" stroke-linejoin="round">
                <circle r="10"/>
                <path d="M-5 0 l3.5 4 l6.5 -8"/>
            </g>
        }
        .into_any(),
        // Three bars, longest first: what comes first.
        Category::Prioritering => view! {
            <g fill=ink>
                <rect x="-10" y="-9" width="20" height="4" rx="1"/>
                <rect x="-10" y="-2" width="14" height="4" rx="1"/>
                <rect x="-10" y="5" width="8" height="4" rx="1"/>
            </g>
        }
        .into_any(),
        // Two linked rings: working across.
        Category::Samarbejde => view! {
            <g fill="none" stroke=ink stroke-width="2.8">
                <circle cx="-4.5" r="6.5"/>
                <circle cx="4.5" r="6.5"/>
            </g>
        }
        .into_any(),
        // A heart: trust.
        Category::Tillid => view! {
            <path fill=ink d="M0 9 C-12 1 -10 -9 -4 -8 C-1.5 -7.5 0 -5 0 -4 C0 -5 1.5 -7.5 4 -8 C10 -9 12 1 0 9 z"/>
        }
        .into_any(),
    }
}

/// A globe, like Ludo's safe field: the breather.
pub fn breather_icon() -> impl IntoView {
    view! {
        <g fill="none" stroke="#111111" stroke-width="2.2">
            <circle r="10"/>
            <ellipse rx="4.5" ry="10"/>
            <path d="M-10 0 h20"/>
        </g>
    }
}

/// A double chevron: jump ahead.
pub fn shortcut_icon() -> impl IntoView {
    view! {
        <g fill="none" stroke="#111111" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">
            <path d="M-9 -8 l7 8 l-7 8"/>
            <path d="M1 -8 l7 8 l-7 8"/>
        </g>
    }
}

/// A die face with three pips: roll again.
pub fn roll_again_icon() -> impl IntoView {
    view! {
        <g>
            <rect x="-10" y="-10" width="20" height="20" rx="4" fill="#ffffff" stroke="#111111" stroke-width="2.2"/>
            <circle cx="-5" cy="-5" r="2.2" fill="#111111"/>
            <circle r="2.2" fill="#111111"/>
            <circle cx="5" cy="5" r="2.2" fill="#111111"/>
        </g>
    }
}

/// A flag: a start field.
pub fn start_icon() -> impl IntoView {
    view! {
        <g stroke="#111111" stroke-width="2.2" stroke-linejoin="round">
            <path d="M-6 11 V-10" stroke-linecap="round"/>
            <path d="M-6 -10 H8 L4 -5 L8 0 H-6 z" fill="#111111"/>
        </g>
    }
}

/// The outline of a piece of the given shape, about `size` units across.
pub fn piece_path(shape: PieceShape, size: f64) -> String {
    let r = size / 2.0;
    let polygon = |points: &[(f64, f64)]| {
        let mut d = String::new();
        for (i, (x, y)) in points.iter().enumerate() {
            d.push_str(&format!(
                "{}{} {} ",
                if i == 0 { 'M' } else { 'L' },
                Tenths(x * r),
                Tenths(y * r)
            ));
        }
        d.push('z');
        d
    };
    let regular = |corners: usize, turn: f64| {
        let points: Vec<(f64, f64)> = (0..corners)
            .map(|i| {
                let a = turn + i as f64 * std::f64::consts::TAU / corners as f64;
                (a.cos(), a.sin())
            })
            .collect();
        polygon(&points)
    };
    match shape {
        PieceShape::Circle => {
            let (minus, r) = (Tenths(-r), Tenths(r));
            format!("M{minus} 0 A{r} {r} 0 1 0 {r} 0 A{r} {r} 0 1 0 {minus} 0 z")
        }
        PieceShape::Square => {
            polygon(&[(-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)])
        }
        PieceShape::Triangle => polygon(&[(0.0, -1.1), (1.05, 0.8), (-1.05, 0.8)]),
        PieceShape::Diamond => polygon(&[(0.0, -1.15), (1.15, 0.0), (0.0, 1.15), (-1.15, 0.0)]),
        PieceShape::Hexagon => regular(6, 0.0),
        PieceShape::Star => {
            let points: Vec<(f64, f64)> = (0..10)
                .map(|i| {
                    let a = -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::PI / 5.0;
                    let k = if i % 2 == 0 { 1.2 } else { 0.6 };
                    (k * a.cos(), k * a.sin())
                })
                .collect();
            polygon(&points)
        }
    }
}

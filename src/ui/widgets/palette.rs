//! Colours: the Okabe–Ito palette for categories and teams, with an ink colour for
//! icons and letters drawn on top that keeps contrast above 4.5:1.

use crate::model::{Category, TeamColour};

pub const INK_DARK: &str = "#111111";
pub const INK_LIGHT: &str = "#ffffff";

pub fn category_fill(category: Category) -> &'static str {
    match category {
        Category::Kernen => "#0072B2",
        Category::ForHvem => "#E69F00",
        Category::Kvalitet => "#009E73",
        Category::Prioritering => "#D55E00",
        Category::Samarbejde => "#56B4E9",
        Category::Tillid => "#CC79A7",
    }
}

pub fn category_ink(category: Category) -> &'static str {
    match category {
        Category::Kernen => INK_LIGHT,
        _ => INK_DARK,
    }
}

pub fn team_fill(colour: TeamColour) -> &'static str {
    match colour {
        TeamColour::Orange => "#E69F00",
        TeamColour::SkyBlue => "#56B4E9",
        TeamColour::BluishGreen => "#009E73",
        TeamColour::Yellow => "#F0E442",
        TeamColour::Blue => "#0072B2",
        TeamColour::Vermillion => "#D55E00",
        TeamColour::ReddishPurple => "#CC79A7",
        TeamColour::Black => "#000000",
    }
}

pub fn team_ink(colour: TeamColour) -> &'static str {
    match colour {
        TeamColour::Blue | TeamColour::Black => INK_LIGHT,
        _ => INK_DARK,
    }
}

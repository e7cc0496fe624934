//! Where each field sits in the board's 1000×1000 SVG view box.

use std::f64::consts::PI;

use crate::model::board::{FieldPlace, RING_LEN};

pub const VIEW: f64 = 1000.0;
pub const CENTRE: f64 = VIEW / 2.0;
pub const RING_RADIUS: f64 = 440.0;
pub const HUB_RADIUS: f64 = 62.0;
pub const FIELD_RADIUS: f64 = 28.0;
pub const HQ_RADIUS: f64 = 36.0;
/// Distance from the centre of each spoke field, from the ring inwards.
const SPOKE_RADII: [f64; 4] = [358.0, 278.0, 198.0, 118.0];

/// The angle of ring position `pos`, with the Kernen HQ at the top and the ring
/// running clockwise.
fn ring_angle(pos: f64) -> f64 {
    -PI / 2.0 + pos * 2.0 * PI / RING_LEN as f64
}

fn polar(radius: f64, angle: f64) -> (f64, f64) {
    (CENTRE + radius * angle.cos(), CENTRE + radius * angle.sin())
}

pub fn field_centre(place: FieldPlace) -> (f64, f64) {
    match place {
        FieldPlace::Ring(pos) => polar(RING_RADIUS, ring_angle(pos as f64)),
        FieldPlace::Spoke { spoke, step } => {
            polar(SPOKE_RADII[step], ring_angle((spoke * RING_LEN / 6) as f64))
        }
        FieldPlace::Hub => (CENTRE, CENTRE),
    }
}

/// Where the `index`-th of `count` pieces on one field stands, so they never hide
/// each other.
pub fn piece_offset(index: usize, count: usize) -> (f64, f64) {
    if count <= 1 {
        return (0.0, 0.0);
    }
    let angle = -PI / 2.0 + index as f64 * 2.0 * PI / count as f64;
    (18.0 * angle.cos(), 18.0 * angle.sin())
}

//! A die face showing the number rolled.

use leptos::prelude::*;

/// Pip positions for each face, on a 100×100 face.
fn pips(value: u8) -> &'static [(u8, u8)] {
    match value {
        1 => &[(50, 50)],
        2 => &[(28, 28), (72, 72)],
        3 => &[(26, 26), (50, 50), (74, 74)],
        4 => &[(28, 28), (72, 28), (28, 72), (72, 72)],
        5 => &[(26, 26), (74, 26), (50, 50), (26, 74), (74, 74)],
        _ => &[(28, 24), (72, 24), (28, 50), (72, 50), (28, 76), (72, 76)],
    }
}

/// The die, turned up to `value`. The face tumbles in when it changes, unless the
/// user prefers reduced motion (see the stylesheet).
#[component]
pub fn Die(
    /// The number shown, 1–6.
    value: u8,
) -> impl IntoView {
    view! {
        <svg class="die" viewBox="0 0 100 100" role="img" aria-label=value.to_string()>
            <rect x="4" y="4" width="92" height="92" rx="18" fill="#ffffff" stroke="#111111" stroke-width="5"/>
            {pips(value)
                .iter()
                .map(|(x, y)| view! { <circle cx=*x cy=*y r="9" fill="#111111"/> })
                .collect_view()}
        </svg>
    }
}

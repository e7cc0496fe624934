//! One field of the board: a coloured disc with its icon; a button while the team can
//! move there.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::i18n::{field_label, Msg};
use crate::model::{board, FieldId, FieldKind, Lang, Team, TeamRequest};
use crate::ui::browser::focus::focus_next_action;
use crate::ui::play::board::geometry::{field_centre, FIELD_RADIUS, HQ_RADIUS, HUB_RADIUS};
use crate::ui::state::use_app;
use crate::ui::widgets::icons::{
    breather_icon, category_icon, roll_again_icon, shortcut_icon, start_icon,
};
use crate::ui::widgets::palette::{category_fill, category_ink};
use crate::ui::widgets::svg_number::Tenths;

/// The radius, in the board's units, a field to choose takes taps in: the largest that
/// never overlaps another field that can be chosen at the same time (targets are always
/// two or more fields apart).
const TARGET_RADIUS: f64 = 50.0;

/// Every field's name as a screen reader says it, in one pass over the game: each field
/// reads its own from this memo rather than the whole game (73 readers of the game made
/// every change cost more than it had to; issue 15).
pub fn field_labels(teams: &[Team], lang: Lang) -> Vec<String> {
    board()
        .fields()
        .map(|f| field_label(f, teams, lang))
        .collect()
}

/// A field's radius, its kind as a class name, and its face: the coloured disc with
/// its icon, as every board draws it (the game's and the replay's).
pub fn field_face(field: FieldId) -> (f64, &'static str, AnyView) {
    let kind = board().kind(field).expect("field on the board");
    let radius = match kind {
        FieldKind::Hq(_) => HQ_RADIUS,
        FieldKind::Hub => HUB_RADIUS,
        _ => FIELD_RADIUS,
    };
    let (fill_colour, icon) = match kind {
        FieldKind::Category(c) => (category_fill(c), category_icon(c, category_ink(c))),
        FieldKind::Hq(c) => (
            category_fill(c),
            view! { <g transform="scale(1.4)">{category_icon(c, category_ink(c))}</g> }.into_any(),
        ),
        FieldKind::Hub => (
            "#ffffff",
            view! {
                <g transform="translate(0 -14) scale(1.3)">
                    {category_icon(crate::model::Category::Kernen, "#0072B2")}
                </g>
                <text class="hub-label" y="30" text-anchor="middle">"Kernen"</text>
            }
            .into_any(),
        ),
        FieldKind::Start(_) => ("#ffffff", start_icon().into_any()),
        FieldKind::Breather => ("#ffffff", breather_icon().into_any()),
        FieldKind::Shortcut => ("#ffffff", shortcut_icon().into_any()),
        FieldKind::RollAgain => ("#ffffff", roll_again_icon().into_any()),
    };
    let kind_class = match kind {
        FieldKind::Category(_) => "category",
        FieldKind::Hq(_) => "hq",
        FieldKind::Hub => "hub",
        FieldKind::Start(_) => "start",
        FieldKind::Breather => "breather",
        FieldKind::Shortcut => "shortcut",
        FieldKind::RollAgain => "roll-again",
    };
    let face = view! {
        <circle class="disc" r=Tenths(radius).to_string() fill=fill_colour/>
        {icon}
    }
    .into_any();
    (radius, kind_class, face)
}

/// One field: a coloured disc with its icon; a button while it can be chosen.
#[component]
pub fn Field(
    field: FieldId,
    targets: Memo<Vec<FieldId>>,
    /// Every field's spoken name, by field index (`field_labels`).
    labels: Memo<Vec<String>>,
) -> impl IntoView {
    let app = use_app();
    let kind = board().kind(field).expect("field on the board");
    let (x, y) = field_centre(board().place(field));
    // Every board shows where the team can go; only a window acting for that team moves.
    // A memo per field: a roll tells only the fields it changes, not all 73 of them.
    let is_target = Memo::new(move |_| targets.with(|t| t.contains(&field)));
    let can_choose = move || app.may.get().choose_field && is_target.get();
    let choose = move || {
        if can_choose() {
            app.ask(TeamRequest::ChooseField { field });
            focus_next_action();
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Enter" || ev.key() == " " {
            ev.prevent_default();
            choose();
        }
    };
    let label = move || {
        let name = labels.with(|l| l.get(field.index()).cloned().unwrap_or_default());
        if is_target.get() {
            format!("{name} – {}", app.t(Msg::FieldReachable))
        } else {
            name
        }
    };
    let (radius, kind_class, face) = field_face(field);
    let category = match kind {
        FieldKind::Category(c) | FieldKind::Hq(c) => Some(c.key()),
        _ => None,
    };
    view! {
        <g
            class=format!("field {kind_class}")
            class:target=is_target
            data-field=field.0
            data-category=category
            transform=format!("translate({} {})", Tenths(x), Tenths(y))
            role=move || if can_choose() { "button" } else { "img" }
            tabindex=move || if can_choose() { "0" } else { "-1" }
            aria-label=label
            on:click=move |_| choose()
            on:keydown=on_key
        >
            // A field to choose is a finger-sized target even on a tablet standing up,
            // where the board is smallest (about 47 px across at 768×1024).
            <Show when=move || is_target.get()>
                <circle class="hit" r=Tenths((radius + 11.0).max(TARGET_RADIUS)).to_string()/>
            </Show>
            <circle class="halo" r=Tenths(radius + 11.0).to_string()/>
            {face}
        </g>
    }
}

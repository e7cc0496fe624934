//! Every team with its piece, players and the category pieces it has earned.

use leptos::prelude::*;

use crate::i18n::{category_name, fill, Msg};
use crate::model::Category;
use crate::ui::browser::clock::use_now;
use crate::ui::state::use_app;
use crate::ui::widgets::icons::category_icon;
use crate::ui::widgets::palette::{category_fill, category_ink};
use crate::ui::widgets::piece_badge::PieceBadge;

/// A tablet not heard from for this long is no longer shown as with the game.
const TABLET_GONE_MS: u64 = 15_000;

#[component]
pub fn TeamsPanel() -> impl IntoView {
    let app = use_app();
    let count = app.room_memo(|r| r.teams.len());
    view! {
        <section class="teams" aria-labelledby="teams-heading">
            <h2 id="teams-heading" class="visually-hidden">{app.tr(Msg::TeamsAndWedges)}</h2>
            <ul>
                <For each=move || 0..count.get() key=|index| *index let:index>
                    <TeamRow index/>
                </For>
            </ul>
        </section>
    }
}

/// One team: redrawn when that team changes, not on every move of another.
#[component]
fn TeamRow(index: usize) -> impl IntoView {
    let app = use_app();
    let team = app.room_memo(move |r| r.teams.get(index).cloned());
    let active = app.room_memo(move |r| r.active_team == index);
    let now = use_now();
    // Heard from within the last few heartbeats: the team's tablet is with the game.
    let heard_ago = move || {
        app.tablets.with(|all| {
            all.iter()
                .filter(|t| t.team == Some(index))
                .map(|t| now.get().saturating_sub(t.last_seen_ms))
                .min()
                .filter(|ago| *ago < TABLET_GONE_MS)
        })
    };
    let with_tablet = move || heard_ago().is_some();
    move || {
        team.get().map(|team| {
            let letter = team.letter();
            view! {
                <li class="team" class:active=move || active.get() data-team=index>
                    <PieceBadge shape=team.shape colour=team.colour letter class="team-piece"/>
                    <span class="team-name">
                        {team.name.clone()}
                        <Show when=with_tablet>
                            " "
                            <span class="tablet-badge" title={
                                let name = team.name.clone();
                                move || fill(app.t(Msg::TabletWithTeam), &[
                                    ("team", &name),
                                    ("seconds", &(heard_ago().unwrap_or(0) / 1000).to_string()),
                                ])
                            }>
                                {app.tr(Msg::TabletBadge)}
                            </span>
                        </Show>
                    </span>
                    <span class="team-players">
                        {fill(app.t(Msg::PlayersCount), &[("n", &team.players.to_string())])}
                    </span>
                    <span class="wedges">
                        {Category::ALL
                            .into_iter()
                            .map(|category| view! { <Wedge category earned=team.wedges.contains(&category)/> })
                            .collect_view()}
                    </span>
                </li>
            }
        })
    }
}

/// A category piece, earned (coloured, with its icon) or still missing (dashed).
#[component]
fn Wedge(category: Category, earned: bool) -> impl IntoView {
    let app = use_app();
    let label = move || {
        fill(
            app.t(if earned {
                Msg::WedgeEarned
            } else {
                Msg::WedgeMissing
            }),
            &[("category", category_name(category, app.lang.get()))],
        )
    };
    view! {
        <svg class="wedge" class:earned=earned viewBox="-14 -14 28 28" role="img" aria-label=label>
            {if earned {
                view! {
                    <circle r="13" fill=category_fill(category) stroke="#111111" stroke-width="1.5"/>
                    {category_icon(category, category_ink(category))}
                }
                .into_any()
            } else {
                view! {
                    <circle r="12" fill="#ffffff" stroke="#767676" stroke-width="2" stroke-dasharray="4 3"/>
                }
                .into_any()
            }}
        </svg>
    }
}

//! The tablet's top bar: whose tablet it is, the way to choose again, and its language.
//! A tablet still joining a game by its code has no team yet: the bar says "Holdets
//! tablet" and offers the language only.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::ui::state::use_app;
use crate::ui::tablet::link::TabletLink;
use crate::ui::tablet::switch_tablet_language;
use crate::ui::widgets::piece_badge::PieceBadge;

#[component]
pub fn TabletHeader() -> impl IntoView {
    let app = use_app();
    let link = use_context::<TabletLink>();
    let team = app.room_memo(move |r| {
        link.and_then(|l| l.team.get())
            .and_then(|t| r.teams.get(t).cloned())
    });
    view! {
        <header class="app-header tablet-header">
            <div class="brand">
                {move || match team.get() {
                    Some(team) => {
                        let letter = team.letter();
                        view! {
                            <PieceBadge shape=team.shape colour=team.colour letter class="team-piece"/>
                            <h1>{fill(app.t(Msg::TabletWeAre), &[("team", &team.name)])}</h1>
                        }.into_any()
                    }
                    None => view! { <h1>{app.tr(Msg::TabletTitle)}</h1> }.into_any(),
                }}
            </div>
            <div class="header-actions">
                <Show when=move || team.with(Option::is_some)>
                    <button class="secondary change-team" on:click=move |_| if let Some(link) = link { link.choose(None) }>
                        {app.tr(Msg::TabletChangeTeam)}
                    </button>
                </Show>
                <button
                    class="secondary"
                    lang=move || app.lang.get().other().code()
                    on:click=move |_| switch_tablet_language(app)
                >
                    {app.tr(Msg::SwitchLanguage)}
                </button>
            </div>
        </header>
    }
}

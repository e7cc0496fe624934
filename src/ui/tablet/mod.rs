//! A team's tablet: the team chooses itself, then sees the game as the room does, with
//! its own steps when it may take them — roll, a field, a category, the speaking round,
//! its ideas, its votes, its sentence for the core task. Every step is asked of the
//! facilitator's window, which alone changes the game.

pub mod ballot;
pub mod header;
pub mod join;
pub mod link;
pub mod offline;
pub mod suggestion;

use leptos::prelude::*;

use crate::i18n::{fill, refusal_text, Msg};
use crate::model::TeamMay;
use crate::protocol::Body;
use crate::storage;
use crate::ui::app::keep_document_language;
use crate::ui::browser::display::{keep_screen_on, keep_typing_in_view};
use crate::ui::live::guest::{GuestStatus, LiveGuest};
use crate::ui::live::join_panel::JoinPanel;
use crate::ui::play::PlayScreen;
use crate::ui::room::channel::listen;
use crate::ui::room::other_build::OtherBuildNotice;
use crate::ui::room::other_version::OtherVersionNotice;
use crate::ui::shell::announcer::Announcer;
use crate::ui::state::{AppState, Loaded, Role};

use header::TabletHeader;
use join::JoinScreen;
use link::TabletLink;
use offline::WaitingScreen;

/// `game`: the game this tablet plays in, from its address. With none, the tablet
/// joins a game on another device by its team's code; the game's first word over the
/// new link names it.
#[component]
pub fn TabletApp(game: Option<String>) -> impl IntoView {
    let lang = storage::tablet::tablet_lang().unwrap_or_else(storage::load_lang);
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("tablet");
    }
    let guest = LiveGuest::new();
    provide_context(guest);
    if let Some(game) = game {
        return view! { <TabletInGame game lang live=joined_live()/> }.into_any();
    }
    let app = AppState::for_projector(Loaded::without_game(lang), RwSignal::new(None));
    provide_context(app);
    keep_document_language(app);
    let joined = RwSignal::new(None::<String>);
    listen(move |message| {
        // Only the game at the other end of this tablet's new link (not a game in
        // another tab of this browser, which says Ready too).
        let linked = guest.linked_window().as_deref() == Some(message.from.as_str());
        if linked && message.body == Body::Ready && joined.get_untracked().is_none() {
            if let Some(team) = guest.team.get_untracked() {
                storage::tablet::set_tablet_team(&message.game, Some(team));
            }
            // A reload comes back to this game's tablet, ready to scan again.
            let _ = window().history().and_then(|h| {
                h.replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&format!("?view=tablet&game={}&{LIVE_QUERY}", message.game)),
                )
            });
            joined.set(Some(message.game));
        }
    });
    view! {
        {move || match joined.get() {
            Some(game) => view! { <TabletInGame game lang live=true/> }.into_any(),
            None => view! {
                <TabletHeader/>
                <main class="tablet-join-live" id="main">
                    <h2>{app.tr(Msg::JoinTitle)}</h2>
                    <p class="lead">{app.tr(Msg::JoinIntro)}</p>
                    <JoinPanel/>
                </main>
            }.into_any(),
        }}
    }
    .into_any()
}

/// Where a tablet on another device joins a game by its team's code.
pub const JOIN_HREF: &str = "?view=tablet";

/// The address part of a tablet that joined its game by a code (and joins it again so).
const LIVE_QUERY: &str = "live";

fn joined_live() -> bool {
    window()
        .location()
        .search()
        .unwrap_or_default()
        .trim_start_matches('?')
        .split('&')
        .any(|part| part == LIVE_QUERY)
}

/// The tablet in its game: `live`, joined across devices by a code.
#[component]
fn TabletInGame(game: String, lang: crate::model::Lang, live: bool) -> impl IntoView {
    let loaded = Loaded::without_game(lang);
    let received = RwSignal::new(None);
    let may = RwSignal::new(TeamMay::default());
    let link = TabletLink::start(game, received, may);
    let guest = expect_context::<LiveGuest>();
    let app = AppState::for_tablet(
        loaded,
        received,
        may,
        Callback::new(move |request| link.ask(request)),
    );
    provide_context(app);
    provide_context(link);
    provide_context(JoinedLive(live));
    keep_document_language(app);
    // A tablet lying on the table stays awake, and the on-screen keyboard never hides
    // the idea being typed.
    keep_screen_on(app);
    keep_typing_in_view();
    // The team chosen is the tablet's role.
    Effect::new(move |_| {
        app.role.set(Role::Tablet {
            team: link.team.get(),
        })
    });
    // A live link that closes is gone at once: no need to wait for the heartbeat.
    Effect::new(move |_| {
        if guest.status.get() == GuestStatus::Lost {
            link.lost();
        }
    });
    // And a link that stays open but silent (out of range) is given up.
    Effect::new(move |_| {
        if link.silent.get() {
            guest.give_up();
        }
    });
    Effect::new(move |_| {
        document().set_title(&format!(
            "{} – {}",
            app.t(Msg::AppTitle),
            app.t(Msg::TabletTitle)
        ));
    });
    let connected = app.room_memo(|_| true);
    view! {
        <TabletHeader/>
        <Refused/>
        <OtherVersionNotice/>
        <OtherBuildNotice/>
        {move || match (connected.get(), link.team.get()) {
            (false, _) => view! { <WaitingScreen/> }.into_any(),
            (true, None) => view! { <JoinScreen/> }.into_any(),
            (true, Some(_)) => view! { <PlayScreen/> }.into_any(),
        }}
        <Announcer/>
    }
}

/// Whether this tablet joined its game by a code from another device.
#[derive(Clone, Copy)]
pub struct JoinedLive(pub bool);

/// The last request the game refused, and why, in the tablet's language.
#[component]
fn Refused() -> impl IntoView {
    let app = crate::ui::state::use_app();
    let link = expect_context::<TabletLink>();
    move || {
        link.refusal.get().map(|refusal| {
            let lang = app.lang.get();
            let turn_of = app.room(|r| r.team_name(r.active_team).to_string());
            let reason = refusal_text(&refusal, &turn_of, lang);
            view! {
                <div class="notice" role="alert">
                    <p>{fill(Msg::TabletRefused.get(lang), &[("reason", &reason)])}</p>
                    <button class="secondary" on:click=move |_| link.refusal.set(None)>{app.tr(Msg::Dismiss)}</button>
                </div>
            }
        })
    }
}

/// The tablet's own language, kept in its tab.
pub fn switch_tablet_language(app: AppState) {
    let next = app.lang.get_untracked().other();
    app.lang.set(next);
    storage::tablet::set_tablet_lang(next);
}

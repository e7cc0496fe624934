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
use crate::storage;
use crate::ui::app::keep_document_language;
use crate::ui::browser::display::{keep_screen_on, keep_typing_in_view};
use crate::ui::play::PlayScreen;
use crate::ui::room::other_version::OtherVersionNotice;
use crate::ui::shell::announcer::Announcer;
use crate::ui::state::{AppState, Loaded, Role};

use header::TabletHeader;
use join::JoinScreen;
use link::TabletLink;
use offline::WaitingScreen;

/// `game`: the game this tablet plays in, from its address.
#[component]
pub fn TabletApp(game: Option<String>) -> impl IntoView {
    let lang = storage::tablet::tablet_lang().unwrap_or_else(storage::load_lang);
    let loaded = Loaded::without_game(lang);
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("tablet");
    }
    let Some(game) = game else {
        let app = AppState::for_projector(loaded, RwSignal::new(None));
        provide_context(app);
        keep_document_language(app);
        return view! {
            <main class="tablet-waiting" id="main"><p>{move || app.t(Msg::TabletNoGame)}</p></main>
        }
        .into_any();
    };
    let received = RwSignal::new(None);
    let may = RwSignal::new(TeamMay::default());
    let link = TabletLink::start(game, received, may);
    let app = AppState::for_tablet(
        loaded,
        received,
        may,
        Callback::new(move |request| link.ask(request)),
    );
    provide_context(app);
    provide_context(link);
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
        {move || match (connected.get(), link.team.get()) {
            (false, _) => view! { <WaitingScreen/> }.into_any(),
            (true, None) => view! { <JoinScreen/> }.into_any(),
            (true, Some(_)) => view! { <PlayScreen/> }.into_any(),
        }}
        <Announcer/>
    }
    .into_any()
}

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
                    <button class="secondary" on:click=move |_| link.refusal.set(None)>{move || app.t(Msg::Dismiss)}</button>
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

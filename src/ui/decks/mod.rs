//! The deck screen: choose the deck for the next game, browse it by category, switch
//! cards off for this game, and edit the facilitator's own decks.

pub mod actions;
pub mod card_editor;
pub mod card_list;
pub mod card_preview;
pub mod card_row;
pub mod chooser;
pub mod import;
pub mod screen_state;

use leptos::prelude::*;

use crate::i18n::Msg;

use crate::ui::browser::focus::focus_first;
use crate::ui::decks::actions::DeckActions;
use crate::ui::decks::card_editor::CardEditor;
use crate::ui::decks::card_list::{CardList, KindTabs};
use crate::ui::decks::card_preview::CardPreview;
use crate::ui::decks::chooser::DeckChooser;
use crate::ui::decks::screen_state::DeckScreenState;
use crate::ui::state::{use_app, PrintFrom, Screen};
use crate::ui::widgets::confirm_dialog::ConfirmDialog;
use crate::ui::widgets::problem_list::ProblemList;

#[component]
pub fn DeckScreen() -> impl IntoView {
    let app = use_app();
    let screen = DeckScreenState::new(app);
    provide_context(screen);
    focus_first(".decks h2");
    let delete_card = move |_| {
        if let Some(id) = screen.deleting.get_untracked() {
            let deleted = screen.edit(app, |deck| {
                deck.remove_card(&id);
            });
            if deleted {
                // A later card may get the same id; it must not start switched off.
                app.setup.update(|s| s.switch_card(&id, true));
            }
        }
        screen.deleting.set(None);
    };
    view! {
        <main class="decks" id="main">
            <div class="decks-head">
                <button class="secondary back" on:click=move |_| app.screen.set(Screen::Setup)>
                    "← " {app.tr(Msg::BackToSetup)}
                </button>
                <h2 tabindex="-1">{app.tr(Msg::DeckHeading)}</h2>
                <button class="secondary open-print" on:click=move |_| app.screen.set(Screen::Print { from: PrintFrom::Decks })>
                    {app.tr(Msg::PrintGame)}
                </button>
            </div>
            <p class="lead">{app.tr(Msg::DecksIntro)}</p>
            <div class="decks-top">
                <DeckChooser/>
                // What an action says stands next to its buttons, not below a long deck list.
                <div class="decks-side">
                    <DeckActions/>
                    <ProblemList/>
                    <p class="status" role="status">{move || screen.status.get()}</p>
                </div>
            </div>
            <KindTabs/>
            <CardList/>
        </main>
        <Show when=move || screen.editing.with(Option::is_some)>
            <CardEditor/>
        </Show>
        <Show when=move || screen.previewing.with(Option::is_some)>
            <CardPreview/>
        </Show>
        <Show when=move || screen.deleting.with(Option::is_some)>
            <ConfirmDialog
                title=Msg::ConfirmDeleteCardTitle
                body=Signal::derive(move || app.t(Msg::ConfirmDeleteCardBody).to_string())
                confirm=Msg::ConfirmDeleteCardYes
                on_confirm=delete_card
                on_cancel=move |_| screen.deleting.set(None)
            />
        </Show>
    }
}

//! The team's notebook (`?view=notebook`): on a tablet that is not joined to the game a
//! team writes its ideas, kept on the device as they are typed, and hands them to the
//! facilitator as QR codes shown one at a time, or as a file.

mod ballot;
mod book;
mod codes;
mod idea_list;
mod new_idea;
mod team_choice;

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::protocol::handover::{pack, MAX_PARTS};
use crate::storage;
use crate::ui::app::keep_document_language;
use crate::ui::browser::file_io::download_text;
use crate::ui::browser::focus::focus_first;
use crate::ui::state::{AppState, Loaded};

use ballot::NotebookBallotView;
use book::Book;
use codes::Codes;
use idea_list::IdeaList;
use new_idea::NewIdea;
use team_choice::TeamChoice;

const NOTEBOOK_QUERY: &str = "view=notebook";

/// What the notebook's address says: the game and team it was opened for, if any.
pub struct NotebookAddress {
    pub game: Option<String>,
    pub team: Option<usize>,
}

/// Is this window the notebook? Then what its address names.
pub fn notebook_address() -> Option<NotebookAddress> {
    let query = window().location().search().ok()?;
    let parts: Vec<&str> = query.trim_start_matches('?').split('&').collect();
    parts.contains(&NOTEBOOK_QUERY).then(|| {
        let value = |name: &str| {
            parts
                .iter()
                .find_map(|p| p.strip_prefix(name)?.strip_prefix('='))
        };
        NotebookAddress {
            game: value("game").map(str::to_string),
            team: value("team").and_then(|t| t.parse().ok()),
        }
    })
}

/// The address of the notebook, from the start screen.
pub const NOTEBOOK_HREF: &str = "?view=notebook";

#[component]
pub fn NotebookApp(address: NotebookAddress) -> impl IntoView {
    // Opened from a team's tablet, the tablet's own language (kept in its tab).
    let from_tablet = address.game.is_some();
    let lang = if from_tablet {
        storage::tablet::tablet_lang().unwrap_or_else(storage::load_lang)
    } else {
        storage::load_lang()
    };
    let app = AppState::new(Loaded::without_game(lang));
    provide_context(app);
    keep_document_language(app);
    Effect::new(move |_| {
        document().set_title(&format!(
            "{} – {}",
            app.t(Msg::NotebookTitle),
            app.t(Msg::AppTitle)
        ))
    });
    // Opened from a team's tablet (its address names the game): back is to the tablet.
    let back = address
        .game
        .as_ref()
        .map(|game| format!("?view=tablet&game={game}"));
    let book = Book::open(address);
    provide_context(book);
    // The texts of the codes while they are shown.
    let codes = RwSignal::new(None::<Vec<String>>);
    let status = RwSignal::new(None::<String>);
    let ready = move || {
        if book.draft.with_untracked(|d| d.team.is_none()) {
            status.set(Some(app.t(Msg::NotebookChooseTeam).to_string()));
            focus_first(".team-letter");
            return None;
        }
        book.notebook()
    };
    let show_codes = move |_| {
        if let Some(notebook) = ready() {
            let parts = pack(&notebook);
            if parts.len() > MAX_PARTS {
                status.set(Some(app.t(Msg::NotebookTooManyCodes).to_string()));
            } else {
                status.set(None);
                codes.set(Some(parts));
            }
        }
    };
    let save_file = move |_| {
        if let Some(notebook) = ready() {
            let letter = crate::model::team::piece_letter(notebook.team).to_lowercase();
            let name = format!("kernespillet-notesbog-hold-{letter}.json");
            status.set(Some(
                match download_text(&name, &notebook.to_file(), "application/json") {
                    Ok(()) => app.t(Msg::NotebookFileSaved).to_string(),
                    Err(reason) => fill(app.t(Msg::NotebookFileFailed), &[("reason", &reason)]),
                },
            ));
        }
    };
    let has_ballot = Memo::new(move |_| {
        book.draft
            .with(|d| d.ballot.as_ref().is_some_and(|b| !b.ideas.is_empty()))
    });
    let empty = Memo::new(move |_| {
        book.draft
            .with(|d| d.ideas.is_empty() && d.ballot.as_ref().is_none_or(|b| b.votes.is_empty()))
    });
    view! {
        <NotebookHeader back from_tablet/>
        {move || match codes.get() {
            Some(parts) => view! {
                <Codes parts on_back=move |_| { codes.set(None); focus_first(".show-codes"); }/>
            }.into_any(),
            None => view! {
                <main class="notebook" class:with-ballot=move || has_ballot.get() id="main">
                    <section class="notebook-write">
                        // With a ballot to fill in, the ballot is the page; writing is a tap away.
                        {move || if has_ballot.get() {
                            view! {
                                <details class="notebook-more">
                                    <summary>{app.tr(Msg::NotebookWriteMore)}</summary>
                                    <p class="lead">{app.tr(Msg::NotebookIntro)}</p>
                                    <TeamChoice/>
                                    <NewIdea/>
                                </details>
                            }.into_any()
                        } else {
                            view! {
                                <p class="lead">{app.tr(Msg::NotebookIntro)}</p>
                                <TeamChoice/>
                                <NewIdea/>
                            }.into_any()
                        }}
                    </section>
                    <IdeaList/>
                    <Show when=move || has_ballot.get()>
                        <NotebookBallotView/>
                    </Show>
                    <div class="notebook-actions">
                        <button class="primary show-codes" disabled=move || empty.get() on:click=show_codes>
                            {app.tr(Msg::NotebookHandOver)}
                        </button>
                        <button class="secondary save-notebook" disabled=move || empty.get() on:click=save_file>
                            {app.tr(Msg::NotebookSaveFile)}
                        </button>
                        <p class="notebook-status" role="status">{move || status.get()}</p>
                    </div>
                </main>
            }.into_any(),
        }}
    }
}

/// The notebook's own top bar: its name, the language, and the way back (to the team's
/// tablet when it was opened from there, else to the game).
#[component]
fn NotebookHeader(back: Option<String>, from_tablet: bool) -> impl IntoView {
    let back_label = if back.is_some() {
        Msg::NotebookBackToTablet
    } else {
        Msg::NotebookBack
    };
    let back = back.unwrap_or_else(|| "./".to_string());
    let app = crate::ui::state::use_app();
    let switch_language = move |_| {
        let next = app.lang.get_untracked().other();
        app.lang.set(next);
        if from_tablet {
            storage::tablet::set_tablet_lang(next);
        } else {
            storage::save_lang(next);
        }
    };
    view! {
        <header class="app-header notebook-header">
            <div class="brand">
                <h1>{app.tr(Msg::NotebookTitle)}</h1>
                <span class="tagline">{app.tr(Msg::AppTitle)}</span>
            </div>
            <div class="header-actions">
                <button
                    class="secondary"
                    lang=move || app.lang.get().other().code()
                    on:click=switch_language
                >
                    {app.tr(Msg::SwitchLanguage)}
                </button>
                <a class="button-link secondary" href=back>{move || app.t(back_label)}</a>
            </div>
        </header>
    }
}

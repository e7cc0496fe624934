//! Setting up a new game: teams with names, colours and players, the core task as the
//! team words it today, and the session's length.

pub mod audience;
pub mod deck_summary;
pub mod duration;
pub mod team_row;

use leptos::prelude::*;

use crate::i18n::{fill, setup_problem_text, Msg};
use crate::model::team::piece_letter;
use crate::model::{GameSetup, Lang, Session, SetupProblem};
use crate::ui::browser::clock::now_ms;
use crate::ui::browser::display::root_class_while;
use crate::ui::browser::focus::{focus_first, focus_next_action};
use crate::ui::notebook::NOTEBOOK_HREF;
use crate::ui::saved::session_import::SessionImport;
use crate::ui::setup::audience::OwnWordChoice;
use crate::ui::setup::deck_summary::DeckSummary;
use crate::ui::setup::duration::DurationChoice;
use crate::ui::setup::team_row::TeamRow;
use crate::ui::state::{use_app, PrintFrom, Screen};
use crate::ui::tablet::JOIN_HREF;

pub fn default_setup(lang: Lang) -> GameSetup {
    GameSetup::suggested(3, |i| default_team_name(i, lang))
}

pub fn default_team_name(index: usize, lang: Lang) -> String {
    fill(
        Msg::DefaultTeamName.get(lang),
        &[("letter", &piece_letter(index))],
    )
}

/// The problems `which` picks, in words, once the facilitator has tried to start.
#[component]
pub fn SetupAlerts(
    problems: Memo<Vec<SetupProblem>>,
    tried: ReadSignal<bool>,
    which: fn(&SetupProblem) -> bool,
) -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        problems.with(|all| {
            all.iter()
                .filter(|p| tried.get() && which(p))
                .map(
                    |p| view! { <p class="problem" role="alert">{setup_problem_text(p, lang)}</p> },
                )
                .collect_view()
        })
    }
}

#[component]
pub fn SetupScreen() -> impl IntoView {
    let app = use_app();
    let setup = app.setup;
    let problems = Memo::new(move |_| {
        let deck = app.chosen_deck();
        setup.with(|s| s.problems_with(&deck))
    });
    let (tried, set_tried) = signal(false);
    // Games kept from before can be gone back to instead of starting a new one.
    let has_kept = RwSignal::new(!crate::storage::sessions::list().is_empty());
    let import_status = RwSignal::new(None::<String>);
    let team_count = move || setup.with(|s| s.teams.len());
    // The sticky footer must not hide the field a keyboard user moves to.
    root_class_while("in-setup", || true);

    let add_team = move |_| {
        setup.update(|s| {
            let name = default_team_name(s.teams.len(), app.lang.get_untracked());
            s.add_team(name);
        })
    };
    let start = move |_| {
        set_tried.set(true);
        let deck = app.chosen_deck();
        let seed: u64 = rand::random();
        let now = now_ms();
        match setup.with(|s| Session::new(s, &deck, seed, now)) {
            Ok(session) => {
                app.open_session(session);
                focus_next_action();
            }
            Err(_) => focus_first("[aria-invalid='true']"),
        }
    };

    view! {
        <main class="setup" id="main">
            <div class="setup-top">
                <h2>{app.tr(Msg::SetupHeading)}</h2>
                <div class="setup-top-actions">
                    <Show when=move || has_kept.get()>
                        <button class="secondary back" on:click=move |_| app.screen.set(Screen::Start)>
                            {app.tr(Msg::BackToSessions)}
                        </button>
                    </Show>
                    // Tables without a tablet play on paper: the deck, board and pieces.
                    <button class="secondary open-print" on:click=move |_| app.screen.set(Screen::Print { from: PrintFrom::Setup })>
                        {app.tr(Msg::PrintGame)}
                    </button>
                    // A game from another device can be opened before any game is kept here.
                    <SessionImport changed=Callback::new(move |_| has_kept.set(true)) status=import_status/>
                    // A team's tablet with no game of its own writes in the notebook.
                    <a class="button-link secondary notebook-link" href=NOTEBOOK_HREF>
                        {app.tr(Msg::NotebookLink)}
                    </a>
                    <a class="button-link secondary join-link" href=JOIN_HREF>
                        {app.tr(Msg::JoinLink)}
                    </a>
                </div>
            </div>
            <p class="start-status" role="status">{move || import_status.get()}</p>
            <p class="lead">{app.tr(Msg::SetupIntro)}</p>
            <fieldset class="teams-setup">
                <legend>{app.tr(Msg::TeamsHeading)}</legend>
                <For
                    each=move || 0..team_count()
                    key=|index| *index
                    children=move |index| view! { <TeamRow index setup problems/> }
                />
                <button
                    class="secondary add-team"
                    on:click=add_team
                    disabled=move || !setup.with(GameSetup::can_add_team)
                >
                    "+ " {app.tr(Msg::AddTeam)}
                </button>
                <SetupAlerts problems tried which=|p| matches!(p, SetupProblem::TeamCount(_))/>
            </fieldset>
            <div class="setup-columns">
                <label class="core-task">
                    <span class="label">{app.tr(Msg::CoreTaskLabel)}</span>
                    <textarea
                        rows="3"
                        maxlength="400"
                        prop:value=move || setup.with(|s| s.core_task.clone())
                        on:input:target=move |ev| setup.update(|s| s.core_task = ev.target().value())
                    ></textarea>
                    <span class="help">{app.tr(Msg::CoreTaskHelp)}</span>
                </label>
                <DurationChoice setup problems tried/>
                <DeckSummary problems/>
            </div>
            <OwnWordChoice setup problems tried/>
            <div class="setup-footer">
                <p class="total">
                    {move || fill(app.t(Msg::TotalPlayers), &[("n", &setup.with(|s| s.total_players()).to_string())])}
                </p>
                <Show when=move || tried.get() && !problems.with(Vec::is_empty)>
                    <p class="problem" role="alert">{app.tr(Msg::FixBeforeStart)}</p>
                </Show>
                <button class="primary start-game" on:click=start>
                    {app.tr(Msg::StartGame)}
                </button>
            </div>
        </main>
    }
}

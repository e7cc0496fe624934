//! Setting up a new game: teams with names, colours and players, the core task as the
//! team words it today, and the session's length.

pub mod deck_summary;

use leptos::prelude::*;

use crate::i18n::{colour_name, fill, setup_problem_text, Msg};
use crate::model::team::piece_letter;
use crate::model::team::{LONG_SESSION_MINUTES, MAX_NAME_CHARS, SHORT_SESSION_MINUTES};
use crate::model::PieceShape;
use crate::model::{GameSetup, Lang, Session, SetupProblem, TeamColour, TeamSetup};
use crate::ui::browser::clock::now_ms;
use crate::ui::browser::focus::{focus_first, focus_next_action};
use crate::ui::saved::session_import::SessionImport;
use crate::ui::setup::deck_summary::DeckSummary;
use crate::ui::state::{use_app, Screen};
use crate::ui::widgets::palette::{team_fill, team_ink};
use crate::ui::widgets::piece_badge::PieceBadge;

pub fn default_setup(lang: Lang) -> GameSetup {
    GameSetup::suggested(3, |i| default_team_name(i, lang))
}

fn default_team_name(index: usize, lang: Lang) -> String {
    fill(
        Msg::DefaultTeamName.get(lang),
        &[("letter", &piece_letter(index))],
    )
}

/// The team a problem is about, if it is about one team (it is shown in that team's row).
fn team_of(problem: &SetupProblem) -> Option<usize> {
    match problem {
        SetupProblem::EmptyName { team }
        | SetupProblem::NameTooLong { team }
        | SetupProblem::DuplicateName { team }
        | SetupProblem::DuplicateColour { team }
        | SetupProblem::Players { team } => Some(*team),
        SetupProblem::TeamCount(_)
        | SetupProblem::Duration(_)
        | SetupProblem::TooFewCards { .. } => None,
    }
}

/// The sentences for the problems `which` picks, once the facilitator has tried to start.
fn problems_shown(
    problems: Memo<Vec<SetupProblem>>,
    tried: ReadSignal<bool>,
    which: fn(&SetupProblem) -> bool,
    lang: Lang,
) -> Vec<String> {
    if !tried.get() {
        return Vec::new();
    }
    problems.with(|all| {
        all.iter()
            .filter(|p| which(p))
            .map(|p| setup_problem_text(p, lang))
            .collect()
    })
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
                <h2>{move || app.t(Msg::SetupHeading)}</h2>
                <div class="setup-top-actions">
                    <Show when=move || has_kept.get()>
                        <button class="secondary back" on:click=move |_| app.screen.set(Screen::Start)>
                            {move || app.t(Msg::BackToSessions)}
                        </button>
                    </Show>
                    // A game from another device can be opened before any game is kept here.
                    <SessionImport changed=Callback::new(move |_| has_kept.set(true)) status=import_status/>
                </div>
            </div>
            <p class="start-status" role="status">{move || import_status.get()}</p>
            <p class="lead">{move || app.t(Msg::SetupIntro)}</p>
            <fieldset class="teams-setup">
                <legend>{move || app.t(Msg::TeamsHeading)}</legend>
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
                    "+ " {move || app.t(Msg::AddTeam)}
                </button>
                {move || {
                    let lang = app.lang.get();
                    problems_shown(problems, tried, |p| matches!(p, SetupProblem::TeamCount(_)), lang)
                        .into_iter()
                        .map(|text| view! { <p class="problem" role="alert">{text}</p> })
                        .collect_view()
                }}
            </fieldset>
            <div class="setup-columns">
                <label class="core-task">
                    <span class="label">{move || app.t(Msg::CoreTaskLabel)}</span>
                    <textarea
                        rows="3"
                        maxlength="400"
                        prop:value=move || setup.with(|s| s.core_task.clone())
                        on:input:target=move |ev| setup.update(|s| s.core_task = ev.target().value())
                    ></textarea>
                    <span class="help">{move || app.t(Msg::CoreTaskHelp)}</span>
                </label>
                <DurationChoice setup problems tried/>
                <DeckSummary problems/>
            </div>
            <div class="setup-footer">
                <p class="total">
                    {move || fill(app.t(Msg::TotalPlayers), &[("n", &setup.with(|s| s.total_players()).to_string())])}
                </p>
                <Show when=move || tried.get() && !problems.with(Vec::is_empty)>
                    <p class="problem" role="alert">{move || app.t(Msg::FixBeforeStart)}</p>
                </Show>
                <button class="primary start" on:click=start>
                    {move || app.t(Msg::StartGame)}
                </button>
            </div>
        </main>
    }
}

/// One team's name, colour and number of players.
#[component]
fn TeamRow(
    index: usize,
    setup: RwSignal<GameSetup>,
    problems: Memo<Vec<SetupProblem>>,
) -> impl IntoView {
    let app = use_app();
    let team = move || setup.with(|s| s.teams.get(index).cloned());
    let edit = move |change: &dyn Fn(&mut TeamSetup)| {
        setup.update(|s| {
            if let Some(team) = s.teams.get_mut(index) {
                change(team);
            }
        })
    };
    let messages = move || {
        problems.with(|all| {
            all.iter()
                .filter(|p| team_of(p) == Some(index))
                .map(|p| setup_problem_text(p, app.lang.get()))
                .collect::<Vec<_>>()
        })
    };
    let name_invalid = move || {
        problems.with(|all| {
            all.iter().any(|p| {
                matches!(p, SetupProblem::EmptyName { team } | SetupProblem::NameTooLong { team } | SetupProblem::DuplicateName { team } if *team == index)
            })
        })
    };
    let can_remove = move || setup.with(GameSetup::can_remove_team);
    let shape = PieceShape::ALL[index % PieceShape::ALL.len()];
    let name_id = format!("team-name-{index}");
    let error_id = format!("team-problems-{index}");
    view! {
        <div class="team-row" data-team=index>
            {move || team().map(|t| view! {
                <PieceBadge shape colour=t.colour letter=piece_letter(index) class="team-piece"/>
            })}
            <label class="team-name-field visually-hidden" for=name_id.clone()>
                <span class="label">{move || app.t(Msg::TeamName)}</span>
            </label>
            <input
                id=name_id
                class="team-name-input"
                type="text"
                maxlength=MAX_NAME_CHARS.to_string()
                autocomplete="off"
                aria-invalid=move || name_invalid().to_string()
                aria-describedby=error_id.clone()
                prop:value=move || team().map(|t| t.name).unwrap_or_default()
                on:input:target=move |ev| {
                    let value = ev.target().value();
                    edit(&|t| t.name = value.clone());
                }
            />
            <div class="colours" role="radiogroup" aria-label=move || app.t(Msg::TeamColour)>
                {TeamColour::ALL
                    .into_iter()
                    .map(|colour| {
                        let chosen = move || team().is_some_and(|t| t.colour == colour);
                        view! {
                            <button
                                class="swatch"
                                role="radio"
                                aria-checked=move || chosen().to_string()
                                aria-label=move || colour_name(colour, app.lang.get())
                                title=move || colour_name(colour, app.lang.get())
                                style=format!("--swatch: {}; --ink: {}", team_fill(colour), team_ink(colour))
                                on:click=move |_| edit(&|t| t.colour = colour)
                            >
                                <Show when=chosen>"✓"</Show>
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <div class="players" role="group" aria-label=move || app.t(Msg::Players)>
                <button
                    class="stepper"
                    aria-label=move || app.t(Msg::FewerPlayers)
                    on:click=move |_| edit(&|t| t.change_players(-1))
                >
                    "−"
                </button>
                <output class="player-count" aria-live="polite">
                    {move || team().map(|t| fill(app.t(Msg::PlayersCount), &[("n", &t.players.to_string())]))}
                </output>
                <button
                    class="stepper"
                    aria-label=move || app.t(Msg::MorePlayers)
                    on:click=move |_| edit(&|t| t.change_players(1))
                >
                    "+"
                </button>
            </div>
            <button
                class="remove"
                disabled=move || !can_remove()
                on:click=move |_| setup.update(|s| {
                    s.remove_team(index);
                })
            >
                {move || app.t(Msg::RemoveTeam)}
            </button>
            <ul class="row-problems" id=error_id>
                {move || messages().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
            </ul>
        </div>
    }
}

/// Two hours, or three with more than six players; the facilitator may choose.
#[component]
fn DurationChoice(
    setup: RwSignal<GameSetup>,
    problems: Memo<Vec<SetupProblem>>,
    tried: ReadSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let options = [
        (None, "auto"),
        (Some(SHORT_SESSION_MINUTES), "120"),
        (Some(LONG_SESSION_MINUTES), "180"),
    ];
    view! {
        <fieldset class="duration">
            <legend>{move || app.t(Msg::DurationHeading)}</legend>
            {options
                .into_iter()
                .map(|(minutes, value)| {
                    let label = move || match minutes {
                        None => fill(
                            app.t(Msg::DurationAuto),
                            &[("hours", &(setup.with(|s| s.recommended_minutes()) / 60).to_string())],
                        ),
                        Some(SHORT_SESSION_MINUTES) => app.t(Msg::TwoHours).to_string(),
                        Some(_) => app.t(Msg::ThreeHours).to_string(),
                    };
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name="duration"
                                value=value
                                prop:checked=move || setup.with(|s| s.duration_minutes == minutes)
                                on:change=move |_| setup.update(|s| s.duration_minutes = minutes)
                            />
                            <span>{label}</span>
                        </label>
                    }
                })
                .collect_view()}
            {move || {
                let lang = app.lang.get();
                problems_shown(problems, tried, |p| matches!(p, SetupProblem::Duration(_)), lang)
                    .into_iter()
                    .map(|text| view! { <p class="problem" role="alert">{text}</p> })
                    .collect_view()
            }}
        </fieldset>
    }
}

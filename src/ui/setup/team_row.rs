//! One team in the setup: its piece, name, colour and number of players, with what is
//! wrong with it said beside it.

use leptos::prelude::*;

use crate::i18n::{colour_name, fill, setup_problem_text, Msg};
use crate::model::limits::MAX_TEAM_NAME_CHARS;
use crate::model::team::piece_letter;
use crate::model::{GameSetup, PieceShape, SetupProblem, TeamColour, TeamSetup};
use crate::ui::state::use_app;
use crate::ui::widgets::palette::{team_fill, team_ink};
use crate::ui::widgets::piece_badge::PieceBadge;

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
        | SetupProblem::AudienceForms(_)
        | SetupProblem::TooFewCards { .. } => None,
    }
}

/// One team's name, colour and number of players.
#[component]
pub fn TeamRow(
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
                <span class="label">{app.tr(Msg::TeamName)}</span>
            </label>
            <input
                id=name_id
                class="team-name-input"
                type="text"
                maxlength=MAX_TEAM_NAME_CHARS.to_string()
                autocomplete="off"
                aria-invalid=move || name_invalid().to_string()
                aria-describedby=error_id.clone()
                prop:value=move || team().map(|t| t.name).unwrap_or_default()
                on:input:target=move |ev| {
                    let value = ev.target().value();
                    edit(&|t| t.name = value.clone());
                }
            />
            <div class="colours" role="radiogroup" aria-label=app.tr(Msg::TeamColour)>
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
            <div class="players" role="group" aria-label=app.tr(Msg::Players)>
                <button
                    class="stepper"
                    aria-label=app.tr(Msg::FewerPlayers)
                    on:click=move |_| edit(&|t| t.change_players(-1))
                >
                    "−"
                </button>
                <output class="player-count" aria-live="polite">
                    {move || team().map(|t| fill(app.t(Msg::PlayersCount), &[("n", &t.players.to_string())]))}
                </output>
                <button
                    class="stepper"
                    aria-label=app.tr(Msg::MorePlayers)
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
                {app.tr(Msg::RemoveTeam)}
            </button>
            <ul class="row-problems" id=error_id>
                {move || messages().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
            </ul>
        </div>
    }
}

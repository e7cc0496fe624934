//! Which team the notebook is: a letter to tap (with the game's team names when this
//! browser keeps the game) and the team's name, which may be left out.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::team::piece_letter;
use crate::ui::state::use_app;

use super::book::use_book;
use crate::model::limits::{MAX_TEAMS, MAX_TEAM_NAME_CHARS};

#[component]
pub fn TeamChoice() -> impl IntoView {
    let app = use_app();
    let book = use_book();
    let known = book.known.get_value().map(|k| k.teams);
    let count = known.as_ref().map_or(MAX_TEAMS, Vec::len);
    let chosen = Memo::new(move |_| book.draft.with(|d| d.team));
    let choose = move |team: usize| {
        let name = known
            .as_ref()
            .and_then(|k| k.get(team).cloned())
            .unwrap_or_else(|| book.draft.with_untracked(|d| d.team_name.clone()));
        book.edit(|d| d.choose_team(team, &name));
    };
    let choose = StoredValue::new(choose);
    view! {
        <fieldset class="team-choice">
            <legend>{app.tr(Msg::NotebookTeam)}</legend>
            <div class="team-letters">
                {(0..count).map(|team| {
                    let letter = piece_letter(team);
                    let label = letter.clone();
                    view! {
                        <button
                            type="button"
                            class="team-letter"
                            class:chosen=move || chosen.get() == Some(team)
                            aria-pressed=move || (chosen.get() == Some(team)).to_string()
                            aria-label=move || fill(app.t(Msg::DefaultTeamName), &[("letter", &label)])
                            on:click=move |_| choose.with_value(|c| c(team))
                        >
                            {letter}
                        </button>
                    }
                }).collect_view()}
            </div>
            <label class="team-name-field">
                <span class="label">{app.tr(Msg::NotebookTeamName)}</span>
                <input
                    type="text"
                    class="notebook-team-name"
                    maxlength=MAX_TEAM_NAME_CHARS
                    prop:value=move || book.draft.with(|d| d.team_name.clone())
                    on:input:target=move |ev| {
                        let name = ev.target().value();
                        book.edit(|d| d.team_name = name);
                    }
                />
            </label>
        </fieldset>
    }
}

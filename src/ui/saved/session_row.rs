//! One kept session in the start screen's list: what it is, and what can be done to it.

use leptos::prelude::*;

use crate::i18n::{fill, load_error_text, phase_name, Msg};
use crate::model::SessionSummary;
use crate::storage::sessions::{self, Slot, StoredSession};

use crate::ui::browser::clock::{format_date, format_time_of_day};
use crate::ui::saved::damaged_copies::DamagedCopies;
use crate::ui::saved::session_files::{
    copy_name, download_raw, export_session, fresh_id, title_of,
};
use crate::ui::state::use_app;

/// What the list asks of the screen around it.
#[derive(Clone, Copy)]
pub struct RowActions {
    /// Ask for a new name for the session with this id.
    pub rename: Callback<String>,
    /// Ask before deleting (id, title).
    pub delete: Callback<(String, String)>,
    /// Something changed in storage: read the list again.
    pub changed: Callback<()>,
    /// A short result to announce.
    pub status: Callback<String>,
    /// Show the report of the session with this id.
    pub report: Callback<String>,
}

#[component]
pub fn SessionRow(entry: StoredSession, actions: RowActions) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(entry.id.clone());
    let failed = move |reason: String| {
        actions
            .status
            .run(fill(app.t(Msg::ExportFailed), &[("reason", &reason)]))
    };
    let resume = move |_| match sessions::load(&id.get_value()) {
        Ok(session) => app.open_session(session),
        Err(error) => actions
            .status
            .run(load_error_text(&error, app.lang.get_untracked())),
    };
    let duplicate = move |_| {
        if let Ok(session) = sessions::load(&id.get_value()) {
            let name = copy_name(&session, app.lang.get_untracked());
            let copy = session.duplicated(fresh_id(), &name);
            match sessions::save(&copy) {
                Ok(()) => actions.changed.run(()),
                Err(notice) => app.tell(notice),
            }
        }
    };
    let export = move |_| {
        if let Ok(session) = sessions::load(&id.get_value()) {
            if let Err(reason) = export_session(&session) {
                failed(reason);
            }
        }
    };
    let raw = move |slot: Slot| {
        if let Err(reason) = download_raw(&id.get_value(), slot) {
            failed(reason);
        }
    };
    let damaged_copies = entry.damaged_copies.clone();
    // A game of which only damaged copies are left offers the newest of them.
    let newest_copy = damaged_copies.first().copied();
    let body = match entry.state {
        Ok(summary) => ready(summary, actions, resume, duplicate, export).into_any(),
        Err(error) => {
            let too_new = matches!(error, crate::model::persist::LoadError::TooNew { .. });
            let only_set_aside = sessions::raw(&id.get_value(), Slot::Main).is_none();
            let slot = match newest_copy {
                Some(copy) if only_set_aside => copy,
                _ => Slot::Main,
            };
            let title = id.get_value();
            view! {
                <div class="session-what">
                    <h3 class="session-title">{app.tr(Msg::DamagedSessionTitle)}" "<span class="session-id">{title.clone()}</span></h3>
                    <p class="session-problem">
                        {move || app.t(if too_new { Msg::SessionTooNew } else { Msg::SessionDamaged })}
                    </p>
                </div>
                <div class="session-actions">
                    <button class="secondary" on:click=move |_| raw(slot)>{app.tr(Msg::DownloadRaw)}</button>
                    <button class="secondary danger-text" on:click=move |_| actions.delete.run((id.get_value(), title.clone()))>
                        {app.tr(Msg::DeleteSession)}
                    </button>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <li class="session-row" data-session=id.get_value()>
            {body}
            {(!damaged_copies.is_empty()).then(|| view! {
                <DamagedCopies id=id.get_value() copies=damaged_copies failed=Callback::new(failed)/>
            })}
        </li>
    }
}

fn ready(
    summary: SessionSummary,
    actions: RowActions,
    resume: impl Fn(leptos::ev::MouseEvent) + 'static,
    duplicate: impl Fn(leptos::ev::MouseEvent) + 'static,
    export: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let app = use_app();
    let summary = StoredValue::new(summary);
    let title = move || summary.with_value(|s| title_of(s, app.lang.get()));
    let started = move || {
        summary.with_value(|s| {
            fill(
                app.t(Msg::SessionStarted),
                &[
                    ("date", &format_date(s.created_at_ms, app.lang.get())),
                    ("time", &format_time_of_day(s.created_at_ms)),
                ],
            )
        })
    };
    let phase = move || {
        summary.with_value(|s| {
            if s.finished {
                app.t(Msg::SessionFinished).to_string()
            } else {
                fill(
                    app.t(Msg::SessionPhase),
                    &[("phase", phase_name(s.phase, app.lang.get()))],
                )
            }
        })
    };
    let teams = move || {
        summary.with_value(|s| {
            fill(
                app.t(Msg::SessionTeams),
                &[
                    ("n", &s.team_names.len().to_string()),
                    ("names", &s.team_names.join(", ")),
                ],
            )
        })
    };
    // The core task under a name the facilitator gave; not twice when it is the title.
    let task_line =
        move || summary.with_value(|s| (!s.name.is_empty()).then(|| s.core_task.clone()));
    let id = summary.with_value(|s| s.id.clone());
    view! {
        <div class="session-what">
            <h3 class="session-title">{title}</h3>
            {move || task_line().filter(|t| !t.is_empty()).map(|t| view! { <p class="session-task">{t}</p> })}
            <p class="session-meta">
                <span class="session-phase">{phase}</span>
                <span>{started}</span>
                <span>{teams}</span>
            </p>
        </div>
        <div class="session-actions">
            <button class="primary" on:click=resume>{app.tr(Msg::ResumeSession)}</button>
            <button class="secondary report-open"
                aria-label=move || fill(app.t(Msg::ReportOpenOf), &[("session", &title())])
                on:click={
                    let id = id.clone();
                    move |_| actions.report.run(id.clone())
                }>{app.tr(Msg::ReportOpen)}</button>
            <button class="secondary rename" on:click={
                let id = id.clone();
                move |_| actions.rename.run(id.clone())
            }>{app.tr(Msg::RenameSession)}</button>
            <button class="secondary" on:click=duplicate>{app.tr(Msg::DuplicateSession)}</button>
            <button class="secondary" on:click=export>{app.tr(Msg::ExportSession)}</button>
            <button class="secondary danger-text" on:click=move |_| actions.delete.run((id.clone(), title()))>
                {app.tr(Msg::DeleteSession)}
            </button>
        </div>
    }
}

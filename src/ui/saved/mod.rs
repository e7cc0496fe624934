//! The start screen: every session kept in this browser, a new game, and a game from a
//! file.

pub mod damaged_copies;
pub mod session_files;
pub mod session_import;
pub mod session_row;

use leptos::prelude::*;

use crate::i18n::{fill, load_error_text, Msg};
use crate::model::Session;
use crate::storage::sessions;

use crate::model::limits::MAX_SESSION_NAME_CHARS;
use crate::ui::browser::focus::{focus_first, focus_first_of};
use crate::ui::notebook::NOTEBOOK_HREF;
use crate::ui::report::ReportPage;
use crate::ui::room::ownership::while_free;
use crate::ui::saved::session_files::display_title;
use crate::ui::saved::session_import::SessionImport;
use crate::ui::saved::session_row::{RowActions, SessionRow};
use crate::ui::state::{use_app, Screen};
use crate::ui::tablet::JOIN_HREF;
use crate::ui::widgets::confirm_dialog::ConfirmDialog;
use crate::ui::widgets::modal::Modal;

#[component]
pub fn StartScreen() -> impl IntoView {
    let app = use_app();
    let kept = RwSignal::new(sessions::list());
    let status = RwSignal::new(None::<String>);
    let renaming = RwSignal::new(None::<String>);
    let deleting = RwSignal::new(None::<(String, String)>);
    let changed = Callback::new(move |_| kept.set(sessions::list()));
    // The report of a kept game, read from storage: a copy, so the game stays as it is.
    let reporting = RwSignal::new(None::<(String, Session)>);
    let reported = Memo::new(move |_| reporting.with(Option::is_some));
    let show_report = move |id: String| match sessions::load(&id) {
        Ok(session) => {
            reporting.set(Some((id, session)));
            focus_first("#report-title".to_string());
        }
        Err(error) => status.set(Some(format!(
            "{} {}",
            app.t(Msg::ReportUnreadable),
            load_error_text(&error, app.lang.get_untracked())
        ))),
    };
    let close_report = move |_| {
        if let Some((id, _)) = reporting.get_untracked() {
            reporting.set(None);
            focus_first(format!("[data-session=\"{id}\"] .report-open"));
        }
    };
    let actions = RowActions {
        rename: Callback::new(move |id| renaming.set(Some(id))),
        delete: Callback::new(move |entry| deleting.set(Some(entry))),
        changed,
        status: Callback::new(move |text| status.set(Some(text))),
        report: Callback::new(show_report),
    };
    let open_elsewhere =
        move |name: &str| status.set(Some(fill(app.t(Msg::GameOpenElsewhere), &[("name", name)])));
    let delete = move |_| {
        if let Some((id, name)) = deleting.get_untracked() {
            // The game below (or above) takes the focus the deleted one had.
            let ids: Vec<String> =
                kept.with_untracked(|k| k.iter().map(|e| e.id.clone()).collect());
            let at = ids.iter().position(|i| *i == id).unwrap_or(0);
            let near = [ids.get(at + 1), at.checked_sub(1).and_then(|b| ids.get(b))];
            let mut places: Vec<String> = near
                .into_iter()
                .flatten()
                .map(|n| format!("[data-session=\"{n}\"] button"))
                .collect();
            places.push("main h2".into());
            let target = id.clone();
            while_free(&id, move |free| {
                if !free {
                    return open_elsewhere(&name);
                }
                sessions::delete(&target);
                changed.run(());
                focus_first_of(places);
            });
        }
        deleting.set(None);
    };

    view! {
        {move || reporting.get().map(|(_, session)| view! {
            <main class="report-main" id="main">
                <ReportPage session on_close=close_report/>
            </main>
        })}
        <Show when=move || !reported.get()>
        <main class="start" id="main">
            <h2>{app.tr(Msg::StartTitle)}</h2>
            <p class="lead">{app.tr(Msg::StartIntro)}</p>
            <Show when=move || app.not_persistent.get()>
                <p class="storage-warning">{app.tr(Msg::NotPersistent)}</p>
            </Show>
            <div class="start-actions">
                <button class="primary" on:click=move |_| app.screen.set(Screen::Setup)>
                    {app.tr(Msg::NewGame)}
                </button>
                <SessionImport changed status/>
                <a class="button-link secondary notebook-link" href=NOTEBOOK_HREF>
                    {app.tr(Msg::NotebookLink)}
                </a>
                <a class="button-link secondary join-link" href=JOIN_HREF>
                    {app.tr(Msg::JoinLink)}
                </a>
            </div>
            <p class="start-status" role="status">{move || status.get()}</p>
            <Show
                when=move || kept.with(|k| !k.is_empty())
                fallback=move || view! { <p class="session-empty">{app.tr(Msg::StartEmpty)}</p> }
            >
                <ul class="session-list" aria-label=app.tr(Msg::SessionsList)>
                    // Keyed by the game as listed: renaming or deleting one leaves the
                    // other rows, and the focus in them, as they were.
                    <For each=move || kept.get() key=|entry| entry.clone() let:entry>
                        <SessionRow entry actions/>
                    </For>
                </ul>
            </Show>
        </main>
        </Show>
        <Show when=move || deleting.with(Option::is_some)>
            <ConfirmDialog
                title=Msg::DeleteSessionTitle
                body=Signal::derive(move || fill(app.t(Msg::DeleteSessionBody), &[("name", &deleting.with(|d| d.as_ref().map(|d| d.1.clone()).unwrap_or_default()))]))
                confirm=Msg::DeleteSessionYes
                on_confirm=delete
                on_cancel=move |_| deleting.set(None)
            />
        </Show>
        {move || renaming.get().map(|id| {
            // Renamed, the game's row is drawn anew: its rename button gets the focus back.
            let back = format!("[data-session=\"{id}\"] .rename");
            view! { <RenameDialog id on_open_elsewhere=Callback::new(move |name: String| open_elsewhere(&name)) on_done=move |_| { renaming.set(None); changed.run(()); focus_first(back.clone()); }/> }
        })}
    }
}

/// A new name for a kept session, saved straight away.
#[component]
fn RenameDialog(
    id: String,
    /// Another tab plays the game: it is not renamed (its title is given).
    on_open_elsewhere: Callback<String>,
    #[prop(into)] on_done: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let session = sessions::load(&id).ok();
    let name = RwSignal::new(session.as_ref().map(|s| s.name.clone()).unwrap_or_default());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(session) = session.clone() {
            let wanted = name.get_untracked();
            while_free(&session.id.clone(), move |free| {
                // Read again under the lock: the game as its last player left it.
                let kept = sessions::load(&session.id).unwrap_or(session);
                if free {
                    let mut renamed = kept;
                    renamed.rename(&wanted);
                    if let Err(notice) = sessions::save(&renamed) {
                        app.tell(notice);
                    }
                } else {
                    on_open_elsewhere.run(display_title(&kept, app.lang.get_untracked()));
                }
                // Closed once the answer is known, so the list is read after the change.
                on_done.run(());
            });
        } else {
            on_done.run(());
        }
    };
    view! {
        <Modal title=Signal::derive(move || app.t(Msg::RenameTitle).to_string()) on_close=on_done>
            <form class="rename-form" on:submit=save>
                <label>
                    <span>{app.tr(Msg::RenameLabel)}</span>
                    <input
                        type="text"
                        maxlength=MAX_SESSION_NAME_CHARS
                        prop:value=move || name.get()
                        on:input:target=move |ev| name.set(ev.target().value())
                    />
                </label>
                <div class="dialog-actions">
                    <button type="button" class="secondary" on:click=move |_| on_done.run(())>
                        {app.tr(Msg::Cancel)}
                    </button>
                    <button type="submit" class="primary">{app.tr(Msg::SaveName)}</button>
                </div>
            </form>
        </Modal>
    }
}

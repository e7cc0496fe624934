//! Opening a session file: checked and migrated like a stored session; a problem is
//! said plainly and changes nothing; a kept session is never overwritten without asking.

use leptos::prelude::*;

use crate::i18n::{fill, Msg};
use crate::model::Session;

use crate::ui::room::ownership::while_free;
use crate::ui::saved::session_files::{check_import, keep_imported, Imported};
use crate::ui::state::{use_app, AppState};
use crate::ui::widgets::confirm_dialog::ConfirmDialog;
use crate::ui::widgets::json_file_button::JsonFileButton;

#[component]
pub fn SessionImport(
    /// The list must be read again.
    changed: Callback<()>,
    /// Where the outcome is said.
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let app = use_app();
    // A checked session whose id is already kept, waiting for an answer; and that name.
    let pending = RwSignal::new(None::<(Session, String)>);

    let keep = move |session: Session, replace: bool| {
        // Replacing goes only while no tab plays the kept game, whose next save would
        // otherwise bring its version back.
        let id = session.id.clone();
        let name = pending.with_untracked(|p| p.as_ref().map(|p| p.1.clone()));
        while_free(&id, move |free| {
            if replace && !free {
                let name = name.unwrap_or_default();
                status.set(Some(fill(
                    app.t(Msg::GameOpenElsewhere),
                    &[("name", &name)],
                )));
                return;
            }
            match keep_imported(app, session, replace) {
                Ok(name) => status.set(Some(fill(
                    app.t(Msg::SessionImportDone),
                    &[("name", &name)],
                ))),
                Err(notice) => app.tell(notice),
            }
            changed.run(());
        });
    };
    let on_read =
        Callback::new(
            move |(file_name, text): (String, Result<String, String>)| match text {
                Err(reason) => status.set(Some(unreadable(app, &reason))),
                Ok(text) => match check_import(app, &file_name, &text) {
                    Imported::Refused(why) => status.set(Some(why)),
                    Imported::Ready {
                        session,
                        clash: Some(name),
                    } => pending.set(Some((*session, name))),
                    Imported::Ready {
                        session,
                        clash: None,
                    } => keep(*session, false),
                },
            },
        );
    let answer = move |replace: bool| {
        if let Some((session, _)) = pending.get_untracked() {
            keep(session, replace);
        }
        pending.set(None);
    };
    view! {
        <JsonFileButton label=Msg::ImportSession input_class="import-session-file" on_read/>
        <Show when=move || pending.with(Option::is_some)>
            <ConfirmDialog
                title=Msg::SessionClashTitle
                body=Signal::derive(move || fill(app.t(Msg::SessionClashBody), &[("name", &pending.with(|p| p.as_ref().map(|p| p.1.clone()).unwrap_or_default()))]))
                confirm=Msg::SessionReplace
                alternative=(Msg::SessionKeepBoth, Callback::new(move |_| answer(false)))
                on_confirm=move |_| answer(true)
                on_cancel=move |_| pending.set(None)
            />
        </Show>
    }
}

fn unreadable(app: AppState, reason: &str) -> String {
    fill(app.t(Msg::FileUnreadable), &[("reason", reason)])
}

//! A session to and from a file: the same JSON the browser keeps, so a file from
//! another device (or an older version) opens through the same checks and migrations.

use leptos::prelude::*;

use crate::i18n::{fill, load_error_text, Msg};
use crate::model::persist::LoadError;
use crate::model::{Lang, Session, SessionSummary};
use crate::storage::sessions::{self, Slot};

use crate::ui::browser::clock::now_ms;
use crate::ui::browser::file_io::download_text;
use crate::ui::state::AppState;

/// Download the session as a file; `Err` says why the browser refused.
pub fn export_session(session: &Session) -> Result<(), String> {
    download_text(
        &session.summary().file_name(),
        &session.to_json(),
        "application/json",
    )
}

/// Download the open session (from a storage notice, while playing on).
pub fn export_open_session(app: AppState) {
    let _ = untrack(|| app.game(|s| Some(export_session(s))));
}

/// Download a kept text exactly as it is stored, damaged or from a newer version.
pub fn download_raw(id: &str, slot: Slot) -> Result<(), String> {
    let text = sessions::raw(id, slot).ok_or_else(|| "nothing stored".to_string())?;
    let suffix = match slot {
        Slot::Damaged(0) => "-damaged".to_string(),
        Slot::Damaged(at) => format!("-damaged-{at}"),
        Slot::Main | Slot::Backup => String::new(),
    };
    download_text(
        &format!("kernespillet-{id}{suffix}.json"),
        &text,
        "application/json",
    )
}

/// What an imported file turned out to be.
pub enum Imported {
    /// Checked and ready; `clash` names a kept session with the same id.
    Ready {
        session: Box<Session>,
        clash: Option<String>,
    },
    /// Why it cannot be opened, in the facilitator's language.
    Refused(String),
}

pub fn check_import(app: AppState, file_name: &str, text: &str) -> Imported {
    let lang = app.lang.get_untracked();
    match Session::from_json(text) {
        Err(error) => Imported::Refused(refusal(app, file_name, &error)),
        Ok(session) => {
            let clash = sessions::load(&session.id)
                .ok()
                .map(|kept| display_title(&kept, lang));
            let clash = clash.or_else(|| {
                // Kept but not openable: still never overwritten without asking.
                sessions::exists(&session.id).then(|| session.id.clone())
            });
            Imported::Ready {
                session: Box::new(session),
                clash,
            }
        }
    }
}

fn refusal(app: AppState, file_name: &str, error: &LoadError) -> String {
    let lang = app.lang.get_untracked();
    fill(
        app.t(Msg::SessionImportProblem),
        &[
            ("file", file_name),
            ("reason", &load_error_text(error, lang)),
        ],
    )
}

/// Keep an imported session: over the one with its id, or beside it under a new id.
pub fn keep_imported(
    app: AppState,
    session: Session,
    replace: bool,
) -> Result<String, crate::storage::StorageNotice> {
    let lang = app.lang.get_untracked();
    let session = if replace || !sessions::exists(&session.id) {
        session
    } else {
        let name = copy_name(&session, lang);
        session.duplicated(fresh_id(), &name)
    };
    sessions::save(&session)?;
    Ok(display_title(&session, lang))
}

/// The name of a copy of `session`: "Kopi af …", numbered if that title is kept already.
pub fn copy_name(session: &Session, lang: Lang) -> String {
    let wanted = fill(
        Msg::SessionCopyName.get(lang),
        &[("name", &display_title(session, lang))],
    );
    let taken: Vec<String> = sessions::list()
        .iter()
        .filter_map(|kept| kept.state.as_ref().ok())
        .map(|summary| title_of(summary, lang))
        .collect();
    crate::model::saved::unused_title(&wanted, &taken)
}

/// A new id for a copy.
pub fn fresh_id() -> String {
    crate::model::saved::session_id(now_ms(), rand::random())
}

/// A session's title as the list shows it.
pub fn title_of(summary: &SessionSummary, lang: Lang) -> String {
    crate::i18n::session_title(summary, lang)
}

pub fn display_title(session: &Session, lang: Lang) -> String {
    title_of(&session.summary(), lang)
}

//! What the facilitator should know about the browser's storage, in plain words.

use crate::model::{Lang, SessionSummary};
use crate::storage::StorageNotice;

use super::{fill, load_error_text, Msg};

pub fn storage_notice_text(notice: &StorageNotice, lang: Lang) -> String {
    match notice {
        StorageNotice::Restored(summary) => fill(
            Msg::RestoredBackup.get(lang),
            &[("name", &session_title(summary, lang))],
        ),
        StorageNotice::NotRestored(error) => fill(
            Msg::NotRestored.get(lang),
            &[("reason", &load_error_text(error, lang))],
        ),
        StorageNotice::StorageFull => Msg::StorageFull.get(lang).to_string(),
        StorageNotice::NewerVersionKept => Msg::NewerVersionKept.get(lang).to_string(),
        StorageNotice::SaveFailed(reason) => fill(Msg::SaveFailed.get(lang), &[("reason", reason)]),
        StorageNotice::DecksNotOpened(count) => {
            fill(Msg::DecksNotOpened.get(lang), &[("n", &count.to_string())])
        }
    }
}

/// A kept game's name, or a word for one that has none.
pub fn session_title(summary: &SessionSummary, lang: Lang) -> String {
    summary.title().map_or_else(
        || Msg::UntitledSession.get(lang).to_string(),
        str::to_string,
    )
}

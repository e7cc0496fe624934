//! What the facilitator should know about the browser's storage, in plain words.

use crate::model::{Lang, SessionSummary};
use crate::storage::StorageNotice;

use super::{fill, load_error_text, pick, Msg};

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
        StorageNotice::DecksChangedElsewhere => pick(
            lang,
            "Kortsættene blev ændret i et andet vindue i samme øjeblik. Det andet vindues kortsæt er hentet frem her; din sidste ændring i dette vindue blev ikke gemt, så lav den igen.",
            "The decks were changed in another window at the same moment. That window's decks are shown here now; your last change in this window was not saved, so make it again.",
        )
        .to_string(),
        StorageNotice::SetupChangedElsewhere => pick(
            lang,
            "Opsætningen blev ændret i et andet vindue i samme øjeblik. Det andet vindues opsætning er hentet frem her; din sidste ændring i dette vindue blev ikke gemt, så lav den igen.",
            "The setup was changed in another window at the same moment. That window's setup is shown here now; your last change in this window was not saved, so make it again.",
        )
        .to_string(),
    }
}

/// A kept game's name, or a word for one that has none.
pub fn session_title(summary: &SessionSummary, lang: Lang) -> String {
    summary.title().map_or_else(
        || Msg::UntitledSession.get(lang).to_string(),
        str::to_string,
    )
}

//! The session's files to take away from the report and from check-out: the Markdown
//! (the plan and the report's sections) and the calendar. Each gives the sentence to
//! show: where the file went, or why there is none.

use crate::i18n::{calendar_labels, export_labels, fill, Msg};
use crate::model::calendar::{calendar, has_dates};
use crate::model::export;
use crate::model::{Lang, Session};
use crate::ui::browser::clock::now_ms;
use crate::ui::browser::file_io::download_text;

fn saved(file: &str, text: &str, mime: &str, lang: Lang) -> String {
    match download_text(file, text, mime) {
        Ok(()) => fill(Msg::PlanDownloaded.get(lang), &[("file", file)]),
        Err(reason) => fill(Msg::ExportFailed.get(lang), &[("reason", &reason)]),
    }
}

/// The plan and the report as Markdown.
pub fn download_markdown(session: &Session, lang: Lang) -> String {
    let text = export::markdown(session, &export_labels(lang), now_ms());
    saved("handleplan.md", &text, "text/markdown", lang)
}

/// The follow-up and the deadlines as an `.ics` file, once the plan has a date.
pub fn download_calendar(session: &Session, lang: Lang) -> String {
    if !has_dates(session) {
        return Msg::CalendarNoDates.get(lang).to_string();
    }
    let text = calendar(session, &calendar_labels(lang), now_ms());
    saved("opfoelgning.ics", &text, "text/calendar", lang)
}

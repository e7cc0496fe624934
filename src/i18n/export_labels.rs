//! The words the model's files are written with (the Markdown, CSV and calendar
//! exports), taken from the one table of messages.

use crate::model::calendar::CalendarLabels;
use crate::model::export::{ExportLabels, ReportLabels};
use crate::model::{Category, Lang, Phase};

use super::{category_name, phase_name, Msg};

/// The export's words in `lang`.
pub fn export_labels(lang: Lang) -> ExportLabels<'static> {
    let (category_name, phase_name): (
        &'static dyn Fn(Category) -> &'static str,
        &'static dyn Fn(Phase) -> &'static str,
    ) = match lang {
        Lang::Da => (&|c| category_name(c, Lang::Da), &|p| {
            phase_name(p, Lang::Da)
        }),
        Lang::En => (&|c| category_name(c, Lang::En), &|p| {
            phase_name(p, Lang::En)
        }),
    };
    ExportLabels {
        title: Msg::ExportTitle.get(lang),
        core_task: Msg::ExportCoreTask.get(lang),
        core_task_opening: Msg::ExportCoreOpening.get(lang),
        follow_up: Msg::ExportFollowUp.get(lang),
        activity: Msg::ExportActivity.get(lang),
        what: Msg::ExportWhat.get(lang),
        why: Msg::ExportWhy.get(lang),
        category: Msg::FieldCategory.get(lang),
        owner: Msg::ExportOwner.get(lang),
        first_step: Msg::ExportFirstStep.get(lang),
        deadline: Msg::FieldDeadline.get(lang),
        measure: Msg::ExportMeasure.get(lang),
        category_name,
        report: ReportLabels {
            lang,
            time: Msg::ReportTime.get(lang),
            phase: Msg::ReportPhase.get(lang),
            planned: Msg::ReportPlanned.get(lang),
            used: Msg::ReportUsed.get(lang),
            minutes: Msg::ReportMinutes.get(lang),
            skipped: Msg::ReportSkipped.get(lang),
            teams: Msg::ReportTeams.get(lang),
            team: Msg::ReportTeam.get(lang),
            cards: Msg::ReportCards.get(lang),
            ideas: Msg::ReportIdeas.get(lang),
            wedges: Msg::ReportWedges.get(lang),
            categories: Msg::ReportCategories.get(lang),
            vote: Msg::ReportVote.get(lang),
            votes: Msg::ReportVotes.get(lang),
            became: Msg::ReportBecame.get(lang),
            talked: Msg::ReportTalked.get(lang),
            phase_name,
        },
    }
}

/// The calendar's words in `lang`.
pub fn calendar_labels(lang: Lang) -> CalendarLabels<'static> {
    CalendarLabels {
        follow_up: Msg::CalendarFollowUp.get(lang),
        deadline: Msg::CalendarDeadline.get(lang),
        core_task: Msg::ExportCoreTask.get(lang),
        activity: Msg::ExportActivity.get(lang),
        owner: Msg::ExportOwner.get(lang),
        first_step: Msg::ExportFirstStep.get(lang),
        why: Msg::ExportWhy.get(lang),
        lang: lang.code(),
    }
}

//! What the handleplan still lacks, activity by activity.

use crate::model::{ActivityField, Lang, PlanProblem};

use super::{fill, Msg};

/// One problem of the plan as a sentence.
pub fn plan_problem_text(problem: &PlanProblem, lang: Lang) -> String {
    match problem {
        PlanProblem::Count(n) => fill(Msg::PlanCount.get(lang), &[("n", &n.to_string())]),
        PlanProblem::Missing { activity, field } => fill(
            Msg::PlanMissing.get(lang),
            &[
                ("n", &activity.to_string()),
                ("field", activity_field_name(*field, lang)),
            ],
        ),
        PlanProblem::BadDate { activity } => {
            fill(Msg::PlanBadDate.get(lang), &[("n", &activity.to_string())])
        }
        PlanProblem::TooLong { activity } => {
            fill(Msg::PlanTooLong.get(lang), &[("n", &activity.to_string())])
        }
        PlanProblem::FollowUp => Msg::PlanFollowUp.get(lang).to_string(),
    }
}

/// The name of an activity's field, as the printed plan calls it.
fn activity_field_name(field: ActivityField, lang: Lang) -> &'static str {
    match field {
        ActivityField::What => Msg::ExportWhat,
        ActivityField::Why => Msg::ExportWhy,
        ActivityField::Category => Msg::FieldCategory,
        ActivityField::Owner => Msg::ExportOwner,
        ActivityField::FirstStep => Msg::ExportFirstStep,
        ActivityField::Deadline => Msg::ExportDeadline,
    }
    .get(lang)
}

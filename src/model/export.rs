//! The handleplan as files to take away: Markdown to read and paste, CSV for a
//! spreadsheet, JSON for another program. Labels come in from the caller (the i18n
//! table), so the model holds no user-facing words.

use serde::Serialize;

use super::category::Category;
use super::session::Session;

/// The words of the export, in the chosen language.
pub struct ExportLabels<'a> {
    pub title: &'a str,
    pub core_task: &'a str,
    pub core_task_opening: &'a str,
    pub follow_up: &'a str,
    pub activity: &'a str,
    pub what: &'a str,
    pub why: &'a str,
    pub category: &'a str,
    pub owner: &'a str,
    pub first_step: &'a str,
    pub deadline: &'a str,
    pub measure: &'a str,
    pub category_name: &'a dyn Fn(Category) -> &'a str,
}

/// The core task as the team left it: the Kernen phase's sentence (`kernen`), else the
/// opening's wording.
pub fn final_core_task<'a>(opening: &'a str, kernen: &'a str) -> &'a str {
    if kernen.trim().is_empty() {
        opening.trim()
    } else {
        kernen.trim()
    }
}

pub fn markdown(session: &Session, labels: &ExportLabels) -> String {
    let mut out = format!("# {}\n\n", labels.title);
    out += &format!(
        "**{}:** {}\n\n",
        labels.core_task,
        final_core_task(&session.core_task, &session.core_task_final)
    );
    if !session.core_task_final.trim().is_empty() && !session.core_task.trim().is_empty() {
        out += &format!(
            "*{}:* {}\n\n",
            labels.core_task_opening,
            session.core_task.trim()
        );
    }
    for (i, a) in session.plan.activities.iter().enumerate() {
        out += &format!("## {} {}: {}\n\n", labels.activity, i + 1, a.what.trim());
        let category = a.category.map(labels.category_name).unwrap_or("");
        let mut line = |label: &str, value: &str| {
            if !value.trim().is_empty() {
                out += &format!("- **{label}:** {}\n", value.trim());
            }
        };
        line(labels.why, &a.why);
        line(labels.category, category);
        line(labels.owner, &a.owner);
        line(labels.first_step, &a.first_step);
        line(labels.deadline, &a.deadline);
        line(labels.measure, &a.measure);
        out += "\n";
    }
    out += &format!(
        "**{}:** {}\n",
        labels.follow_up,
        session.plan.follow_up.trim()
    );
    out
}

/// One row per activity; fields quoted as RFC 4180 asks, so separators, quotes and
/// line breaks survive, and none opens as a formula. Semicolons and a byte-order mark, because that is what a Danish
/// spreadsheet opens into columns with æ, ø and å intact.
pub fn csv(session: &Session, labels: &ExportLabels) -> String {
    let header = [
        labels.activity,
        labels.what,
        labels.why,
        labels.category,
        labels.owner,
        labels.first_step,
        labels.deadline,
        labels.measure,
        labels.core_task,
        labels.follow_up,
    ];
    let mut out = String::from('\u{FEFF}');
    out += &row(header.iter().map(|s| s.to_string()));
    for (i, a) in session.plan.activities.iter().enumerate() {
        out += &row([
            (i + 1).to_string(),
            a.what.trim().to_string(),
            a.why.trim().to_string(),
            a.category
                .map(labels.category_name)
                .unwrap_or("")
                .to_string(),
            a.owner.trim().to_string(),
            a.first_step.trim().to_string(),
            a.deadline.trim().to_string(),
            a.measure.trim().to_string(),
            final_core_task(&session.core_task, &session.core_task_final).to_string(),
            session.plan.follow_up.trim().to_string(),
        ]);
    }
    out
}

fn row(fields: impl IntoIterator<Item = String>) -> String {
    let quoted: Vec<String> = fields
        .into_iter()
        .map(|f| format!("\"{}\"", not_a_formula(&f).replace('"', "\"\"")))
        .collect();
    quoted.join(";") + "\r\n"
}

/// A field a spreadsheet would run as a formula (OWASP's "CSV injection": it begins with
/// `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a `'` first, which
/// makes the spreadsheet show it as the text it is.
fn not_a_formula(field: &str) -> std::borrow::Cow<'_, str> {
    match field.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{field}").into(),
        _ => field.into(),
    }
}

#[derive(Serialize)]
struct PlanFile<'a> {
    format: &'static str,
    schema_version: u32,
    core_task: &'a str,
    core_task_opening: &'a str,
    follow_up: &'a str,
    teams: Vec<&'a str>,
    activities: &'a [super::handleplan::Activity],
}

/// The plan as data: the activities exactly as stored, with the core task and teams.
pub fn json(session: &Session) -> String {
    let file = PlanFile {
        format: "kernespillet-handleplan",
        schema_version: 1,
        core_task: final_core_task(&session.core_task, &session.core_task_final),
        core_task_opening: session.core_task.trim(),
        follow_up: session.plan.follow_up.trim(),
        teams: session.teams.iter().map(|t| t.name.as_str()).collect(),
        activities: &session.plan.activities,
    };
    serde_json::to_string_pretty(&file).expect("a plan always serialises")
}

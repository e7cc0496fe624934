//! The handleplan as files to take away: Markdown to read and paste, CSV for a
//! spreadsheet, JSON for another program. Labels come in from the caller (the i18n
//! table), so the model holds no user-facing words.

use serde::Serialize;

use super::agenda::Phase;
use super::category::Category;
use super::lang::Lang;
use super::report::{report, rounded_minutes, Report};
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
    pub report: ReportLabels<'a>,
}

/// The words of the report's sections in the Markdown export.
pub struct ReportLabels<'a> {
    pub lang: Lang,
    pub time: &'a str,
    pub phase: &'a str,
    pub planned: &'a str,
    pub used: &'a str,
    /// After a number of minutes.
    pub minutes: &'a str,
    pub skipped: &'a str,
    pub teams: &'a str,
    pub team: &'a str,
    pub cards: &'a str,
    pub ideas: &'a str,
    pub wedges: &'a str,
    pub categories: &'a str,
    pub vote: &'a str,
    pub votes: &'a str,
    pub became: &'a str,
    pub talked: &'a str,
    pub phase_name: &'a dyn Fn(Phase) -> &'a str,
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

/// The handleplan, then the report's sections with its pictures as tables; `now_ms`
/// ends a phase still running.
pub fn markdown(session: &Session, labels: &ExportLabels, now_ms: u64) -> String {
    let mut out = plan_markdown(session, labels);
    out += &report_markdown(session, &report(session, now_ms), labels);
    out
}

/// A Markdown table cell: one line, no `|` to end it early.
fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

fn table(out: &mut String, header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) {
    *out += &format!("| {} |\n", header.join(" | "));
    *out += &format!("|{}\n", " --- |".repeat(header.len()));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        *out += &format!("| {} |\n", cells.join(" | "));
    }
    *out += "\n";
}

fn report_markdown(session: &Session, report: &Report, labels: &ExportLabels) -> String {
    let words = &labels.report;
    let minutes = |ms: u64| format!("{} {}", rounded_minutes(ms), words.minutes);
    let mut out = format!("\n## {}\n\n", words.time);
    table(
        &mut out,
        &[words.phase, words.planned, words.used],
        report.phases.iter().map(|p| {
            vec![
                (words.phase_name)(p.phase).to_string(),
                if p.skipped {
                    words.skipped.to_string()
                } else {
                    minutes(p.planned_ms)
                },
                p.actual_ms.map(minutes).unwrap_or_else(|| "–".into()),
            ]
        }),
    );
    out += &format!("## {}\n\n", words.teams);
    table(
        &mut out,
        &[words.team, words.cards, words.ideas, words.wedges],
        session.teams.iter().zip(&report.teams).map(|(team, f)| {
            vec![
                team.name.clone(),
                f.cards.to_string(),
                f.ideas.to_string(),
                f.wedges.len().to_string(),
            ]
        }),
    );
    out += &format!("## {}\n\n", words.categories);
    table(
        &mut out,
        &[labels.category, words.cards, words.ideas, words.wedges],
        report.categories.iter().map(|c| {
            vec![
                (labels.category_name)(c.category).to_string(),
                c.cards.to_string(),
                c.ideas.to_string(),
                c.wedges.to_string(),
            ]
        }),
    );
    let voted: Vec<_> = report.votes.iter().filter(|v| v.votes > 0).collect();
    if !voted.is_empty() {
        out += &format!("## {}\n\n", words.vote);
        table(
            &mut out,
            &[words.ideas, words.votes, words.became],
            voted.iter().map(|v| {
                vec![
                    v.text.clone(),
                    v.votes.to_string(),
                    v.activity
                        .map(|n| format!("{} {n}", labels.activity))
                        .unwrap_or_default(),
                ]
            }),
        );
    }
    if !report.talked.is_empty() {
        out += &format!("## {}\n\n", words.talked);
        for (i, talked) in report.talked.iter().enumerate() {
            let team = session
                .teams
                .get(talked.team)
                .map_or("", |t| t.name.as_str());
            out += &format!(
                "{}. {} *({team})*\n",
                i + 1,
                cell(talked.card.text.get(words.lang))
            );
            for idea in &talked.ideas {
                out += &format!("   - {}\n", cell(idea));
            }
        }
    }
    out
}

fn plan_markdown(session: &Session, labels: &ExportLabels) -> String {
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

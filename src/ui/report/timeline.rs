//! How the time went: each phase's planned minutes as an outlined bar and the minutes
//! it took as a filled one beneath, with "over" or "under" written out, so it reads at a
//! glance in black and white.

use leptos::prelude::*;

use crate::i18n::{fill, phase_name, Msg};
use crate::model::report::{rounded_minutes, PhaseTime};
use crate::model::Lang;
use crate::ui::widgets::svg_number::Tenths;

/// As the bar charts: readable two to a printed row.
const WIDTH: f64 = 480.0;
const ROOM: f64 = 105.0;
/// About how wide a character of a bold 14 px phase name is: the label column is as
/// wide as the longest name needs (within bounds), so none is cut at the left.
const LABEL_CHAR: f64 = 7.9;
const ROW: f64 = 40.0;

/// "4 min. over", "2 min. under" or nothing, for a phase that ran.
pub fn over_text(phase: &PhaseTime, lang: Lang) -> Option<String> {
    let over = phase.over_ms()?;
    let n = rounded_minutes(over.unsigned_abs());
    let n_text = n.to_string();
    match (n > 0, over > 0) {
        (false, _) => None,
        (true, true) => Some(fill(Msg::ReportOver.get(lang), &[("n", &n_text)])),
        (true, false) => Some(fill(Msg::ReportUnder.get(lang), &[("n", &n_text)])),
    }
}

/// The sentence a screen reader gets for one phase.
pub fn phase_sentence(phase: &PhaseTime, lang: Lang) -> String {
    let used = phase.actual_ms.map_or_else(
        || Msg::ReportNotReached.get(lang).to_string(),
        |ms| rounded_minutes(ms).to_string(),
    );
    fill(
        Msg::ReportTimeAlt.get(lang),
        &[
            ("phase", phase_name(phase.phase, lang)),
            ("planned", &rounded_minutes(phase.planned_ms).to_string()),
            ("used", &used),
        ],
    )
}

#[component]
pub fn Timeline(phases: Vec<PhaseTime>, lang: Lang) -> impl IntoView {
    let shown: Vec<PhaseTime> = phases.into_iter().filter(|p| !p.skipped).collect();
    let longest = shown
        .iter()
        .map(|p| p.planned_ms.max(p.actual_ms.unwrap_or(0)))
        .max()
        .unwrap_or(1)
        .max(1);
    let longest_name = shown
        .iter()
        .map(|p| phase_name(p.phase, lang).chars().count())
        .max()
        .unwrap_or(0);
    let label_width = (12.0 + LABEL_CHAR * longest_name as f64).clamp(100.0, 230.0);
    let scale = (WIDTH - label_width - ROOM) / longest as f64;
    let rows = shown
        .iter()
        .enumerate()
        .map(|(i, phase)| {
            let top = i as f64 * ROW;
            let planned = phase.planned_ms as f64 * scale;
            let used = phase.actual_ms.map(|ms| ms as f64 * scale);
            let over = phase.over_ms().is_some_and(|o| o >= 60_000);
            let note = over_text(phase, lang).unwrap_or_default();
            let used_text = phase.actual_ms.map_or_else(
                || Msg::ReportNotReached.get(lang).to_string(),
                |ms| format!("{} {}", rounded_minutes(ms), Msg::ReportMinutes.get(lang)),
            );
            let end = planned.max(used.unwrap_or(0.0));
            view! {
                <g class="phase-row" class:over=over>
                    <text class="bar-label" x=Tenths(label_width - 8.0).to_string()
                        y=Tenths(top + 15.0).to_string() text-anchor="end">
                        {phase_name(phase.phase, lang)}
                    </text>
                    <rect class="planned" x=Tenths(label_width).to_string() y=Tenths(top + 2.0).to_string()
                        width=Tenths(planned.max(1.5)).to_string() height="12"/>
                    {used.map(|length| view! {
                        <rect class="used" x=Tenths(label_width).to_string() y=Tenths(top + 17.0).to_string()
                            width=Tenths(length.max(1.5)).to_string() height="12"/>
                    })}
                    <text class="bar-text" x=Tenths(label_width + end + 6.0).to_string()
                        y=Tenths(top + 27.0).to_string()>
                        {used_text}
                    </text>
                    <text class="bar-note" x=Tenths(label_width + end + 6.0).to_string()
                        y=Tenths(top + 12.0).to_string()>
                        {note}
                    </text>
                </g>
            }
        })
        .collect_view();
    let height = shown.len() as f64 * ROW + 24.0;
    let legend_y = shown.len() as f64 * ROW + 12.0;
    view! {
        <svg class="chart timeline" viewBox=format!("0 0 {} {}", WIDTH, Tenths(height))
            aria-hidden="true" focusable="false">
            {rows}
            <g class="legend">
                <rect class="planned" x=Tenths(label_width).to_string() y=Tenths(legend_y - 9.0).to_string() width="24" height="10"/>
                <text class="bar-text" x=Tenths(label_width + 30.0).to_string() y=Tenths(legend_y).to_string()>
                    {Msg::ReportPlanned.get(lang)}
                </text>
                <rect class="used" x=Tenths(label_width + 130.0).to_string() y=Tenths(legend_y - 9.0).to_string() width="24" height="10"/>
                <text class="bar-text" x=Tenths(label_width + 160.0).to_string() y=Tenths(legend_y).to_string()>
                    {Msg::ReportUsed.get(lang)}
                </text>
            </g>
        </svg>
    }
}

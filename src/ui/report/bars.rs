//! Horizontal bar charts in SVG: each row a label, one or two bars and their numbers
//! written out, so a chart reads in black and white and without its colours. The
//! picture is hidden from screen readers; each chart has its text alternative beside it.

use leptos::prelude::*;

use crate::ui::widgets::svg_number::Tenths;

/// One bar of a row.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub value: u32,
    /// Written after the bar: the number, with its unit.
    pub text: String,
    /// A class that sets its fill (and, in print, its pattern).
    pub class: &'static str,
    /// Its own colour, when it stands for a category.
    pub fill: Option<&'static str>,
}

/// One row of a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    pub label: String,
    pub bars: Vec<Bar>,
    /// Drawn stronger: the ideas that became activities.
    pub strong: bool,
}

const WIDTH: f64 = 640.0;
const LABEL_WIDTH: f64 = 210.0;
const BAR_HEIGHT: f64 = 16.0;
const ROW_GAP: f64 = 12.0;
/// Room after the longest bar for its number.
const TEXT_ROOM: f64 = 150.0;

/// A label that fits its column: long idea texts are cut with an ellipsis (the whole
/// text is in the text alternative and the lists below).
fn fitted(label: &str) -> String {
    const MAX: usize = 30;
    if label.chars().count() <= MAX {
        label.to_string()
    } else {
        let cut: String = label.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

#[component]
pub fn BarChart(rows: Vec<BarRow>) -> impl IntoView {
    let max = rows
        .iter()
        .flat_map(|r| r.bars.iter().map(|b| b.value))
        .max()
        .unwrap_or(0)
        .max(1);
    let scale = (WIDTH - LABEL_WIDTH - TEXT_ROOM) / f64::from(max);
    let mut y = 0.0;
    let drawn = rows
        .into_iter()
        .map(|row| {
            let top = y;
            let height = row.bars.len() as f64 * (BAR_HEIGHT + 2.0);
            y += height + ROW_GAP;
            let bars = row
                .bars
                .into_iter()
                .enumerate()
                .map(|(i, bar)| {
                    let bar_y = top + i as f64 * (BAR_HEIGHT + 2.0);
                    let length = f64::from(bar.value) * scale;
                    view! {
                        <rect
                            class=format!("bar {}", bar.class)
                            x=Tenths(LABEL_WIDTH).to_string()
                            y=Tenths(bar_y).to_string()
                            width=Tenths(length.max(1.5)).to_string()
                            height=Tenths(BAR_HEIGHT).to_string()
                            fill=bar.fill
                        />
                        <text
                            class="bar-text"
                            x=Tenths(LABEL_WIDTH + length + 6.0).to_string()
                            y=Tenths(bar_y + BAR_HEIGHT - 4.0).to_string()
                        >
                            {bar.text}
                        </text>
                    }
                })
                .collect_view();
            let strong = row.strong;
            view! {
                <g class="bar-row" class:strong=strong>
                    <text
                        class="bar-label"
                        x=Tenths(LABEL_WIDTH - 8.0).to_string()
                        y=Tenths(top + BAR_HEIGHT - 4.0).to_string()
                        text-anchor="end"
                    >
                        {fitted(&row.label)}
                    </text>
                    {bars}
                </g>
            }
        })
        .collect_view();
    let height = y.max(BAR_HEIGHT);
    view! {
        <svg
            class="chart bars"
            viewBox=format!("0 0 {} {}", WIDTH, Tenths(height))
            aria-hidden="true"
            focusable="false"
        >
            {drawn}
        </svg>
    }
}
